"""SQLCipher's page check and SQLite's structure check of one database file, each on fresh
connections of its own so that two cores can share the work.

``PRAGMA integrity_check`` is one statement on one core, and at 50,000 participants it is most
of the vault check. On two cores its checks are split without leaving any out:

* ``PRAGMA quick_check`` walks every b-tree and the freelist with the whole file in view, so
  it still finds pages used twice, pages never used and a broken freelist; it also checks
  every row's NOT NULL and CHECK constraints;
* ``PRAGMA integrity_check(T)`` for every table ``T`` (``sqlite_schema`` included, and the
  virtual tables, whose own check it runs) does all ``integrity_check`` does for ``T``: its
  b-trees, its rows' constraints, its UNIQUE constraints and that each index holds exactly
  its table's rows. It alone cannot see the pages outside ``T``, which ``quick_check`` does.

Together they make every check the whole-file ``integrity_check`` makes, at about a third more
CPU, so on one core the whole-file statement runs instead."""

from __future__ import annotations

import ctypes
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from exitdesk.vault.db import CACHE_KIB, CIPHER_COMPATIBILITY, Connection, key_literal

__all__ = ["FileCheck", "check_database_file"]

PAGES = "pages"
STRUCTURE = "structure"
_UNREADABLE = "unreadable"


@dataclass(frozen=True)
class FileCheck:
    """``bad_pages``: the pages failing their HMAC (``unreadable`` when the check could not
    run); ``structure``: SQLite's complaints, empty when the structure is sound."""

    bad_pages: list[str]
    structure: list[str]


@dataclass(frozen=True)
class _Task:
    kind: str  # PAGES or STRUCTURE: where its complaints are reported
    sql: str


def check_database_file(path: Path, key: bytes, workers: int | None = None) -> FileCheck:
    """Check ``path`` (keyed with ``key``): every page's HMAC as stored in the file, and the
    structure as SQLite's ``integrity_check`` sees it. ``workers`` defaults to the cores this
    process may use, at most two. The file's WAL should be checkpointed first: the page check
    reads the main file only."""
    count = _usable_cores() if workers is None else workers
    tasks = _split_tasks(path, key) if count > 1 else None
    if tasks is None:
        count = 1
        tasks = [_Task(PAGES, "PRAGMA cipher_integrity_check"),
                 _Task(STRUCTURE, "PRAGMA integrity_check")]  # fmt: skip
    try:
        results = _run(path, key, tasks, count)
    finally:
        _return_freed_memory()
    pages: list[str] = []
    structure: list[str] = []
    for task in tasks:
        lines = results.get(id(task), [_UNREADABLE])
        if task.kind == PAGES:
            pages.extend(lines)
        else:
            structure.extend(line for line in lines if line != "ok")
    return FileCheck(pages, structure)


def _return_freed_memory() -> None:
    """Hand the closed connections' page caches back to the system: glibc otherwise keeps
    the freed 4 KiB pages in its heap and the process stays ~64 MiB larger after a check."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):  # not glibc (Windows refuses None)
        return
    trim(0)


def _usable_cores() -> int:
    sched = getattr(os, "sched_getaffinity", None)
    cores = len(sched(0)) if sched is not None else (os.cpu_count() or 1)
    return min(2, cores)


def _connect(path: Path, key: bytes) -> Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f'PRAGMA key = "{key_literal(key)}"')
        conn.execute(f"PRAGMA cipher_compatibility = {CIPHER_COMPATIBILITY}")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA query_only = ON")
        # The vault's own cache size: the index checks look a row up per index entry, and on
        # SQLite's default 8 MiB each miss decrypts and authenticates a page again (the check
        # at 50,000 took about twice as long).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def _split_tasks(path: Path, key: bytes) -> list[_Task] | None:
    """The two-core split, largest table first so the two workers finish close together;
    ``None`` when the schema cannot be read (the whole-file checks then say why)."""
    try:
        conn = _connect(path, key)
    except sqlcipher3.DatabaseError:
        return None
    try:
        names = [
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        ]
        sizes = {name: _rough_rows(conn, name) for name in names}
    except sqlcipher3.DatabaseError:
        return None
    finally:
        conn.close()
    tables = sorted(["sqlite_schema", *names], key=lambda n: -sizes.get(n, 0))
    per_table = [_Task(STRUCTURE, f"PRAGMA integrity_check({_quoted(n)})") for n in tables]
    whole = [_Task(STRUCTURE, "PRAGMA quick_check"), _Task(PAGES, "PRAGMA cipher_integrity_check")]
    return per_table[:1] + whole + per_table[1:]


def _rough_rows(conn: Connection, name: str) -> int:
    """The largest rowid: a size estimate that costs one b-tree descent (0 without rowids)."""
    try:
        row = conn.execute(f"SELECT max(rowid) FROM {_quoted(name)}").fetchone()
    except sqlcipher3.DatabaseError:
        return 0
    return int(row[0]) if row and isinstance(row[0], int) else 0


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _run(path: Path, key: bytes, tasks: list[_Task], workers: int) -> dict[int, list[str]]:
    """Run ``tasks`` on ``workers`` connections (this thread being one), each taking the next
    task when it is free. A task that fails or never runs is reported as unreadable."""
    pending = list(reversed(tasks))
    results: dict[int, list[str]] = {}
    failure: list[BaseException] = []
    lock = threading.Lock()

    def take() -> _Task | None:
        with lock:
            return pending.pop() if pending else None

    def work() -> None:
        try:
            _work(path, key, take, results)
        except BaseException as exc:  # re-raised in the calling thread
            failure.append(exc)

    helpers = [threading.Thread(target=work, daemon=True) for _ in range(workers - 1)]
    for helper in helpers:
        helper.start()
    try:
        _work(path, key, take, results)
    finally:
        for helper in helpers:
            helper.join()
    if failure:
        raise failure[0]
    return results


def _work(
    path: Path, key: bytes, take: Callable[[], _Task | None], results: dict[int, list[str]]
) -> None:
    try:
        conn = _connect(path, key)
    except sqlcipher3.DatabaseError:
        return  # its tasks are left to the other worker, or reported unreadable
    try:
        while (task := take()) is not None:
            try:
                lines = [str(r[0]) for r in conn.execute(task.sql)]
            except sqlcipher3.DatabaseError:
                lines = [_UNREADABLE]
            results[id(task)] = lines
    finally:
        conn.close()
