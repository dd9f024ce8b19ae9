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
    retired_at: datetime | None = None

    @property
    def verified(self) -> bool:
        """Trusted now: verified, not revoked, and its key not retired by a newer one."""
        return self.verified_at is not None and self.revoked_at is None and self.retired_at is None

    @property
    def in_force(self) -> bool:
        return self.revoked_at is None and self.retired_at is None


# A contact's key is retired when its fingerprint is in retired_keys (older vaults also hold
# there the keys a contact row used before a key change replaced them in place).
_SELECT = (
    "SELECT c.id, c.fingerprint, c.name, c.party_id, c.signing_key, c.age_recipient, c.card,"
    " c.added_at, c.verified_at, c.key_changed_at, c.revoked_at, r.retired_at FROM contacts c"
    " LEFT JOIN retired_keys r ON r.fingerprint = c.fingerprint"
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
        retired_at=read_time_or_none(row[11]),
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

    def retire(self, contact_id: int, now: datetime) -> None:
        """Take this contact's key out of force (a newer key of the same person was verified):
        bundles signed with it are refused and nothing more goes to it, until restored."""
        self._conn.execute(
            "INSERT OR REPLACE INTO retired_keys (fingerprint, contact_id, retired_at)"
            " SELECT fingerprint, id, ? FROM contacts WHERE id = ?",
            (zulu_utc(now), contact_id),
        )

    def restore(self, contact_id: int) -> None:
        """Undo a retirement: this contact's key is in force again."""
        self._conn.execute(
            "DELETE FROM retired_keys WHERE fingerprint = (SELECT fingerprint FROM contacts"
            " WHERE id = ?)",
            (contact_id,),
        )

    def unverify(self, contact_id: int, now: datetime) -> None:
        """Drop a verification (its keys gave way to restored older ones); marked as changed."""
        self._conn.execute(
            "UPDATE contacts SET verified_at = NULL, key_changed_at = ? WHERE id = ?",
            (zulu_utc(now), contact_id),
        )

    def get(self, contact_id: int) -> StoredContact | None:
        return fetch_one(
            self._conn,
            f"{_SELECT} WHERE c.id = ?",
            (contact_id,),
            _contact,
        )

    def by_fingerprint(self, fingerprint: str) -> StoredContact | None:
        return fetch_one(
            self._conn,
            f"{_SELECT} WHERE c.fingerprint = ?",
            (fingerprint,),
            _contact,
        )

    def by_name_and_party(self, name: str, party_id: str) -> list[StoredContact]:
        return fetch_all(
            self._conn,
            f"{_SELECT} WHERE c.name = ? AND c.party_id = ? ORDER BY c.id",
            (name, party_id),
            _contact,
        )

    def is_retired(self, fingerprint: str) -> bool:
        return exists(
            self._conn, "SELECT 1 FROM retired_keys WHERE fingerprint = ?", (fingerprint,)
        )

    def all(self) -> list[StoredContact]:
        return fetch_all(self._conn, f"{_SELECT} ORDER BY c.name, c.id", (), _contact)

    def mark_verified(self, contact_id: int, now: datetime) -> None:
        self._conn.execute(
            "UPDATE contacts SET verified_at = ? WHERE id = ?", (zulu_utc(now), contact_id)
        )

    def revoke(self, contact_id: int, now: datetime) -> None:
        self._conn.execute(
            "UPDATE contacts SET revoked_at = ? WHERE id = ?", (zulu_utc(now), contact_id)
        )
