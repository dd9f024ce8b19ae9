"""Opening the SQLCipher file and migrating its schema. The raw data key is the first statement;
no SQLCipher KDF runs, because the key slots already did the expensive derivation."""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from typing import Any

import sqlcipher3

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.errors import NewerVaultError, VaultCorruptError
from exitdesk.vault.faults import plain_fault, require_writable, told_plainly
from exitdesk.vault.fsutil import FILE_MODE, create_private_file
from exitdesk.vault.sort_keys import refresh_sort_keys, sort_keys_current

Connection = Any  # sqlcipher3 ships no type information
DATA_KEY_BYTES = 32
# 64 MiB of page cache: point selects on SQLCipher were measured 1.5-2.2x slower than plain
# SQLite on a small cache (DESIGN §5); the vault is small enough that this holds most of it.
CACHE_KIB = 65536
# The file format is SQLCipher 4's; pinned so a library with other defaults cannot change it.
CIPHER_COMPATIBILITY = 4
_SIDE_FILES = ("-wal", "-shm")

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def key_literal(key: bytes) -> str:
    """A raw key as SQLCipher's ``x'…'`` blob literal (``PRAGMA key``, ``rekey``, ``ATTACH``)."""
    return f"x'{key.hex()}'"


def open_database(path: Path, key: bytes) -> Connection:
    """Open (or create) the vault database with ``key``. Raises ``VaultCorruptError`` when the key
    does not open it or the file is not a database; the file is not modified in that case. A
    read-only medium, folder or file, or a full disk, raises its own plain error instead."""
    if len(key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    sides = tuple(path.with_name(path.name + suffix) for suffix in _SIDE_FILES)
    with told_plainly(path.parent):
        _repair_side_file_modes(sides)
        require_writable(path.parent, (path, *sides))
        # Created 0600 before SQLite sees it: SQLite gives -wal and -shm the database file's
        # mode, and no process-wide umask is needed (it would race with the GUI thread).
        create_private_file(path)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f'PRAGMA key = "{key_literal(key)}"')
        conn.execute(f"PRAGMA cipher_compatibility = {CIPHER_COMPATIBILITY}")
        # Reading the schema is what makes SQLCipher try the key; before that nothing is checked.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with told_plainly(path.parent):
            # Off, decided with figures (docs/scale.md, docs/threat-model.md): wiping and
            # locking every SQLCipher allocation made bulk writes ~20x and reads 1.3-4x slower,
            # and protects nothing an attacker who can read this process's memory could not
            # take from the Python objects and the data key it holds while unlocked. Said
            # explicitly, since once on it stays on.
            conn.execute("PRAGMA cipher_memory_security = OFF")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        plain = plain_fault(exc, path.parent)
        if plain is not None:
            raise plain from None
        raise VaultCorruptError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the vault database could not be opened; it is damaged or not an ExitDesk vault",
            )
        ) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _repair_side_file_modes(sides: tuple[Path, ...]) -> None:
    """Give our own -wal/-shm back their owner-write bit: an earlier read-only open of a
    read-only database file left them read-only, and SQLite would then refuse every write."""
    if sys.platform == "win32":
        return
    for side in sides:
        try:
            info = side.stat()
        except FileNotFoundError:
            continue
        if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) != FILE_MODE:
            os.chmod(side, FILE_MODE)


def _database_folder(conn: Connection) -> Path | None:
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except sqlcipher3.Error:
        return None
    return Path(row[2]).parent if row and row[2] else None


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception.
    A full disk or a read-only file is raised as its plain ``VaultError``."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        # SQLite may have rolled back already (a full disk does that); a second ROLLBACK
        # would hide the real cause behind "no transaction is active".
        if conn.in_transaction:
            with suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
        plain = None
        if isinstance(exc, sqlcipher3.Error):
            plain = plain_fault(exc, _database_folder(conn))
        if plain is not None:
            raise plain from None
        raise


@contextmanager
def savepoint(conn: Connection, name: str) -> Iterator[Connection]:
    """One part of the caller's transaction that is kept whole or undone alone: ``SAVEPOINT``
    … ``RELEASE``, rolled back to the savepoint (and released) on any exception, which is
    raised on. The enclosing transaction decides whether anything is stored at all."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            with suppress(sqlcipher3.Error):
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


def migrations() -> list[tuple[int, str]]:
    """The numbered migration scripts shipped with the package, in order."""
    found: list[tuple[int, str]] = []
    folder = resources.files("exitdesk.vault") / "migrations"
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migration numbers must run 1..n without gaps, found {numbers}")
    return found


def latest_schema_version() -> int:
    return len(migrations())


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring the schema up to date in one transaction and return the version. A vault written by
    a newer ExitDesk is refused before anything is written."""
    current = schema_version(conn)
    scripts = migrations()
    if current > len(scripts):
        raise NewerVaultError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this vault was written by a newer ExitDesk (schema {schema}, this version knows {known}); update ExitDesk to open it",  # noqa: E501
            ),
            schema=current,
            known=len(scripts),
        )
    pending = [(n, sql) for n, sql in scripts if n > current]
    if not pending:
        if not sort_keys_current(conn):
            with transaction(conn):
                refresh_sort_keys(conn)
        return current
    with transaction(conn):
        for number, sql in pending:
            for statement in _split_statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        # Names stored by an older sort rule are re-keyed with the schema, in one go.
        refresh_sort_keys(conn)
    return len(scripts)


def _split_statements(sql: str) -> list[str]:
    """Split a migration script into statements with SQLite's own completeness test, so that
    trigger bodies with inner semicolons stay whole. ``executescript`` would commit on its own
    and break the one-transaction promise."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise RuntimeError("a migration script ends with an incomplete statement")
    return statements
