"""The stored data policy (a meta entry) and target-group assessments (one row a participant)."""

from __future__ import annotations

from datetime import date

from exitdesk.domain.target_group import NeedsSupport, TargetGroupAssessment, WantsToLeave
from exitdesk.vault.db import Connection

_POLICY_KEY = "data_policy"


def stored_policy(conn: Connection) -> str | None:
    """The policy JSON this vault stores, or None when it follows its party's preset."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_POLICY_KEY,)).fetchone()
    return None if row is None else str(row[0])


def store_policy(conn: Connection, policy_json: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_POLICY_KEY, policy_json),
    )


class TargetGroupRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, participant_id: int) -> TargetGroupAssessment | None:
        row = self._conn.execute(
            "SELECT wants_to_leave, wants_to_leave_on, needs_support, needs_support_by, "
            "needs_support_on FROM target_group WHERE participant_id = ?",
            (participant_id,),
        ).fetchone()
        if row is None:
            return None
        return TargetGroupAssessment(
            wants_to_leave=WantsToLeave(row[0]),
            wants_to_leave_on=date.fromisoformat(row[1]),
            needs_support=None if row[2] is None else NeedsSupport(row[2]),
            needs_support_by=row[3],
            needs_support_on=None if row[4] is None else date.fromisoformat(row[4]),
        )

    def save(self, participant_id: int, a: TargetGroupAssessment) -> None:
        self._conn.execute(
            "INSERT INTO target_group (participant_id, wants_to_leave, wants_to_leave_on, "
            "needs_support, needs_support_by, needs_support_on) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (participant_id) DO UPDATE SET wants_to_leave = excluded.wants_to_leave, "
            "wants_to_leave_on = excluded.wants_to_leave_on, "
            "needs_support = excluded.needs_support, "
            "needs_support_by = excluded.needs_support_by, "
            "needs_support_on = excluded.needs_support_on",
            (
                participant_id,
                a.wants_to_leave.value,
                a.wants_to_leave_on.isoformat(),
                None if a.needs_support is None else a.needs_support.value,
                a.needs_support_by,
                None if a.needs_support_on is None else a.needs_support_on.isoformat(),
            ),
        )
