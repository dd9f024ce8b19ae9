"""The worker's exchange contacts: their verified keys and cards, and the fingerprints of keys a
contact has retired. The caller owns the transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from exitdesk.vault.db import Connection
from exitdesk.vault.repositories._sql import (
    Row,
    exists,
    fetch_all,
    fetch_one,
    read_time,
    read_time_or_none,
    zulu_utc,
)

__all__ = ["ContactRepository", "StoredContact"]


@dataclass(frozen=True)
class StoredContact:
    id: int
    fingerprint: str
    name: str
    party_id: str
    signing_key: bytes
    age_recipient: str
    card: str
    added_at: datetime
    verified_at: datetime | None
    key_changed_at: datetime | None
    revoked_at: datetime | None

    @property
    def verified(self) -> bool:
        return self.verified_at is not None and self.revoked_at is None


_CONTACT_COLUMNS = (
    "id, fingerprint, name, party_id, signing_key, age_recipient, card, added_at, verified_at, "
    "key_changed_at, revoked_at"
)


def _contact(row: Row) -> StoredContact:
    return StoredContact(
        id=row[0],
        fingerprint=row[1],
        name=row[2],
        party_id=row[3],
        signing_key=bytes(row[4]),
        age_recipient=row[5],
        card=row[6],
        added_at=read_time(row[7]),
        verified_at=read_time_or_none(row[8]),
        key_changed_at=read_time_or_none(row[9]),
        revoked_at=read_time_or_none(row[10]),
    )


class ContactRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(
        self,
        *,
        fingerprint: str,
        name: str,
        party_id: str,
        signing_key: bytes,
        age_recipient: str,
        card: str,
        now: datetime,
    ) -> StoredContact:
        cur = self._conn.execute(
            "INSERT INTO contacts (fingerprint, name, party_id, signing_key, age_recipient, card,"
            " added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (fingerprint, name, party_id, signing_key, age_recipient, card, zulu_utc(now)),
        )
        found = self.get(int(cur.lastrowid))
        assert found is not None
        return found

    def replace_keys(
        self,
        contact_id: int,
        *,
        fingerprint: str,
        signing_key: bytes,
        age_recipient: str,
        card: str,
        now: datetime,
    ) -> StoredContact:
        """A known contact's keys changed: retire the old key, store the new one, and drop the
        verification so the worker compares safety numbers again."""
        old = self.get(contact_id)
        assert old is not None
        self._conn.execute(
            "INSERT OR REPLACE INTO retired_keys (fingerprint, contact_id, retired_at)"
            " VALUES (?, ?, ?)",
            (old.fingerprint, contact_id, zulu_utc(now)),
        )
        self._conn.execute(
            "UPDATE contacts SET fingerprint = ?, signing_key = ?, age_recipient = ?, card = ?,"
            " verified_at = NULL, key_changed_at = ? WHERE id = ?",
            (fingerprint, signing_key, age_recipient, card, zulu_utc(now), contact_id),
        )
        found = self.get(contact_id)
        assert found is not None
        return found

    def get(self, contact_id: int) -> StoredContact | None:
        return fetch_one(
            self._conn,
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE id = ?",
            (contact_id,),
            _contact,
        )

    def by_fingerprint(self, fingerprint: str) -> StoredContact | None:
        return fetch_one(
            self._conn,
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE fingerprint = ?",
            (fingerprint,),
            _contact,
        )

    def by_name_and_party(self, name: str, party_id: str) -> list[StoredContact]:
        return fetch_all(
            self._conn,
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE name = ? AND party_id = ?",
            (name, party_id),
            _contact,
        )

    def is_retired(self, fingerprint: str) -> bool:
        return exists(
            self._conn, "SELECT 1 FROM retired_keys WHERE fingerprint = ?", (fingerprint,)
        )

    def all(self) -> list[StoredContact]:
        return fetch_all(
            self._conn, f"SELECT {_CONTACT_COLUMNS} FROM contacts ORDER BY name, id", (), _contact
        )

    def mark_verified(self, contact_id: int, now: datetime) -> None:
        self._conn.execute(
            "UPDATE contacts SET verified_at = ? WHERE id = ?", (zulu_utc(now), contact_id)
        )

    def revoke(self, contact_id: int, now: datetime) -> None:
        self._conn.execute(
            "UPDATE contacts SET revoked_at = ? WHERE id = ?", (zulu_utc(now), contact_id)
        )
