"""What the retention run finds and deletes, and the compaction after it (checkpoint, VACUUM),
so that deleted pages are gone from the database and the WAL."""

from __future__ import annotations

from exitdesk.domain.retention import Cutoffs, DueItem, RetentionCategory
from exitdesk.vault.db import Connection
from exitdesk.vault.repositories._sql import iso_utc, read_time

_ENDED_AT = (
    "(SELECT max(e.at) FROM participant_events e WHERE e.participant_id = p.id "
    "AND e.state = 'ended')"
)


def due(conn: Connection, c: Cutoffs) -> list[DueItem]:
    items: list[DueItem] = []
    for pid, alias, since in conn.execute(
        "SELECT id, alias, created_at FROM participants WHERE state = 'enquiry' "
        "AND created_at < ? ORDER BY created_at, id",
        (iso_utc(c.enquiry_before),),
    ):
        items.append(DueItem(category=RetentionCategory.ENQUIRIES, record_id=pid, label=alias,
                             due_since=read_time(since)))  # fmt: skip
    for pid, alias, since in conn.execute(
        f"SELECT p.id, p.alias, {_ENDED_AT} AS ended FROM participants p "
        "WHERE p.state = 'ended' AND ended < ? ORDER BY ended, p.id",
        (iso_utc(c.ended_before),),
    ):
        items.append(DueItem(category=RetentionCategory.ENDED_CASES, record_id=pid, label=alias,
                             due_since=read_time(since)))  # fmt: skip
    written_before = None if c.note_written_before is None else iso_utc(c.note_written_before)
    for nid, alias, since in conn.execute(
        "SELECT n.id, p.alias, coalesce(n.expires_at, n.created_at) FROM notes n "
        "JOIN participants p ON p.id = n.participant_id "
        "WHERE (n.expires_at IS NOT NULL AND n.expires_at <= ?) "
        "OR (? IS NOT NULL AND n.created_at < ?) ORDER BY n.id",
        (iso_utc(c.now), written_before, written_before),
    ):
        items.append(DueItem(category=RetentionCategory.NOTES, record_id=nid, label=alias,
                             due_since=read_time(since)))  # fmt: skip
    return items


def next_due(
    conn: Connection, enquiry_days: int, ended_days: int, note_days: int | None
) -> str | None:
    """The earliest time something becomes due (ISO text), or None when nothing will."""
    row = conn.execute(
        "SELECT min(t) FROM ("
        "SELECT datetime(created_at, '+' || ? || ' days') AS t FROM participants "
        "WHERE state = 'enquiry' "
        f"UNION ALL SELECT datetime({_ENDED_AT}, '+' || ? || ' days') FROM participants p "
        "WHERE p.state = 'ended' "
        "UNION ALL SELECT datetime(expires_at) FROM notes WHERE expires_at IS NOT NULL "
        "UNION ALL SELECT datetime(created_at, '+' || ? || ' days') FROM notes "
        "WHERE ? IS NOT NULL)",
        (enquiry_days, ended_days, note_days, note_days),
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def delete_participant_everywhere(conn: Connection, participant_id: int) -> None:
    """The participant with every child row (cascades) and what the exchange tables hold about
    them: conflicts carry received record bytes, provenance and sent records their uids."""
    row = conn.execute("SELECT uid FROM participants WHERE id = ?", (participant_id,)).fetchone()
    if row is None:
        return
    uid = row[0]
    for table in ("conflicts", "received_records", "sent_records"):
        conn.execute(f"DELETE FROM {table} WHERE participant_uid = ?", (uid,))
    conn.execute("DELETE FROM participants WHERE id = ?", (participant_id,))


def delete_note(conn: Connection, note_id: int) -> None:
    conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def compact(conn: Connection) -> tuple[bool, bool]:
    """Outside any transaction: move the WAL into the database and truncate it, then rebuild
    the database so freed pages do not linger. Returns (checkpointed, vacuumed)."""
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.execute("VACUUM")
    again = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return (busy is not None and busy[0] == 0 and again[0] == 0), True
