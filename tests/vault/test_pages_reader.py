"""The decrypted-page reader that deletion tests rely on finds what is really on disk."""

from __future__ import annotations

import secrets
from pathlib import Path

from exitdesk.vault.db import open_database
from tests.support.pages import all_pages, pages_containing

CANARY = "Kanarialintu-7Q3Z"


def test_the_reader_finds_live_text_in_the_wal_and_after_a_checkpoint_in_the_database(
    tmp_path: Path,
) -> None:
    key = secrets.token_bytes(32)
    db = tmp_path / "vault.db"
    conn = open_database(db, key)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (CANARY,))
    conn.commit()
    assert CANARY.encode() not in db.read_bytes() + db.with_name("vault.db-wal").read_bytes()
    assert pages_containing(db, key, CANARY) >= 1
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert db.with_name("vault.db-wal").stat().st_size == 0
    assert pages_containing(db, key, CANARY) == 1
    # A wrong key decrypts to noise: the reader proves nothing without the vault's own key.
    assert pages_containing(db, secrets.token_bytes(32), CANARY) == 0
    # Page 1 decrypts to a real SQLite header after the salt: 4096-byte pages, 80 reserved.
    first = all_pages(db, key)[0]
    assert first[16:18] == b"\x10\x00" and first[20] == 80
    conn.close()


def test_a_deleted_row_lingers_in_the_wal_until_a_checkpoint(tmp_path: Path) -> None:
    """Why every purge must checkpoint: with secure_delete the database page is wiped, but the
    WAL still holds the frame written before the delete."""
    key = secrets.token_bytes(32)
    db = tmp_path / "vault.db"
    conn = open_database(db, key)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (CANARY,))
    conn.commit()
    conn.execute("DELETE FROM t")
    conn.commit()
    assert pages_containing(db, key, CANARY) >= 1
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert pages_containing(db, key, CANARY) == 0
    conn.close()
