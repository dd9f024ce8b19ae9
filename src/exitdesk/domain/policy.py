"""Per-party data policy as data: which fields a vault stores, for how long, and what happens to
received data it does not keep. Aggredi's preset is the minimal record.

Choice made here (issue 11): a minimal-record vault keeps meetings with date, mode and method
only, never a summary or next steps, not even one that expires: a summary that lives a few weeks
is still a record, and an empty field cannot leak.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from exitdesk.domain.meeting import Meeting
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import Participant
from exitdesk.domain.parties import party_by_id
from exitdesk.domain.safety import SafetyAssessment


class PolicyField(StrEnum):
    """A field (or a whole record kind) a policy may decline to store."""

    LEGAL_NAME = "participant.legal_name"
    CONTACT_DETAILS = "participant.contact"
    NOTES = "notes"
    MEETING_SUMMARY = "meeting.summary"
    MEETING_NEXT_STEPS = "meeting.next_steps"
    SAFETY_SUMMARY = "safety.summary"
    PERSON_AT_RISK_NOTE = "safety.person_at_risk.note"
    ARRANGEMENT_TEXT = "safety.arrangement.description"


# Plain names for the preview, the wizard and the about box (translated where shown).
FIELD_NAMES: dict[PolicyField, str] = {
    PolicyField.LEGAL_NAME: QT_TRANSLATE_NOOP("Policy", "legal name"),
    PolicyField.CONTACT_DETAILS: QT_TRANSLATE_NOOP("Policy", "contact details"),
    PolicyField.NOTES: QT_TRANSLATE_NOOP("Policy", "case notes"),
    PolicyField.MEETING_SUMMARY: QT_TRANSLATE_NOOP("Policy", "meeting summaries"),
    PolicyField.MEETING_NEXT_STEPS: QT_TRANSLATE_NOOP("Policy", "meeting next steps"),
    PolicyField.SAFETY_SUMMARY: QT_TRANSLATE_NOOP("Policy", "safety summaries"),
    PolicyField.PERSON_AT_RISK_NOTE: QT_TRANSLATE_NOOP("Policy", "notes on persons at risk"),
    PolicyField.ARRANGEMENT_TEXT: QT_TRANSLATE_NOOP("Policy", "arrangement descriptions"),
}

MINIMAL_RECORD_DROPS = frozenset(PolicyField)


class DataPolicy(BaseModel):
    """What this vault keeps. ``drops`` are never stored (refused when typed, left out when
    received); the periods are how long enquiries that never start, ended cases and notes are
    kept before the retention run deletes them (``note_days`` None: notes do not expire by
    policy, only by their own expiry date)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    party_id: str
    drops: frozenset[PolicyField] = frozenset()
    enquiry_days: int = Field(ge=1, le=3650)
    ended_case_days: int = Field(ge=1, le=3650)
    note_days: int | None = Field(default=None, ge=1, le=3650)

    def keeps(self, field: PolicyField) -> bool:
        return field not in self.drops

    @property
    def minimal_record(self) -> bool:
        return self.drops >= MINIMAL_RECORD_DROPS

    def is_at_least_as_strict_as(self, other: DataPolicy) -> bool:
        """Drops everything ``other`` drops and keeps nothing longer."""
        note_ok = other.note_days is None or (
            self.note_days is not None and self.note_days <= other.note_days
        )
        return (
            other.drops <= self.drops
            and self.enquiry_days <= other.enquiry_days
            and self.ended_case_days <= other.ended_case_days
            and note_ok
        )

    def kept_fields(self) -> list[PolicyField]:
        return [f for f in PolicyField if f not in self.drops]


def preset_policy(party_id: str) -> DataPolicy:
    """The party's own preset: Aggredi keeps the minimal record and forgets quickly; the other
    parties keep the case record for two years after it ends."""
    party = party_by_id(party_id)
    if party.minimal_record:
        return DataPolicy(
            party_id=party_id, drops=MINIMAL_RECORD_DROPS, enquiry_days=30, ended_case_days=30
        )
    return DataPolicy(party_id=party_id, enquiry_days=90, ended_case_days=730)


# -- what a model carries that the policy does not keep ------------------------------------------


def participant_fields(p: Participant) -> set[PolicyField]:
    found = set()
    if p.legal_name:
        found.add(PolicyField.LEGAL_NAME)
    if p.contact:
        found.add(PolicyField.CONTACT_DETAILS)
    return found


def meeting_fields(m: Meeting) -> set[PolicyField]:
    found = set()
    if m.summary.strip():
        found.add(PolicyField.MEETING_SUMMARY)
    if m.next_steps.strip():
        found.add(PolicyField.MEETING_NEXT_STEPS)
    return found


def safety_fields(a: SafetyAssessment) -> set[PolicyField]:
    found = set()
    if a.summary.strip():
        found.add(PolicyField.SAFETY_SUMMARY)
    if any(p.note for p in a.persons_at_risk):
        found.add(PolicyField.PERSON_AT_RISK_NOTE)
    if any(s.description for s in a.arrangements):
        found.add(PolicyField.ARRANGEMENT_TEXT)
    return found


def forbidden(policy: DataPolicy, present: Iterable[PolicyField]) -> list[PolicyField]:
    """The fields present that the policy does not keep, in a stable order."""
    wanted = set(present)
    return [f for f in PolicyField if f in wanted and f in policy.drops]


# -- received records: the same rules over the record objects of a bundle ------------------------


def strip_participant(
    policy: DataPolicy, obj: dict[str, Any]
) -> tuple[dict[str, Any], set[PolicyField]]:
    out = dict(obj)
    left: set[PolicyField] = set()
    for field, key in (
        (PolicyField.LEGAL_NAME, "legal_name"),
        (PolicyField.CONTACT_DETAILS, "contact"),
    ):
        if field in policy.drops and out.get(key):
            out[key] = None
            left.add(field)
    return out, left


def strip_meeting(
    policy: DataPolicy, obj: dict[str, Any]
) -> tuple[dict[str, Any], set[PolicyField]]:
    out = dict(obj)
    left: set[PolicyField] = set()
    for field, key in (
        (PolicyField.MEETING_SUMMARY, "summary"),
        (PolicyField.MEETING_NEXT_STEPS, "next_steps"),
    ):
        if field in policy.drops and str(out.get(key) or "").strip():
            out[key] = ""
            left.add(field)
    return out, left


def strip_safety(
    policy: DataPolicy, obj: dict[str, Any]
) -> tuple[dict[str, Any], set[PolicyField]]:
    out = dict(obj)
    left: set[PolicyField] = set()
    if PolicyField.SAFETY_SUMMARY in policy.drops and str(out.get("summary") or "").strip():
        out["summary"] = ""
        left.add(PolicyField.SAFETY_SUMMARY)
    if PolicyField.PERSON_AT_RISK_NOTE in policy.drops:
        persons = [dict(p) for p in out.get("persons_at_risk") or []]
        if any(p.get("note") for p in persons):
            left.add(PolicyField.PERSON_AT_RISK_NOTE)
        out["persons_at_risk"] = [{**p, "note": None} for p in persons]
    if PolicyField.ARRANGEMENT_TEXT in policy.drops:
        arrangements = [dict(a) for a in out.get("arrangements") or []]
        if any(a.get("description") for a in arrangements):
            left.add(PolicyField.ARRANGEMENT_TEXT)
        out["arrangements"] = [{**a, "description": None} for a in arrangements]
    return out, left
