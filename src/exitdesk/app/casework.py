"""Casework use cases beside ``Session``: editing a participant, notes, meetings and consents,
each one transaction, each change audited; the CLI and the window share them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime

from exitdesk.app.errors import InputError, NotFoundError
from exitdesk.app.policy import check_meeting, policy_in
from exitdesk.app.session import Session, require_participant
from exitdesk.app.transactions import audit, reading, writing
from exitdesk.domain import (
    Consent,
    Meeting,
    MeetingMethod,
    MeetingMode,
    Note,
    Participant,
    party_by_id,
)
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

# What ``edit_participant`` may change; the lifecycle has its own use case.
EDITABLE_PARTICIPANT_FIELDS = frozenset(
    {"alias", "legal_name", "birth_year", "contact", "institution", "release_date", "parties"}
)
EDITABLE_MEETING_FIELDS = frozenset({"on", "mode", "method", "summary", "next_steps"})


def known_parties(party_ids: Iterable[str]) -> frozenset[str]:
    """The ids, each checked against the presets (an unknown one names the valid ids)."""
    return frozenset(party_by_id(p).id for p in party_ids)


# -- participants ----------------------------------------------------------------------------
def edit_participant(
    session: Session, participant_id: int, changes: Mapping[str, object]
) -> Participant:
    """Change some of a participant's details or chosen parties; the rest stays as it is.
    Every rule of the model is checked again on the edited whole."""
    unknown = set(changes) - EDITABLE_PARTICIPANT_FIELDS
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    if not changes:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "nothing to change: give at least one field"))
    current = session.participant(participant_id)
    values = {**current.model_dump(), **changes}
    if "parties" in changes:
        parties = known_parties(changes["parties"])  # type: ignore[arg-type]
        if not parties:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "a participant works with at least one party")
            )
        values["parties"] = parties
    return session.update_participant(Participant.model_validate(values))


# -- notes -----------------------------------------------------------------------------------
def notes(session: Session, participant_id: int) -> list[Note]:
    with reading(session) as repos:
        require_participant(repos, participant_id)
        return repos.notes.list_for_participant(participant_id)


def delete_note(session: Session, note_id: int) -> None:
    with writing(session) as repos:
        note = repos.notes.get(note_id)
        if note is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no note {note_id} in this vault"),
                note_id=note_id,
            )
        repos.notes.delete(note_id)
        audit(session, repos, "note.delete", str(note.uid))


# -- meetings --------------------------------------------------------------------------------
def meetings(session: Session, participant_id: int) -> list[Meeting]:
    with reading(session) as repos:
        require_participant(repos, participant_id)
        return repos.meetings.list_for_participant(participant_id)


def add_meeting(
    session: Session,
    participant_id: int,
    on: date,
    *,
    mode: MeetingMode = MeetingMode.IN_PERSON,
    method: MeetingMethod = MeetingMethod.DIALOGICAL,
    summary: str = "",
    next_steps: str = "",
) -> Meeting:
    meeting = Meeting(
        participant_id=participant_id,
        on=on,
        mode=mode,
        method=method,
        summary=summary,
        next_steps=next_steps,
    )
    # Through the session: it applies the data policy and the enquiry rule.
    return session.add_meeting(meeting)


def _meeting_or_fail(session: Session, meeting_id: int) -> Meeting:
    with reading(session) as repos:
        found = repos.meetings.get(meeting_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no meeting {meeting_id} in this vault"),
            meeting_id=meeting_id,
        )
    return found


def update_meeting(session: Session, meeting_id: int, changes: Mapping[str, object]) -> Meeting:
    """Change some fields of a recorded meeting; the model's rules are checked again."""
    unknown = set(changes) - EDITABLE_MEETING_FIELDS
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    if not changes:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "nothing to change: give at least one field"))
    current = _meeting_or_fail(session, meeting_id)
    edited = Meeting.model_validate({**current.model_dump(), **changes})
    with writing(session) as repos:
        check_meeting(policy_in(repos.conn, session.worker.party_id), edited)
        saved = repos.meetings.update(edited)
        audit(session, repos, "meeting.update", str(saved.uid))
    return saved


def delete_meeting(session: Session, meeting_id: int) -> Meeting:
    current = _meeting_or_fail(session, meeting_id)
    with writing(session) as repos:
        repos.meetings.delete(meeting_id)
        audit(session, repos, "meeting.delete", str(current.uid))
    return current


# -- consents --------------------------------------------------------------------------------
def consents(session: Session, participant_id: int) -> list[Consent]:
    with reading(session) as repos:
        require_participant(repos, participant_id)
        return repos.consents.list_for_participant(participant_id)


def consent(session: Session, consent_id: int) -> Consent:
    with reading(session) as repos:
        found = repos.consents.get(consent_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no consent {consent_id} in this vault"),
            consent_id=consent_id,
        )
    return found


def consent_state(found: Consent, now: datetime) -> str:
    """One word for where a consent stands: withdrawn, expired, not yet valid or live."""
    if found.withdrawn_at is not None:
        return "withdrawn"
    if now >= found.valid_until:
        return "expired"
    if now < found.valid_from:
        return "pending"
    return "live"
