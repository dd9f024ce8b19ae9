"""The vault's data policy in use: read it, make it stricter (audited), refuse local writes it
does not keep, and leave out of received records what it does not keep."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from exitdesk.app.context import Context
from exitdesk.app.errors import PolicyError
from exitdesk.domain import Meeting, Participant, SafetyAssessment
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.policy import (
    FIELD_NAMES,
    DataPolicy,
    PolicyField,
    forbidden,
    meeting_fields,
    participant_fields,
    preset_policy,
    safety_fields,
    strip_meeting,
    strip_participant,
    strip_safety,
)
from exitdesk.exchange import BundleRecord, RecordType
from exitdesk.vault.repositories import rules as store

Connection = Any


@dataclass(frozen=True)
class LeftOut:
    """What an import did not store of one record, and why: the fields this vault's policy
    does not keep."""

    record_type: str
    record_id: str
    fields: tuple[PolicyField, ...]

    def describe(self) -> str:
        names = ", ".join(FIELD_NAMES[f] for f in self.fields)
        return f"{self.record_type}: {names} (not kept under this vault's data policy)"


def policy_in(conn: Connection, party_id: str) -> DataPolicy:
    """The vault's stored policy, or its party's preset when none was stored."""
    text = store.stored_policy(conn)
    if text is None:
        return preset_policy(party_id)
    return DataPolicy.model_validate_json(text)


class PolicyService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def current(self) -> DataPolicy:
        with self._ctx.vault.reading() as conn:
            return policy_in(conn, self._ctx.worker.party_id)

    def preset(self) -> DataPolicy:
        return preset_policy(self._ctx.worker.party_id)

    def make_stricter(
        self,
        drop: Iterable[PolicyField] = (),
        enquiry_days: int | None = None,
        ended_case_days: int | None = None,
        note_days: int | None = None,
    ) -> DataPolicy:
        """Drop more fields or shorten periods; anything looser than now is refused."""
        with self._ctx.vault.transaction() as conn:
            now = policy_in(conn, self._ctx.worker.party_id)
            changes: dict[str, Any] = {"drops": now.drops | frozenset(drop)}
            for key, value in (
                ("enquiry_days", enquiry_days),
                ("ended_case_days", ended_case_days),
                ("note_days", note_days),
            ):
                if value is not None:
                    changes[key] = value
            try:
                wanted = DataPolicy.model_validate({**now.model_dump(), **changes})
            except ValueError:
                raise PolicyError(
                    QT_TRANSLATE_NOOP("Errors", "a retention period is between 1 and 3650 days")
                ) from None
            if not wanted.is_at_least_as_strict_as(now):
                raise PolicyError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "a data policy can only be made stricter, never looser"
                    )
                )
            store.store_policy(conn, wanted.model_dump_json())
            self._ctx.audit(
                conn,
                "policy.stricter",
                None,
                fields_dropped=len(wanted.drops),
                enquiry_days=wanted.enquiry_days,
                ended_case_days=wanted.ended_case_days,
                note_days=wanted.note_days,
            )
        return wanted


def refuse(policy: DataPolicy, present: Iterable[PolicyField]) -> None:
    """A local write carrying a field the policy does not keep is refused, naming the field."""
    found = forbidden(policy, present)
    if found:
        raise PolicyError(
            QT_TRANSLATE_NOOP(
                "Errors", "your party's data policy keeps no {fields}; leave them empty"
            ),
            fields=", ".join(FIELD_NAMES[f] for f in found),
        )


def check_participant(policy: DataPolicy, p: Participant) -> None:
    refuse(policy, participant_fields(p))


def check_meeting(policy: DataPolicy, m: Meeting) -> None:
    refuse(policy, meeting_fields(m))


def check_safety(policy: DataPolicy, a: SafetyAssessment) -> None:
    refuse(policy, safety_fields(a))


def check_note(policy: DataPolicy) -> None:
    if not policy.keeps(PolicyField.NOTES):
        raise PolicyError(
            QT_TRANSLATE_NOOP("Errors", "your party keeps no case notes (minimal-record mode)")
        )


_STRIPPERS = {
    RecordType.PARTICIPANT: strip_participant,
    RecordType.MEETING: strip_meeting,
    RecordType.SAFETY: strip_safety,
}


def filter_incoming(
    policy: DataPolicy, records: Sequence[BundleRecord]
) -> tuple[list[BundleRecord], list[LeftOut]]:
    """The received records as this vault keeps them: fields the policy does not keep are
    emptied before anything is planned or written, so they are never stored."""
    kept: list[BundleRecord] = []
    left_out: list[LeftOut] = []
    for record in records:
        strip = _STRIPPERS.get(record.type)
        if strip is None:
            kept.append(record)
            continue
        obj, dropped = strip(policy, dict(record.object()))
        if not dropped:
            kept.append(record)
            continue
        kept.append(BundleRecord.from_object(record.id, record.type, record.category, obj))
        ordered = tuple(f for f in PolicyField if f in dropped)
        left_out.append(LeftOut(record.type.value, record.id, ordered))
    return kept, left_out


def filter_incoming_here(
    ctx: Context, conn: Connection, records: Sequence[BundleRecord]
) -> tuple[list[BundleRecord], list[LeftOut]]:
    """``filter_incoming`` under this vault's own policy (the import's one call)."""
    return filter_incoming(policy_in(conn, ctx.worker.party_id), records)


def recipient_keeps(party_id: str) -> list[PolicyField]:
    """What the recipient's party preset keeps (the sender cannot see a stricter choice)."""
    return preset_policy(party_id).kept_fields()


def recipient_leaves_out(party_id: str) -> list[PolicyField]:
    return sorted(preset_policy(party_id).drops, key=list(PolicyField).index)
