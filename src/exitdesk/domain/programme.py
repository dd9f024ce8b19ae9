"""The programme's rules for a case's life: what an enquiry may hold, who may end participation,
and when a participant may move on (active support, after release)."""

from __future__ import annotations

from datetime import date

from exitdesk.domain.errors import TransitionError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import (
    ALLOWED_TRANSITIONS,
    EndedBy,
    LifecycleState,
    Participant,
)
from exitdesk.domain.parties import party_by_id
from exitdesk.domain.target_group import TargetGroupAssessment

# Contact without commitment: an enquiry holds an alias and a contact route, nothing else.
ENQUIRY_FIELDS = ("legal_name", "birth_year", "contact", "institution", "release_date")


def enquiry_extras(p: Participant) -> list[str]:
    """The fields set beyond what an enquiry may hold."""
    return [name for name in ENQUIRY_FIELDS if getattr(p, name) is not None]


def check_transition(
    p: Participant,
    to: LifecycleState,
    ended_by: EndedBy | None,
    worker_party_id: str,
    target_group: TargetGroupAssessment | None,
    today: date,
) -> None:
    """Refuse a change the programme does not allow (the state machine itself is checked by
    ``Participant.transition``)."""
    if to not in ALLOWED_TRANSITIONS[p.state]:
        # A change the state machine refuses is named by it ("cannot go from ... to ..."),
        # which says more than any rule of the programme would here.
        return
    if ended_by is not None and ended_by.party_id is not None:
        party = party_by_id(ended_by.party_id)
        if party.country is not party_by_id(worker_party_id).country:
            raise TransitionError(
                QT_TRANSLATE_NOOP(
                    "Errors", "a party of another country's programme cannot end this participation"
                )
            )
        if ended_by.party_id not in p.parties:
            raise TransitionError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "only the participant or a party they work with can end the participation",
                )
            )
    if to is LifecycleState.ACTIVE and (target_group is None or not target_group.in_target_group):
        raise TransitionError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "active support needs both target-group answers to be yes: wants to leave, and assessed as needing support and protection",  # noqa: E501
            )
        )
    if to is LifecycleState.AFTER_RELEASE and (p.release_date is None or p.release_date > today):
        raise TransitionError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "after release starts on the release date; record or correct the release date first",  # noqa: E501
            )
        )
