"""Read models for lists: what the participants table asks for and the slim row it gets back.
Small on purpose, so that a page of a 10,000-participant vault is cheap to build and to send."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Self
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, model_validator

from exitdesk.domain.clock import Clock
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import ADULT_AGE, LifecycleState
from exitdesk.domain.parties import ALL_PARTIES
from exitdesk.domain.safety import SafetyLevel

MAX_PAGE = 1000
MAX_SEARCH_CHARS = 200


class ParticipantSort(StrEnum):
    """Columns the list can be sorted by. Rows with no value (no legal name, no review date)
    come last in either direction, and ties are broken by id so pages never overlap."""

    ALIAS = "alias"
    LEGAL_NAME = "legal_name"
    BIRTH_YEAR = "birth_year"
    STATE = "state"
    SAFETY = "safety"
    NEXT_REVIEW = "next_review"
    UPDATED = "updated"


class ParticipantQuery(BaseModel):
    """One page of the participant list. Empty filters mean "no filter"; ``parties`` matches a
    participant working with any of the given parties; ``text`` is free text (any characters are
    safe: the vault turns it into a search for the words in it, each as a prefix)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(default="", max_length=MAX_SEARCH_CHARS)
    states: frozenset[LifecycleState] = frozenset()
    parties: frozenset[str] = frozenset()
    urgent_only: bool = False
    sort: ParticipantSort = ParticipantSort.ALIAS
    descending: bool = False
    offset: int = Field(default=0, ge=0)
    limit: int = Field(default=100, ge=1, le=MAX_PAGE)
    # Keyset paging: the rows after this participant in the query's order. Unlike an offset it
    # costs the same at any depth; a participant deleted in between ends the list.
    after_id: int | None = None

    @model_validator(mode="after")
    def _known_parties(self) -> Self:
        unknown = sorted(p for p in self.parties if p not in ALL_PARTIES)
        if unknown:
            raise ValueError(f"unknown party '{unknown[0]}'")
        if self.after_id is not None and self.offset:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Errors", "page either by offset or after a participant, not both"
                )
            )
        return self

    def after_row(self, row: ParticipantSummary) -> ParticipantQuery:
        """The next page: the same query continuing after ``row`` (keyset paging)."""
        return self.model_copy(update={"offset": 0, "after_id": row.id})

    def page(self, number: int) -> ParticipantQuery:
        """The same query at page ``number`` (0-based) of ``limit`` rows."""
        return self.model_copy(update={"offset": number * self.limit, "after_id": None})


class ParticipantSummary(BaseModel):
    """One row of the participant list."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    uid: UUID
    alias: str
    legal_name: str | None = None
    birth_year: int | None = None
    state: LifecycleState
    parties: tuple[str, ...] = ()
    urgent: bool = False
    safety_level: SafetyLevel | None = None
    next_review: date | None = None
    updated_at: datetime

    def is_minor(self, clock: Clock) -> bool:
        """Same rule as ``Participant.is_minor``: with only a birth year, err towards minor."""
        if self.birth_year is None:
            return False
        return clock().year - self.birth_year <= ADULT_AGE


class ParticipantPage(BaseModel):
    """The first page of a query with its totals, as one search refresh needs them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    total: int
    urgent: int
    rows: tuple[ParticipantSummary, ...]
