"""Safety comes first: assessment, persons at risk, security arrangements, review dates."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field

from exitdesk.domain.clock import Clock
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
    model_config = ConfigDict(frozen=True, extra="forbid")

    uid: UUID = Field(default_factory=uuid4)
    description: ShortText
    owner_party_id: str
    due: date | None = None
    done: bool = False


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
        today = clock().date()
        return tuple(
            a for a in self.arrangements if not a.done and a.due is not None and a.due < today
        )
