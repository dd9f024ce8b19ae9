"""Safety comes first: assessment, persons at risk, security arrangements, review dates."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Self
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field, model_validator

from exitdesk.domain.clock import Clock
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import LongText, ShortText


class SafetyLevel(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    CRITICAL = "critical"


class Relation(StrEnum):
    """How a person at risk is close to the participant. Names of third parties are not asked."""

    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER_FAMILY = "other_family"
    FRIEND = "friend"
    OTHER = "other"


class PersonAtRisk(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    relation: Relation
    note: ShortText | None = None


class SecurityArrangement(BaseModel):
    """One arrangement, followed from assessment to assessment under the same uid. It is open
    until it is done or closed (no longer needed); each has its own owner, due and review date.
    The description is optional because a minimal-record policy keeps no free text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    uid: UUID = Field(default_factory=uuid4)
    description: ShortText | None = None
    owner_party_id: str
    due: date | None = None
    review_on: date | None = None
    done: bool = False
    closed: bool = False

    @model_validator(mode="after")
    def _done_or_closed(self) -> Self:
        if self.done and self.closed:
            raise ValueError(
                QT_TRANSLATE_NOOP("Errors", "an arrangement is either done or closed, not both")
            )
        return self

    @property
    def is_open(self) -> bool:
        return not (self.done or self.closed)

    def review_overdue(self, clock: Clock) -> bool:
        return self.is_open and self.review_on is not None and self.review_on < clock().date()


class SafetyAssessment(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int | None = None
    uid: UUID = Field(default_factory=uuid4)
    participant_id: int | None = None
    assessed_on: date
    level: SafetyLevel
    persons_at_risk: tuple[PersonAtRisk, ...] = ()
    arrangements: tuple[SecurityArrangement, ...] = ()
    review_on: date | None = None
    urgent: bool = False
    summary: LongText = ""

    def review_overdue(self, clock: Clock) -> bool:
        return self.review_on is not None and self.review_on < clock().date()

    def overdue_arrangements(self, clock: Clock) -> tuple[SecurityArrangement, ...]:
        """Open arrangements past their due date or their own review date."""
        today = clock().date()
        return tuple(
            a
            for a in self.arrangements
            if a.is_open and ((a.due is not None and a.due < today) or a.review_overdue(clock))
        )

    def open_arrangements(self) -> tuple[SecurityArrangement, ...]:
        return tuple(a for a in self.arrangements if a.is_open)

    def next_review(self) -> date | None:
        """The earliest of the assessment's own review date and its open arrangements'."""
        dates = [a.review_on for a in self.open_arrangements() if a.review_on is not None]
        if self.review_on is not None:
            dates.append(self.review_on)
        return min(dates, default=None)

    def any_review_overdue(self, clock: Clock) -> bool:
        found = self.next_review()
        return found is not None and found < clock().date()

    def with_arrangement(self, arrangement: SecurityArrangement) -> SafetyAssessment:
        """This assessment with one arrangement (same uid) replaced."""
        if all(a.uid != arrangement.uid for a in self.arrangements):
            raise KeyError(str(arrangement.uid))
        replaced = tuple(arrangement if a.uid == arrangement.uid else a for a in self.arrangements)
        return self.model_copy(update={"arrangements": replaced})


def carry_forward(new: SafetyAssessment, previous: SafetyAssessment | None) -> SafetyAssessment:
    """A follow-up keeps every arrangement still open in the previous assessment: one the new
    assessment leaves out is carried as it stood (safety first: an arrangement ends by being
    marked done or closed, never by being forgotten)."""
    if previous is None:
        return new
    mentioned = {a.uid for a in new.arrangements}
    missing = tuple(a for a in previous.open_arrangements() if a.uid not in mentioned)
    if not missing:
        return new
    return new.model_copy(update={"arrangements": (*new.arrangements, *missing)})
