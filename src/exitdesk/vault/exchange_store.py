"""Storage for the exchange: contacts, the bundle log, sequences, provenance, sent records and
conflicts. Repositories over a connection; the caller owns the transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

Connection = Any


def _ts(value: datetime) -> str:
    """Fixed-width UTC text, so ORDER BY on the column is ORDER BY time."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _opt_dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


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


@dataclass(frozen=True)
class BundleLogEntry:
    bundle_id: str
    direction: str
    kind: str
    contact_id: int | None
    consent_uid: str | None
    participant_uid: str | None
    sequence: int
    at: datetime
    record_count: int
    base_bundle_id: str | None
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class Provenance:
    record_uid: str
    record_type: str
    participant_uid: str
    sender_fp: str
    bundle_id: str
    consent_uid: str
    record_hash: str
    imported_at: datetime


@dataclass(frozen=True)
class Conflict:
    id: int
    record_uid: str
    record_type: str
    participant_uid: str
    bundle_id: str
    sender_fp: str
    consent_uid: str
    incoming: bytes
    incoming_hash: str
    found_at: datetime


_CONTACT_COLUMNS = (
    "id, fingerprint, name, party_id, signing_key, age_recipient, card, added_at, verified_at, "
    "key_changed_at, revoked_at"
)


def _contact(row: tuple[Any, ...]) -> StoredContact:
    return StoredContact(
        id=row[0],
        fingerprint=row[1],
        name=row[2],
        party_id=row[3],
        signing_key=bytes(row[4]),
        age_recipient=row[5],
        card=row[6],
        added_at=datetime.fromisoformat(row[7]),
        verified_at=_opt_dt(row[8]),
        key_changed_at=_opt_dt(row[9]),
        revoked_at=_opt_dt(row[10]),
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
            (fingerprint, name, party_id, signing_key, age_recipient, card, _ts(now)),
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
            (old.fingerprint, contact_id, _ts(now)),
        )
        self._conn.execute(
            "UPDATE contacts SET fingerprint = ?, signing_key = ?, age_recipient = ?, card = ?,"
            " verified_at = NULL, key_changed_at = ? WHERE id = ?",
            (fingerprint, signing_key, age_recipient, card, _ts(now), contact_id),
        )
        found = self.get(contact_id)
        assert found is not None
        return found

    def get(self, contact_id: int) -> StoredContact | None:
        row = self._conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        return None if row is None else _contact(row)

    def by_fingerprint(self, fingerprint: str) -> StoredContact | None:
        row = self._conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        return None if row is None else _contact(row)

    def by_name_and_party(self, name: str, party_id: str) -> list[StoredContact]:
        rows = self._conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE name = ? AND party_id = ?",
            (name, party_id),
        ).fetchall()
        return [_contact(r) for r in rows]

    def is_retired(self, fingerprint: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM retired_keys WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        return row is not None

    def all(self) -> list[StoredContact]:
        rows = self._conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM contacts ORDER BY name, id"
        ).fetchall()
        return [_contact(r) for r in rows]

    def mark_verified(self, contact_id: int, now: datetime) -> None:
        self._conn.execute(
            "UPDATE contacts SET verified_at = ? WHERE id = ?", (_ts(now), contact_id)
        )

    def revoke(self, contact_id: int, now: datetime) -> None:
        self._conn.execute(
            "UPDATE contacts SET revoked_at = ? WHERE id = ?", (_ts(now), contact_id)
        )


_LOG_COLUMNS = (
    "bundle_id, direction, kind, contact_id, consent_uid, participant_uid, sequence, at,"
    " record_count, base_bundle_id, acknowledged_at"
)


def _log(row: tuple[Any, ...]) -> BundleLogEntry:
    return BundleLogEntry(
        bundle_id=row[0],
        direction=row[1],
        kind=row[2],
        contact_id=row[3],
        consent_uid=row[4],
        participant_uid=row[5],
        sequence=row[6],
        at=datetime.fromisoformat(row[7]),
        record_count=row[8],
        base_bundle_id=row[9],
        acknowledged_at=_opt_dt(row[10]),
    )


class BundleLogRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, entry: BundleLogEntry) -> None:
        self._conn.execute(
            f"INSERT INTO bundle_log ({_LOG_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.bundle_id,
                entry.direction,
                entry.kind,
                entry.contact_id,
                entry.consent_uid,
                entry.participant_uid,
                entry.sequence,
                _ts(entry.at),
                entry.record_count,
                entry.base_bundle_id,
                None if entry.acknowledged_at is None else _ts(entry.acknowledged_at),
            ),
        )

    def seen(self, bundle_id: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM bundle_log WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
        return row is not None

    def get(self, bundle_id: str) -> BundleLogEntry | None:
        row = self._conn.execute(
            f"SELECT {_LOG_COLUMNS} FROM bundle_log WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
        return None if row is None else _log(row)

    def for_participant(self, participant_uid: str) -> list[BundleLogEntry]:
        rows = self._conn.execute(
            f"SELECT {_LOG_COLUMNS} FROM bundle_log WHERE participant_uid = ? ORDER BY at, rowid",
            (participant_uid,),
        ).fetchall()
        return [_log(r) for r in rows]

    def outgoing_under_consent(self, consent_uid: str) -> list[BundleLogEntry]:
        rows = self._conn.execute(
            f"SELECT {_LOG_COLUMNS} FROM bundle_log WHERE consent_uid = ? AND direction = 'out'"
            " AND kind IN ('case_transfer', 'case_update', 'termination_notice')"
            " ORDER BY at, rowid",
            (consent_uid,),
        ).fetchall()
        return [_log(r) for r in rows]


class SequenceRepository:
    """Outgoing counters (this vault → contact) and the last number seen from each sender."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def last(self, sender_fp: str, recipient_fp: str) -> int:
        row = self._conn.execute(
            "SELECT last FROM sequences WHERE sender_fp = ? AND recipient_fp = ?",
            (sender_fp, recipient_fp),
        ).fetchone()
        return 0 if row is None else int(row[0])

    def record(self, sender_fp: str, recipient_fp: str, value: int) -> None:
        self._conn.execute(
            "INSERT INTO sequences (sender_fp, recipient_fp, last) VALUES (?, ?, ?)"
            " ON CONFLICT (sender_fp, recipient_fp) DO UPDATE SET last = excluded.last",
            (sender_fp, recipient_fp, value),
        )


def _provenance(row: tuple[Any, ...]) -> Provenance:
    return Provenance(
        record_uid=row[0],
        record_type=row[1],
        participant_uid=row[2],
        sender_fp=row[3],
        bundle_id=row[4],
        consent_uid=row[5],
        record_hash=row[6],
        imported_at=datetime.fromisoformat(row[7]),
    )


def _conflict(row: tuple[Any, ...]) -> Conflict:
    return Conflict(
        id=row[0],
        record_uid=row[1],
        record_type=row[2],
        participant_uid=row[3],
        bundle_id=row[4],
        sender_fp=row[5],
        consent_uid=row[6],
        incoming=bytes(row[7]),
        incoming_hash=row[8],
        found_at=datetime.fromisoformat(row[9]),
    )


class ProvenanceRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def record(self, p: Provenance) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO provenance (record_uid, record_type, participant_uid,"
            " sender_fp, bundle_id, consent_uid, record_hash, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                p.record_uid,
                p.record_type,
                p.participant_uid,
                p.sender_fp,
                p.bundle_id,
                p.consent_uid,
                p.record_hash,
                _ts(p.imported_at),
            ),
        )

    def get(self, record_uid: str) -> Provenance | None:
        row = self._conn.execute(
            "SELECT record_uid, record_type, participant_uid, sender_fp, bundle_id, consent_uid,"
            " record_hash, imported_at FROM provenance WHERE record_uid = ?",
            (record_uid,),
        ).fetchone()
        return None if row is None else _provenance(row)

    def under_consent(self, consent_uid: str) -> list[Provenance]:
        rows = self._conn.execute(
            "SELECT record_uid, record_type, participant_uid, sender_fp, bundle_id, consent_uid,"
            " record_hash, imported_at FROM provenance WHERE consent_uid = ?",
            (consent_uid,),
        ).fetchall()
        return [_provenance(r) for r in rows]

    def for_participant(self, participant_uid: str) -> list[Provenance]:
        rows = self._conn.execute(
            "SELECT record_uid, record_type, participant_uid, sender_fp, bundle_id, consent_uid,"
            " record_hash, imported_at FROM provenance WHERE participant_uid = ?",
            (participant_uid,),
        ).fetchall()
        return [_provenance(r) for r in rows]

    def forget_consent(self, consent_uid: str) -> int:
        cur = self._conn.execute("DELETE FROM provenance WHERE consent_uid = ?", (consent_uid,))
        return int(cur.rowcount)

    def forget(self, record_uid: str) -> None:
        self._conn.execute("DELETE FROM provenance WHERE record_uid = ?", (record_uid,))


class SentRecordRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def hashes(self, contact_id: int, participant_uid: str) -> dict[str, str]:
        rows = self._conn.execute(
            "SELECT record_uid, record_hash FROM sent_records"
            " WHERE contact_id = ? AND participant_uid = ?",
            (contact_id, participant_uid),
        ).fetchall()
        return {str(r[0]): str(r[1]) for r in rows}

    def record(
        self, contact_id: int, participant_uid: str, record_uid: str, record_hash: str,
        bundle_id: str,
    ) -> None:  # fmt: skip
        self._conn.execute(
            "INSERT INTO sent_records (contact_id, participant_uid, record_uid, record_hash,"
            " bundle_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (contact_id, record_uid)"
            " DO UPDATE SET record_hash = excluded.record_hash, bundle_id = excluded.bundle_id",
            (contact_id, participant_uid, record_uid, record_hash, bundle_id),
        )

    def forget(self, contact_id: int, record_uid: str) -> None:
        self._conn.execute(
            "DELETE FROM sent_records WHERE contact_id = ? AND record_uid = ?",
            (contact_id, record_uid),
        )


class ConflictRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(
        self,
        *,
        record_uid: str,
        record_type: str,
        participant_uid: str,
        bundle_id: str,
        sender_fp: str,
        consent_uid: str,
        incoming: bytes,
        incoming_hash: str,
        now: datetime,
    ) -> int:
        cur = self._conn.execute(
            "INSERT INTO conflicts (record_uid, record_type, participant_uid, bundle_id,"
            " sender_fp, consent_uid, incoming, incoming_hash, found_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record_uid, record_type, participant_uid, bundle_id, sender_fp, consent_uid,
             incoming, incoming_hash, _ts(now)),
        )  # fmt: skip
        return int(cur.lastrowid)

    def _rows(self, where: str, args: tuple[Any, ...]) -> list[Conflict]:
        rows = self._conn.execute(
            "SELECT id, record_uid, record_type, participant_uid, bundle_id, sender_fp,"
            f" consent_uid, incoming, incoming_hash, found_at FROM conflicts WHERE {where}"
            " ORDER BY id",
            args,
        ).fetchall()
        return [_conflict(r) for r in rows]

    def open(self) -> list[Conflict]:
        return self._rows("1 = 1", ())

    def get(self, conflict_id: int) -> Conflict | None:
        found = self._rows("id = ?", (conflict_id,))
        return found[0] if found else None

    def resolve(self, conflict_id: int) -> None:
        self._conn.execute("DELETE FROM conflicts WHERE id = ?", (conflict_id,))

    def forget_consent(self, consent_uid: str) -> None:
        self._conn.execute("DELETE FROM conflicts WHERE consent_uid = ?", (consent_uid,))


# Imported records are found again by their global uid; the table for each record type is fixed
# here (never taken from input).
_UID_TABLES = {
    "participant": "participants",
    "goal": "goals",
    "meeting": "meetings",
    "safety": "safety_assessments",
    "consent": "consents",
}


def local_id_for_uid(conn: Connection, record_type: str, uid: str) -> int | None:
    table = _UID_TABLES[record_type]
    row = conn.execute(f"SELECT id FROM {table} WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else int(row[0])


def delete_by_uid(conn: Connection, record_type: str, uid: str) -> bool:
    """Real deletion; ``secure_delete`` is on, so freed pages are overwritten."""
    table = _UID_TABLES[record_type]
    cur = conn.execute(f"DELETE FROM {table} WHERE uid = ?", (uid,))
    return bool(cur.rowcount)


def replace_lifecycle(
    conn: Connection,
    participant_id: int,
    state: str,
    history: list[tuple[str, datetime, bool, str | None]],
    now: datetime,
) -> None:
    """Take over the lifecycle another party recorded (state and every event), as received in a
    verified bundle. Each event is (state, at, ended by the participant, ended by party id)."""
    conn.execute("DELETE FROM participant_events WHERE participant_id = ?", (participant_id,))
    conn.executemany(
        "INSERT INTO participant_events (participant_id, state, at, ended_by_participant,"
        " ended_by_party) VALUES (?, ?, ?, ?, ?)",
        [(participant_id, s, _ts(at), 1 if by_p else 0, party) for s, at, by_p, party in history],
    )
    conn.execute(
        "UPDATE participants SET state = ?, updated_at = ? WHERE id = ?",
        (state, _ts(now), participant_id),
    )


def set_consent_signer(conn: Connection, consent_id: int, signer: str) -> None:
    conn.execute("UPDATE consents SET signer = ? WHERE id = ?", (signer, consent_id))


def consent_signer(conn: Connection, consent_id: int) -> str | None:
    row = conn.execute("SELECT signer FROM consents WHERE id = ?", (consent_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def tombstone_consent(conn: Connection, consent_uid: str, at: datetime, purged: int) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO withdrawn_consents (consent_uid, withdrawn_at, purged_records)"
        " VALUES (?, ?, ?)",
        (consent_uid, _ts(at), purged),
    )


def is_tombstoned(conn: Connection, consent_uid: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM withdrawn_consents WHERE consent_uid = ?", (consent_uid,)
    ).fetchone()
    return row is not None


def log_recipient(conn: Connection, bundle_id: str, contact_id: int) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO bundle_recipients (bundle_id, contact_id) VALUES (?, ?)",
        (bundle_id, contact_id),
    )


def acknowledge_withdrawal(
    conn: Connection, consent_uid: str, contact_id: int, now: datetime
) -> int:
    """Mark the withdrawal bundles under ``consent_uid`` as acknowledged by the contact; a
    bundle counts as acknowledged once every recipient has. Returns how many were matched."""
    rows = conn.execute(
        "SELECT r.bundle_id FROM bundle_recipients r JOIN bundle_log b USING (bundle_id)"
        " WHERE b.consent_uid = ? AND b.kind = 'consent_withdrawal' AND r.contact_id = ?"
        " AND r.acknowledged_at IS NULL",
        (consent_uid, contact_id),
    ).fetchall()
    for (bundle_id,) in rows:
        conn.execute(
            "UPDATE bundle_recipients SET acknowledged_at = ? WHERE bundle_id = ? AND"
            " contact_id = ?",
            (_ts(now), bundle_id, contact_id),
        )
        conn.execute(
            "UPDATE bundle_log SET acknowledged_at = ? WHERE bundle_id = ? AND NOT EXISTS"
            " (SELECT 1 FROM bundle_recipients WHERE bundle_id = ? AND acknowledged_at IS NULL)",
            (_ts(now), bundle_id, bundle_id),
        )
    return len(rows)
