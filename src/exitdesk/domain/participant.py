"""Participants, their lifecycle, and the rule that a minor is anyone possibly under 18."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Self
from uuid import UUID, uuid4

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from exitdesk.domain.clock import Clock
from exitdesk.domain.errors import DomainError, TransitionError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.parties import ALL_PARTIES

ShortText = Annotated[str, Field(min_length=1, max_length=200)]
LongText = Annotated[str, Field(max_length=20_000)]

ADULT_AGE = 18
EARLIEST_BIRTH_YEAR = 1900


def _one_visible_line(value: str) -> str:
    """An alias is what every list shows on one line: blank or multi-line ones break the list."""
    if not value.strip():
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "the alias cannot be blank"))
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Errors", "the alias must be one line, without line breaks or control characters"
            )
        )
    return value


Alias = Annotated[ShortText, AfterValidator(_one_visible_line)]


class LifecycleState(StrEnum):
    ENQUIRY = "enquiry"
    ASSESSMENT = "assessment"
    ACTIVE = "active"
    AFTER_RELEASE = "after_release"
    ENDED = "ended"


# Contact without commitment (enquiry) may end at once; anyone may end participation at any time.
ALLOWED_TRANSITIONS: dict[LifecycleState, frozenset[LifecycleState]] = {
    LifecycleState.ENQUIRY: frozenset({LifecycleState.ASSESSMENT, LifecycleState.ENDED}),
    LifecycleState.ASSESSMENT: frozenset({LifecycleState.ACTIVE, LifecycleState.ENDED}),
    LifecycleState.ACTIVE: frozenset({LifecycleState.AFTER_RELEASE, LifecycleState.ENDED}),
    LifecycleState.AFTER_RELEASE: frozenset({LifecycleState.ENDED}),
    LifecycleState.ENDED: frozenset(),
}


class ContactRoute(StrEnum):
    """How the worker reaches the person, without the details themselves (no number, no address):
    what an enquiry and a minimal-record vault may hold."""

    VIA_PARTY_WORKER = "via_party_worker"
    AT_INSTITUTION = "at_institution"
    PHONE = "phone"
    MESSAGE = "message"
    IN_PERSON = "in_person"


class EndedBy(BaseModel):
    """Who ended participation: the participant, or a named party. Deliberately no reason field
    that could carry penalties or allegations; the programme promises no repercussions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    participant: bool = False
    party_id: str | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        if self.participant == (self.party_id is not None):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Errors", "participation is ended either by the participant or by one party"
                )
            )
        if self.party_id is not None and self.party_id not in ALL_PARTIES:
            raise ValueError(f"unknown party '{self.party_id}'")
        return self


def check_birth_year(birth_year: int | None, clock: Clock) -> None:
    """A birth year after this year is a typing mistake; refuse it before it is saved."""
    this_year = clock().year
    if birth_year is not None and birth_year > this_year:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Errors", "the birth year cannot be later than this year ({this_year})"
            ),
            this_year=this_year,
        )


class LifecycleEvent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    state: LifecycleState
    at: datetime
    ended_by: EndedBy | None = None

    @model_validator(mode="after")
    def _ended_needs_who(self) -> Self:
        if (self.state is LifecycleState.ENDED) != (self.ended_by is not None):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Errors", "an ended participation, and only that, names who ended it"
                )
            )
        return self


class Participant(BaseModel):
    """A person taking part (or enquiring). There is no field for offences, by design."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int | None = None
    uid: UUID = Field(default_factory=uuid4)
    alias: Alias
    legal_name: ShortText | None = None
    # The upper bound is only a sanity cap; "not after this year" needs the clock, so the
    # services check it with ``check_birth_year``.
    birth_year: int | None = Field(default=None, ge=EARLIEST_BIRTH_YEAR, le=2100)
    contact: ShortText | None = None
    contact_route: ContactRoute | None = None
    institution: ShortText | None = None
    release_date: date | None = None
    parties: frozenset[str] = frozenset()
    state: LifecycleState = LifecycleState.ENQUIRY
    history: tuple[LifecycleEvent, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @model_validator(mode="after")
    def _known_parties(self) -> Self:
        unknown = sorted(p for p in self.parties if p not in ALL_PARTIES)
        if unknown:
            raise ValueError(f"unknown party '{unknown[0]}'")
        return self

    def is_minor(self, clock: Clock) -> bool:
        """True when the participant may be under 18. With only a birth year the exact age is
        unknown, so someone who turns 18 this year still counts as a minor until next year:
        consent rules err on the side of the guardian."""
        if self.birth_year is None:
            return False
        return clock().year - self.birth_year <= ADULT_AGE

    def transition(
        self, to: LifecycleState, clock: Clock, ended_by: EndedBy | None = None
    ) -> Participant:
        """The participant after a lifecycle change; ``TransitionError`` if the change is not
        allowed."""
        if to not in ALLOWED_TRANSITIONS[self.state]:
            raise TransitionError(
                QT_TRANSLATE_NOOP("Errors", "a participant cannot go from {current} to {target}"),
                # Enum members, not their codes: the English text is the same (a StrEnum
                # formats as its value) and the window can name them in the reader's language.
                current=self.state,
                target=to,
            )
        if to is LifecycleState.ENDED and ended_by is None:
            raise TransitionError(
                QT_TRANSLATE_NOOP(
                    "Errors", "say who ended the participation: the participant or a party"
                )
            )
        if to is not LifecycleState.ENDED and ended_by is not None:
            raise TransitionError(
                QT_TRANSLATE_NOOP("Errors", "only ending a participation names who ended it")
            )
        event = LifecycleEvent(state=to, at=clock(), ended_by=ended_by)
        return self.model_copy(update={"state": to, "history": (*self.history, event)})


class Note(BaseModel):
    """A free-text case note. Parties in minimal-record mode keep none; notes may expire."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int | None = None
    uid: UUID = Field(default_factory=uuid4)
    participant_id: int | None = None
    text: LongText = Field(min_length=1)
    created_at: datetime
    expires_at: datetime | None = None


class Worker(BaseModel):
    """The person who owns a vault."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: ShortText
    party_id: str

    @model_validator(mode="after")
    def _known_party(self) -> Self:
        if self.party_id not in ALL_PARTIES:
            raise ValueError(f"unknown party '{self.party_id}'")
        return self
