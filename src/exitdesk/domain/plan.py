"""Support plans: goals by life domain, actions with an owner party, dated progress ratings."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field

from exitdesk.domain.participant import LongText, ShortText


class LifeDomain(StrEnum):
    HOUSING = "housing"
    LIVELIHOOD = "livelihood"
    RELATIONSHIPS = "relationships"
    SUBSTANCE_USE = "substance_use"
    HEALTH = "health"
    EDUCATION_WORK = "education_work"
    IDENTITY = "identity"
    SAFETY = "safety"


class PlanStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ProgressRating(BaseModel):
    """How far a goal has come, 0 (not started) to 10 (achieved), as agreed on a date."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: date
    score: int = Field(ge=0, le=10)


class PlanAction(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    uid: UUID = Field(default_factory=uuid4)
    description: ShortText
    owner_party_id: str
    status: PlanStatus = PlanStatus.OPEN
    due: date | None = None


class Goal(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int | None = None
    uid: UUID = Field(default_factory=uuid4)
    participant_id: int | None = None
    domain: LifeDomain
    description: LongText = Field(min_length=1)
    owner_party_id: str
    status: PlanStatus = PlanStatus.OPEN
    actions: tuple[PlanAction, ...] = ()
    ratings: tuple[ProgressRating, ...] = ()

    def latest_rating(self) -> ProgressRating | None:
        return max(self.ratings, key=lambda r: r.on, default=None)

    def rated(self, rating: ProgressRating) -> Goal:
        """The goal with a rating added; a second rating on the same day replaces the first."""
        kept = tuple(r for r in self.ratings if r.on != rating.on)
        ordered = tuple(sorted((*kept, rating), key=lambda r: r.on))
        return self.model_copy(update={"ratings": ordered})
