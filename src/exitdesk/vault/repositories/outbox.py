"""The outbox and the hand-over log: outgoing files waiting to be written out, and hand-overs
waiting for the receiver's acknowledgement. The caller owns the transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from exitdesk.vault.db import Connection
from exitdesk.vault.repositories._sql import (
    Row,
    fetch_all,
    fetch_one,
    read_time,
    read_time_or_none,
    zulu_utc,
)

__all__ = ["HandoverEntry", "HandoverRepository", "OutboxItem", "OutboxRepository"]


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    contact_id: int | None
    bundle_id: str | None
    data: bytes
    created_at: datetime
    written_at: datetime | None


_ITEM_COLUMNS = "id, kind, contact_id, bundle_id, data, created_at, written_at"


def _item(row: Row) -> OutboxItem:
    return OutboxItem(
        id=row[0],
        kind=row[1],
        contact_id=row[2],
        bundle_id=row[3],
        data=bytes(row[4]),
        created_at=read_time(row[5]),
        written_at=read_time_or_none(row[6]),
    )


class OutboxRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(
        self, kind: str, contact_id: int | None, bundle_id: str | None, data: bytes, now: datetime
    ) -> int:
        cur = self._conn.execute(
            "INSERT INTO outbox (kind, contact_id, bundle_id, data, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (kind, contact_id, bundle_id, data, zulu_utc(now)),
        )
        return int(cur.lastrowid)

    def pending(self) -> list[OutboxItem]:
        return fetch_all(
            self._conn,
            f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE written_at IS NULL ORDER BY id",
            (),
            _item,
        )

    def get(self, item_id: int) -> OutboxItem | None:
        return fetch_one(
            self._conn, f"SELECT {_ITEM_COLUMNS} FROM outbox WHERE id = ?", (item_id,), _item
        )

    def mark_written(self, item_id: int, now: datetime) -> bool:
        """Mark handed over; the bytes are dropped, since they are now outside the vault."""
        cur = self._conn.execute(
            "UPDATE outbox SET written_at = ?, data = x'' WHERE id = ? AND written_at IS NULL",
            (zulu_utc(now), item_id),
        )
        return bool(cur.rowcount)


@dataclass(frozen=True)
class HandoverEntry:
    bundle_id: str
    participant_uid: str
    contact_id: int
    sent_at: datetime
    acknowledged_at: datetime | None


def _handover(row: Row) -> HandoverEntry:
    return HandoverEntry(row[0], row[1], row[2], read_time(row[3]), read_time_or_none(row[4]))


class HandoverRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, bundle_id: str, participant_uid: str, contact_id: int, now: datetime) -> None:
        self._conn.execute(
            "INSERT INTO handovers (bundle_id, participant_uid, contact_id, sent_at)"
            " VALUES (?, ?, ?, ?)",
            (bundle_id, participant_uid, contact_id, zulu_utc(now)),
        )

    def get(self, bundle_id: str) -> HandoverEntry | None:
        return fetch_one(
            self._conn,
            "SELECT bundle_id, participant_uid, contact_id, sent_at, acknowledged_at"
            " FROM handovers WHERE bundle_id = ?",
            (bundle_id,),
            _handover,
        )

    def pending_for(self, participant_uid: str) -> list[HandoverEntry]:
        return fetch_all(
            self._conn,
            "SELECT bundle_id, participant_uid, contact_id, sent_at, acknowledged_at"
            " FROM handovers WHERE participant_uid = ? AND acknowledged_at IS NULL",
            (participant_uid,),
            _handover,
        )

    def acknowledge(self, bundle_id: str, now: datetime) -> None:
        self._conn.execute(
            "UPDATE handovers SET acknowledged_at = ? WHERE bundle_id = ?",
            (zulu_utc(now), bundle_id),
        )
