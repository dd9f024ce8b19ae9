"""Which fields of the casework records are free text, the fields the offence reminder reads.

Names that a field exists to hold (an alias, a legal name, a witness, a guardian, the worker) are
not free text: the reminder would only repeat what the field is for.
"""

from __future__ import annotations

from exitdesk.domain.consent import Consent
from exitdesk.domain.meeting import Meeting
from exitdesk.domain.participant import Note
from exitdesk.domain.plan import Goal, PlanAction
from exitdesk.domain.safety import SafetyAssessment

FreeTextRecord = Note | Meeting | Goal | PlanAction | SafetyAssessment | Consent


def free_texts(record: FreeTextRecord) -> tuple[str, ...]:
    """The record's free-text values, nested ones included (a goal's actions, an assessment's
    persons at risk and arrangements); empty strings left out."""
    match record:
        case Note():
            texts: tuple[str | None, ...] = (record.text,)
        case Meeting():
            texts = (record.summary, record.next_steps)
        case Goal():
            texts = (record.description, *(a.description for a in record.actions))
        case PlanAction():
            texts = (record.description,)
        case SafetyAssessment():
            texts = (
                record.summary,
                *(p.note for p in record.persons_at_risk),
                *(a.description for a in record.arrangements),
            )
        case Consent():
            texts = (record.purpose,)
    return tuple(t for t in texts if t)
