"""The file check finds what SQLite's whole-file ``integrity_check`` finds, split over two
workers or not: index contents that no longer match their table (``quick_check`` alone misses
these), pages no b-tree uses (a per-table ``integrity_check`` alone misses these) and pages
whose HMAC fails."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
import sqlcipher3

from exitdesk.vault import CreatedVault, Vault
from exitdesk.vault.db import key_literal
from exitdesk.vault.integrity import check_database_file
from tests.vault.conftest import PASSPHRASE

WORKERS = [1, 2]


def _database(path: Path, key: bytes, *statements: str) -> None:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f'PRAGMA key = "{key_literal(key)}"')
        conn.execute("CREATE TABLE people(id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT)")
        conn.execute("CREATE INDEX people_by_a ON people(a)")
        conn.execute("CREATE TABLE spare(x BLOB)")
        conn.execute("BEGIN")
        for n in range(300):
            conn.execute("INSERT INTO people(a, b) VALUES (?, ?)", (f"a{n:04}", f"b{999 - n:04}"))
            conn.execute("INSERT INTO spare VALUES (randomblob(900))")
        conn.execute("COMMIT")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


@pytest.mark.parametrize("workers", WORKERS)
def test_a_sound_file_passes(tmp_path: Path, workers: int) -> None:
    key = secrets.token_bytes(32)
    _database(tmp_path / "db", key)
    found = check_database_file(tmp_path / "db", key, workers)
    assert found.bad_pages == [] and found.structure == []


@pytest.mark.parametrize("workers", WORKERS)
def test_an_index_that_does_not_match_its_table_is_found(tmp_path: Path, workers: int) -> None:
    # The index's stored entries are of column a; the schema now says column b.
    key = secrets.token_bytes(32)
    _database(
        tmp_path / "db",
        key,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX people_by_a ON people(b)' "
        "WHERE name = 'people_by_a'",
    )
    found = check_database_file(tmp_path / "db", key, workers)
    assert found.bad_pages == []
    assert any("people_by_a" in line for line in found.structure), found.structure


@pytest.mark.parametrize("workers", WORKERS)
def test_pages_no_table_uses_are_found(tmp_path: Path, workers: int) -> None:
    # The table's pages stay in the file, neither in a b-tree nor on the freelist.
    key = secrets.token_bytes(32)
    _database(
        tmp_path / "db",
        key,
        "PRAGMA writable_schema = ON",
        "DELETE FROM sqlite_schema WHERE name = 'spare'",
    )
    found = check_database_file(tmp_path / "db", key, workers)
    assert found.bad_pages == []
    assert any("never used" in line for line in found.structure), found.structure


@pytest.mark.parametrize("workers", WORKERS)
def test_a_page_altered_on_disk_is_found(tmp_path: Path, workers: int) -> None:
    key = secrets.token_bytes(32)
    _database(tmp_path / "db", key)
    data = bytearray((tmp_path / "db").read_bytes())
    data[4096 * 40 + 100] ^= 0x01
    (tmp_path / "db").write_bytes(bytes(data))
    found = check_database_file(tmp_path / "db", key, workers)
    assert len(found.bad_pages) == 1


def test_the_wrong_key_is_never_a_pass(tmp_path: Path) -> None:
    _database(tmp_path / "db", secrets.token_bytes(32))
    found = check_database_file(tmp_path / "db", secrets.token_bytes(32), 2)
    assert found.bad_pages and found.structure


def test_the_vault_check_reports_an_index_out_of_step(created: CreatedVault) -> None:
    vault = created.vault
    directory = vault.directory
    with vault.transaction() as tx:
        tx.execute("INSERT INTO meta(key, value) VALUES ('test_a', 'x'), ('test_b', 'y')")
    with vault.reading() as conn:
        conn.execute("CREATE INDEX test_meta_by_value ON meta(value)")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = 'CREATE INDEX test_meta_by_value ON meta(key)' "
            "WHERE name = 'test_meta_by_value'"
        )
    vault.lock()
    with Vault.unlock(directory, PASSPHRASE) as again:
        report = again.check()
    assert not report.ok
    assert any("structure is damaged" in p for p in report.problems)
