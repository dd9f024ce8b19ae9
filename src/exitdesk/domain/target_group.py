"""The common target-group definition of Sweden's exit process (seed 004), recorded at
assessment: a child or adult who wants to leave organised crime and has been assessed to need
support and protection to do so. Active support needs both answers to be "yes"."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, model_validator

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.parties import ALL_PARTIES


class WantsToLeave(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_YET_CLEAR = "not_yet_clear"


class NeedsSupport(StrEnum):
    YES = "yes"
    NO = "no"


class TargetGroupAssessment(BaseModel):
    """The two questions, each with its date; the need for support is assessed by a party."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    wants_to_leave: WantsToLeave
    wants_to_leave_on: date
    needs_support: NeedsSupport | None = None
    needs_support_by: str | None = None
    needs_support_on: date | None = None

    @model_validator(mode="after")
    def _assessed_by_whom_and_when(self) -> Self:
        given = (self.needs_support, self.needs_support_by, self.needs_support_on)
        if any(v is not None for v in given) and any(v is None for v in given):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the need for support and protection is assessed by a party, on a date",
                )
            )
        if self.needs_support_by is not None and self.needs_support_by not in ALL_PARTIES:
            raise ValueError(f"unknown party '{self.needs_support_by}'")
        return self

    @property
    def in_target_group(self) -> bool:
        return self.wants_to_leave is WantsToLeave.YES and self.needs_support is NeedsSupport.YES
