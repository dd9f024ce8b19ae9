"""The exchange's bookkeeping: the bundle log and its recipients, sequence numbers, provenance of
imported records, what was sent to whom, conflicts, and tombstones of withdrawn consents. The
caller owns the transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from exitdesk.vault.db import Connection
from exitdesk.vault.repositories._sql import (
    Row,
    exists,
    fetch_all,
    fetch_one,
    first_int,
    read_time,
    read_time_or_none,
    zulu_utc,
)

__all__ = [
    "BundleLogEntry",
    "BundleLogRepository",
    "Conflict",
    "ConflictRepository",
    "Provenance",
    "ProvenanceRepository",
    "SentRecordRepository",
    "SequenceRepository",
    "acknowledge_withdrawal",
    "delete_by_uid",
    "is_tombstoned",
    "local_id_for_uid",
    "log_recipient",
    "participant_has_records",
    "tombstone",
    "tombstone_consent",
]


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


_LOG_COLUMNS = (
    "bundle_id, direction, kind, contact_id, consent_uid, participant_uid, sequence, at,"
    " record_count, base_bundle_id, acknowledged_at"
)


def _log(row: Row) -> BundleLogEntry:
    return BundleLogEntry(
        bundle_id=row[0],
        direction=row[1],
        kind=row[2],
        contact_id=row[3],
        consent_uid=row[4],
        participant_uid=row[5],
        sequence=row[6],
        at=read_time(row[7]),
        record_count=row[8],
        base_bundle_id=row[9],
        acknowledged_at=read_time_or_none(row[10]),
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
                zulu_utc(entry.at),
                entry.record_count,
                entry.base_bundle_id,
                None if entry.acknowledged_at is None else zulu_utc(entry.acknowledged_at),
            ),
        )

    def seen(self, bundle_id: str) -> bool:
        return exists(self._conn, "SELECT 1 FROM bundle_log WHERE bundle_id = ?", (bundle_id,))

    def get(self, bundle_id: str) -> BundleLogEntry | None:
        return fetch_one(
            self._conn,
            f"SELECT {_LOG_COLUMNS} FROM bundle_log WHERE bundle_id = ?",
            (bundle_id,),
            _log,
        )

    def for_participant(self, participant_uid: str) -> list[BundleLogEntry]:
        return fetch_all(
            self._conn,
            f"SELECT {_LOG_COLUMNS} FROM bundle_log WHERE participant_uid = ? ORDER BY at, rowid",
            (participant_uid,),
            _log,
        )

    def outgoing_under_consent(self, consent_uid: str) -> list[BundleLogEntry]:
        return fetch_all(
            self._conn,
            f"SELECT {_LOG_COLUMNS} FROM bundle_log WHERE consent_uid = ? AND direction = 'out'"
            " AND kind IN ('case_transfer', 'case_update', 'termination_notice', 'case_handover')"
            " ORDER BY at, rowid",
            (consent_uid,),
            _log,
        )


class SequenceRepository:
    """Outgoing counters (this vault → contact) and the last number seen from each sender."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def last(self, sender_fp: str, recipient_fp: str) -> int:
        last = fetch_one(
            self._conn,
            "SELECT last FROM sequences WHERE sender_fp = ? AND recipient_fp = ?",
            (sender_fp, recipient_fp),
            first_int,
        )
        return 0 if last is None else last

    def record(self, sender_fp: str, recipient_fp: str, value: int) -> None:
        self._conn.execute(
            "INSERT INTO sequences (sender_fp, recipient_fp, last) VALUES (?, ?, ?)"
            " ON CONFLICT (sender_fp, recipient_fp) DO UPDATE SET last = excluded.last",
            (sender_fp, recipient_fp, value),
        )


def _provenance(row: Row) -> Provenance:
    return Provenance(
        record_uid=row[0],
        record_type=row[1],
        participant_uid=row[2],
        sender_fp=row[3],
        bundle_id=row[4],
        consent_uid=row[5],
        record_hash=row[6],
        imported_at=read_time(row[7]),
    )


def _conflict(row: Row) -> Conflict:
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
        found_at=read_time(row[9]),
    )


_PROVENANCE_COLUMNS = (
    "record_uid, record_type, participant_uid, sender_fp, bundle_id, consent_uid, record_hash,"
    " imported_at"
)


_CHUNK = 500  # uids bound in one query, well under SQLite's parameter limit


_RECORD_RECEIVED = (
    "INSERT INTO received_records (record_uid, record_type, participant_uid, sender_fp,"
    " bundle_id, consent_uid, record_hash, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (record_uid, sender_fp, bundle_id, consent_uid) DO UPDATE SET"
    " record_hash = excluded.record_hash, imported_at = excluded.imported_at"
)


class ProvenanceRepository:
    """Where received records came from: one row per (record, sender, bundle, consent) in
    ``received_records``. A record without rows is the worker's own."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def record(self, p: Provenance) -> None:
        """Add a row; the same record again from the same bundle and consent only refreshes
        its hash (it never touches another sender's, bundle's or consent's row)."""
        self.record_many([p])

    def record_many(self, rows: Iterable[Provenance]) -> None:
        """``record`` for each row in order, as one statement (an import's hundreds of rows)."""
        times: dict[datetime, str] = {}  # an import stamps every row with one time

        def stamp(at: datetime) -> str:
            return times.get(at) or times.setdefault(at, zulu_utc(at))

        params = [
            (
                p.record_uid,
                p.record_type,
                p.participant_uid,
                p.sender_fp,
                p.bundle_id,
                p.consent_uid,
                p.record_hash,
                stamp(p.imported_at),
            )
            for p in rows
        ]
        self._conn.executemany(_RECORD_RECEIVED, params)

    def record_received(
        self,
        records: Iterable[tuple[str, str, str]],
        *,
        participant_uid: str,
        sender_fp: str,
        bundle_id: str,
        consent_uid: str,
        imported_at: datetime,
    ) -> None:
        """``record_many`` for the records of one bundle, given as (uid, type, hash): the
        participant, sender, bundle, consent and time are the same for all of them (an
        import's hundreds of rows, without a ``Provenance`` object each)."""
        at = zulu_utc(imported_at)
        self._conn.executemany(
            _RECORD_RECEIVED,
            [
                (uid, kind, participant_uid, sender_fp, bundle_id, consent_uid, digest, at)
                for uid, kind, digest in records
            ],
        )

    def rows(self, record_uid: str) -> list[Provenance]:
        return fetch_all(
            self._conn,
            f"SELECT {_PROVENANCE_COLUMNS} FROM received_records WHERE record_uid = ?"
            " ORDER BY imported_at, rowid",
            (record_uid,),
            _provenance,
        )

    def latest(self, record_uid: str) -> Provenance | None:
        """The last row received for a record: its hash is the sender's last version."""
        found = self.rows(record_uid)
        return found[-1] if found else None

    def owner(self, record_uid: str) -> str | None:
        """The sender's fingerprint for a received record, ``None`` for an own record."""
        latest = self.latest(record_uid)
        return None if latest is None else latest.sender_fp

    def owners(self, record_uids: Iterable[str]) -> dict[str, str]:
        """``owner`` of many records in a few queries: each received one's sender's
        fingerprint (the last row's, as ``latest``); own records are absent."""
        uids = list(dict.fromkeys(record_uids))
        found: dict[str, str] = {}
        for start in range(0, len(uids), _CHUNK):
            chunk = uids[start : start + _CHUNK]
            rows = self._conn.execute(
                "SELECT record_uid, sender_fp FROM received_records WHERE record_uid IN"
                f" ({', '.join('?' * len(chunk))}) ORDER BY imported_at, rowid",
                chunk,
            ).fetchall()
            for uid, sender_fp in rows:  # the last row of a record is its latest
                found[str(uid)] = str(sender_fp)
        return found

    def is_received(self, record_uid: str) -> bool:
        return exists(
            self._conn, "SELECT 1 FROM received_records WHERE record_uid = ?", (record_uid,)
        )

    def under_consent(self, consent_uid: str) -> list[Provenance]:
        return fetch_all(
            self._conn,
            f"SELECT {_PROVENANCE_COLUMNS} FROM received_records WHERE consent_uid = ?"
            " ORDER BY imported_at, rowid",
            (consent_uid,),
            _provenance,
        )

    def consents(self) -> list[str]:
        """Every consent something here was received under."""
        rows = self._conn.execute("SELECT DISTINCT consent_uid FROM received_records").fetchall()
        return sorted(str(r[0]) for r in rows)

    def for_participant(self, participant_uid: str) -> list[Provenance]:
        return fetch_all(
            self._conn,
            f"SELECT {_PROVENANCE_COLUMNS} FROM received_records WHERE participant_uid = ?"
            " ORDER BY imported_at, rowid",
            (participant_uid,),
            _provenance,
        )

    def forget_consent(self, consent_uid: str) -> int:
        cur = self._conn.execute(
            "DELETE FROM received_records WHERE consent_uid = ?", (consent_uid,)
        )
        return int(cur.rowcount)

    def forget(self, record_uid: str, sender_fp: str) -> None:
        """Drop one sender's rows for a record (the sender removed it)."""
        self._conn.execute(
            "DELETE FROM received_records WHERE record_uid = ? AND sender_fp = ?",
            (record_uid, sender_fp),
        )

    def forget_participant(self, participant_uid: str) -> None:
        """Drop every row about a participant whose entry was deleted here."""
        self._conn.execute(
            "DELETE FROM received_records WHERE participant_uid = ?", (participant_uid,)
        )


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

    def record_many(
        self, contact_id: int, participant_uid: str, hashes: Iterable[tuple[str, str]],
        bundle_id: str,
    ) -> None:  # fmt: skip
        """``record`` for each (record uid, hash) in order, as one statement."""
        self._conn.executemany(
            "INSERT INTO sent_records (contact_id, participant_uid, record_uid, record_hash,"
            " bundle_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (contact_id, record_uid)"
            " DO UPDATE SET record_hash = excluded.record_hash, bundle_id = excluded.bundle_id",
            [(contact_id, participant_uid, uid, digest, bundle_id) for uid, digest in hashes],
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
             incoming, incoming_hash, zulu_utc(now)),
        )  # fmt: skip
        return int(cur.lastrowid)

    def _rows(self, where: str, args: tuple[object, ...]) -> list[Conflict]:
        return fetch_all(
            self._conn,
            "SELECT id, record_uid, record_type, participant_uid, bundle_id, sender_fp,"
            f" consent_uid, incoming, incoming_hash, found_at FROM conflicts WHERE {where}"
            " ORDER BY id",
            args,
            _conflict,
        )

    def open(self) -> list[Conflict]:
        return self._rows("1 = 1", ())

    def get(self, conflict_id: int) -> Conflict | None:
        found = self._rows("id = ?", (conflict_id,))
        return found[0] if found else None

    def resolve(self, conflict_id: int) -> None:
        self._conn.execute("DELETE FROM conflicts WHERE id = ?", (conflict_id,))

    def forget_consent(self, consent_uid: str) -> None:
        self._conn.execute("DELETE FROM conflicts WHERE consent_uid = ?", (consent_uid,))

    def forget_participant(self, participant_uid: str) -> None:
        self._conn.execute("DELETE FROM conflicts WHERE participant_uid = ?", (participant_uid,))


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
    return fetch_one(conn, f"SELECT id FROM {table} WHERE uid = ?", (uid,), first_int)


def local_ids_for_uids(conn: Connection, record_type: str, uids: Iterable[str]) -> dict[str, int]:
    """``local_id_for_uid`` of many uids of one type in a few queries; unknown uids are absent."""
    table = _UID_TABLES[record_type]
    wanted = list(dict.fromkeys(uids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows = conn.execute(
            f"SELECT uid, id FROM {table} WHERE uid IN ({', '.join('?' * len(chunk))})", chunk
        ).fetchall()
        found.update((str(uid), int(local_id)) for uid, local_id in rows)
    return found


def participant_has_records(conn: Connection, participant_id: int) -> bool:
    """Whether anything still hangs on a participant: a goal, meeting, safety assessment,
    note or consent (a purge removes the entry only when nothing does)."""
    return any(
        exists(conn, f"SELECT 1 FROM {table} WHERE participant_id = ?", (participant_id,))
        for table in ("goals", "meetings", "safety_assessments", "notes", "consents")
    )


def delete_by_uid(conn: Connection, record_type: str, uid: str) -> bool:
    """Real deletion; ``secure_delete`` is on, so freed pages are overwritten."""
    table = _UID_TABLES[record_type]
    cur = conn.execute(f"DELETE FROM {table} WHERE uid = ?", (uid,))
    return bool(cur.rowcount)


def tombstone_consent(conn: Connection, consent_uid: str, at: datetime, purged: int) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO withdrawn_consents (consent_uid, withdrawn_at, purged_records)"
        " VALUES (?, ?, ?)",
        (consent_uid, zulu_utc(at), purged),
    )


def is_tombstoned(conn: Connection, consent_uid: str) -> bool:
    return exists(conn, "SELECT 1 FROM withdrawn_consents WHERE consent_uid = ?", (consent_uid,))


def tombstone(conn: Connection, consent_uid: str) -> tuple[datetime, int] | None:
    """When a withdrawn consent's data was purged here, and how many records went."""
    return fetch_one(
        conn,
        "SELECT withdrawn_at, purged_records FROM withdrawn_consents WHERE consent_uid = ?",
        (consent_uid,),
        lambda row: (read_time(row[0]), int(row[1])),
    )


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
            (zulu_utc(now), bundle_id, contact_id),
        )
        conn.execute(
            "UPDATE bundle_log SET acknowledged_at = ? WHERE bundle_id = ? AND NOT EXISTS"
            " (SELECT 1 FROM bundle_recipients WHERE bundle_id = ? AND acknowledged_at IS NULL)",
            (zulu_utc(now), bundle_id, bundle_id),
        )
    return len(rows)
