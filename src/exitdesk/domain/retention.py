"""Retention: what is due for deletion under a data policy at a given time, by category, and
the certificate a purge leaves (categories, counts, time, policy: never personal data)."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from exitdesk.domain.policy import DataPolicy


class RetentionCategory(StrEnum):
    ENQUIRIES = "enquiries_never_started"
    ENDED_CASES = "ended_cases"
    NOTES = "expired_notes"


class Cutoffs(BaseModel):
    """Anything created (enquiries), ended (cases) or written (notes, when the policy limits
    them) before these times is due; notes are also due at their own expiry time."""

    model_config = ConfigDict(frozen=True)

    now: datetime
    enquiry_before: datetime
    ended_before: datetime
    note_written_before: datetime | None


def cutoffs(policy: DataPolicy, now: datetime) -> Cutoffs:
    return Cutoffs(
        now=now,
        enquiry_before=now - timedelta(days=policy.enquiry_days),
        ended_before=now - timedelta(days=policy.ended_case_days),
        note_written_before=None
        if policy.note_days is None
        else now - timedelta(days=policy.note_days),
    )


class DueItem(BaseModel):
    """One record due; ``label`` (an alias) is shown only with ``--details``."""

    model_config = ConfigDict(frozen=True)

    category: RetentionCategory
    record_id: int
    label: str
    due_since: datetime


class PurgeCertificate(BaseModel):
    """What a purge deleted, when and under which policy. Counts only, never names or ids."""

    model_config = ConfigDict(frozen=True)

    purged_at: datetime
    vault_party: str
    policy_summary: str
    policy: DataPolicy
    counts: dict[RetentionCategory, int]
    checkpointed: bool
    vacuumed: bool

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[str]:
        out = [
            "ExitDesk purge certificate",
            f"Purged at: {self.purged_at.isoformat(timespec='seconds')}",
            f"Vault party: {self.vault_party}",
            f"Policy: {self.policy_summary}",
        ]
        for category in RetentionCategory:
            out.append(f"{category.value}: {self.counts.get(category, 0)} record(s)")
        out.append(f"Total: {self.total} record(s)")
        out.append(
            "Deleted with secure delete; WAL checkpointed (TRUNCATE): "
            f"{'yes' if self.checkpointed else 'no'}; database vacuumed: "
            f"{'yes' if self.vacuumed else 'no'}."
        )
        out.append("This certificate holds no personal data.")
        return out


def policy_summary(policy: DataPolicy) -> str:
    kind = "minimal record" if policy.minimal_record else "full record"
    notes = "own expiry" if policy.note_days is None else f"{policy.note_days} days"
    return (
        f"{kind}; enquiries {policy.enquiry_days} days; ended cases {policy.ended_case_days} "
        f"days; notes {notes}; {len(policy.drops)} field(s) never stored"
    )
