"""The repositories over one connection, as the use cases see them inside a transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from exitdesk.app.errors import NotFoundError
from exitdesk.domain import Clock, Participant
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.repositories import (
    ConsentRepository,
    GoalRepository,
    MeetingRepository,
    NoteRepository,
    ParticipantRepository,
    SafetyRepository,
)

Connection = Any


@dataclass(frozen=True)
class Repos:
    """The repositories over one connection, handed to a use case inside its transaction."""

    conn: Connection
    participants: ParticipantRepository
    notes: NoteRepository
    goals: GoalRepository
    meetings: MeetingRepository
    safety: SafetyRepository
    consents: ConsentRepository

    @classmethod
    def over(cls, conn: Connection, clock: Clock) -> Repos:
        return cls(
            conn=conn,
            participants=ParticipantRepository(conn, clock),
            notes=NoteRepository(conn, clock),
            goals=GoalRepository(conn, clock),
            meetings=MeetingRepository(conn, clock),
            safety=SafetyRepository(conn, clock),
            consents=ConsentRepository(conn, clock),
        )


def require_participant(repos: Repos, participant_id: int) -> Participant:
    """The participant, or a plain "not in this vault" error."""
    found = repos.participants.get(participant_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no participant {participant_id} in this vault"),
            participant_id=participant_id,
        )
    return found
