"""The data key of an open vault (for the decrypted-page reader) and a canary scan over its
database and WAL pages."""

from __future__ import annotations

from exitdesk.app.session import Session
from exitdesk.vault import keys
from exitdesk.vault.layout import db_path
from tests.support.pages import pages_containing


def data_key(session: Session) -> bytes:
    vault = session.vault
    return keys.export_key(vault._slots, vault._kek)  # type: ignore[arg-type]


def pages_with(session: Session, canary: str) -> int:
    """How many decrypted pages (database and WAL) hold ``canary``."""
    return pages_containing(db_path(session.directory), data_key(session), canary)
