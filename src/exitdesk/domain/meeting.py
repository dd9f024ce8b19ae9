"""Meetings: always one participant and the worker (the programme works individually only)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field

from exitdesk.domain.participant import LongText


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class MeetingMethod(StrEnum):
    DIALOGICAL = "dialogical"
    REFLECTIVE = "reflective"
    STRUCTURED = "structured"
    PRACTICAL = "practical"
    OTHER = "other"


class Meeting(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int | None = None
    uid: UUID = Field(default_factory=uuid4)
    participant_id: int | None = None
    on: date
    mode: MeetingMode = MeetingMode.IN_PERSON
    method: MeetingMethod = MeetingMethod.DIALOGICAL
    summary: LongText = ""
    next_steps: LongText = ""
