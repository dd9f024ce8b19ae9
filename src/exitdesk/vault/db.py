"""Opening the SQLCipher file and migrating its schema. The raw data key is the first statement;
no SQLCipher KDF runs, because the key slots already did the expensive derivation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import sqlcipher3

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.errors import NewerVaultError, VaultCorruptError

Connection = Any  # sqlcipher3 ships no type information
DATA_KEY_BYTES = 32
# 64 MiB of page cache: point selects on SQLCipher were measured 1.5-2.2x slower than plain
# SQLite on a small cache (DESIGN §5); the vault is small enough that this holds most of it.
CACHE_KIB = 65536

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def key_literal(key: bytes) -> str:
    """A raw key as SQLCipher's ``x'…'`` blob literal (``PRAGMA key``, ``rekey``, ``ATTACH``)."""
    return f"x'{key.hex()}'"


def open_database(path: Path, key: bytes) -> Connection:
    """Open (or create) the vault database with ``key``. Raises ``VaultCorruptError`` when the key
    does not open it or the file is not a database; the file is not modified in that case."""
    if len(key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f'PRAGMA key = "{key_literal(key)}"')
        # Reading the schema is what makes SQLCipher try the key; before that nothing is checked.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultCorruptError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the vault database could not be opened; it is damaged or not an ExitDesk vault",
            )
        ) from exc
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


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
        return current
    with transaction(conn):
        for number, sql in pending:
            for statement in _split_statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
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
