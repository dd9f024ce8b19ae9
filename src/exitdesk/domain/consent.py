"""Consent: what may go to whom, why, for how long, how it was given; and its scope checks."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Self
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field, model_validator

from exitdesk.domain.clock import Clock
from exitdesk.domain.errors import ConsentScopeError, DomainError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import LongText, Participant, ShortText
from exitdesk.domain.parties import ALL_PARTIES


class DataCategory(StrEnum):
    IDENTITY = "identity"
    STATUS = "status"
    PLAN = "plan"
    MEETINGS = "meetings"
    SAFETY = "safety"


class ConsentMethod(StrEnum):
    PAPER_FORM = "paper-form"
    ON_SCREEN = "on-screen"
    VERBAL_WITNESSED = "verbal-witnessed"


class ConsentRecipient(BaseModel):
    """Either one contact (a worker, pinned by the fingerprint of their signing key) or a whole
    party. ``label`` is only for display."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    party_id: str
    contact_fingerprint: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    label: ShortText

    @model_validator(mode="after")
    def _known_party(self) -> Self:
        if self.party_id not in ALL_PARTIES:
            raise ValueError(f"unknown party '{self.party_id}'")
        return self

    def names(self, party_id: str, contact_fingerprint: str | None) -> bool:
        if self.contact_fingerprint is None:
            return self.party_id == party_id
        return self.contact_fingerprint == contact_fingerprint


class Consent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int | None = None
    uid: UUID = Field(default_factory=uuid4)
    participant_id: int | None = None
    participant_uid: UUID
    recipients: tuple[ConsentRecipient, ...] = Field(min_length=1)
    categories: frozenset[DataCategory] = Field(min_length=1)
    purpose: LongText = Field(min_length=3)
    valid_from: datetime
    valid_until: datetime
    method: ConsentMethod
    witness: ShortText | None = None
    guardian: ShortText | None = None
    recorded_by: ShortText
    recorded_at: datetime
    withdrawn_at: datetime | None = None

    @model_validator(mode="after")
    def _sane(self) -> Self:
        if self.valid_until <= self.valid_from:
            raise ValueError(QT_TRANSLATE_NOOP("Errors", "a consent must end after it starts"))
        if self.method is ConsentMethod.VERBAL_WITNESSED and not self.witness:
            raise ValueError(
                QT_TRANSLATE_NOOP("Errors", "verbal consent needs the name of a witness")
            )
        return self

    def reference(self) -> str:
        """The consent's number in this vault, or the start of its uid before it has one."""
        return str(self.id) if self.id is not None else self.uid.hex[:8]

    def label(self) -> str:
        return f"consent {self.reference()}"

    def is_live(self, clock: Clock) -> bool:
        now = clock()
        return self.withdrawn_at is None and self.valid_from <= now < self.valid_until

    def check_release(
        self,
        category: DataCategory,
        party_id: str,
        contact_fingerprint: str | None,
        clock: Clock,
        recipient_label: str | None = None,
    ) -> None:
        """Raise ``ConsentScopeError`` unless this consent lets ``category`` go to the recipient
        now. The message names the consent, the category and the recipient, nothing personal."""
        who = recipient_label or ALL_PARTIES[party_id].name
        now = clock()
        if self.withdrawn_at is not None:
            raise ConsentScopeError(
                QT_TRANSLATE_NOOP("Errors", "consent {consent} was withdrawn"),
                consent=self.reference(),
            )
        if now < self.valid_from:
            raise ConsentScopeError(
                QT_TRANSLATE_NOOP("Errors", "consent {consent} is not valid yet"),
                consent=self.reference(),
            )
        if now >= self.valid_until:
            raise ConsentScopeError(
                QT_TRANSLATE_NOOP("Errors", "consent {consent} has expired"),
                consent=self.reference(),
            )
        if not any(r.names(party_id, contact_fingerprint) for r in self.recipients):
            raise ConsentScopeError(
                QT_TRANSLATE_NOOP("Errors", "consent {consent} does not name {who} as a recipient"),
                consent=self.reference(),
                who=who,
            )
        if category not in self.categories:
            raise ConsentScopeError(
                QT_TRANSLATE_NOOP(
                    "Errors", "consent {consent} does not cover {category} for {who}"
                ),
                consent=self.reference(),
                category=category,  # the member, so the window can translate it
                who=who,
            )

    def withdrawn(self, clock: Clock) -> Consent:
        if self.withdrawn_at is not None:
            raise DomainError(
                QT_TRANSLATE_NOOP("Errors", "consent {consent} was already withdrawn"),
                consent=self.reference(),
            )
        return self.model_copy(update={"withdrawn_at": clock()})


def validate_new_consent(
    consent: Consent, participant: Participant, clock: Clock, *, adult_confirmed: bool = False
) -> None:
    """Rules checked when a consent is recorded: it is the participant's, it names only parties
    the participant chose, and a minor's consent needs a guardian's or social services'
    co-consent."""
    if consent.participant_uid != participant.uid:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "the consent belongs to another participant"))
    check_participant_choices(consent, participant, clock, adult_confirmed=adult_confirmed)


def check_participant_choices(
    consent: Consent, participant: Participant, clock: Clock, *, adult_confirmed: bool
) -> None:
    """The participant's own choices, checked when a consent is recorded and again before
    anything leaves under it (the birth year may have been corrected since): every recipient is
    a party the participant chose to work with; a possible minor has a guardian's co-consent; an
    unknown birth year counts as adult only when the worker confirmed it."""
    for recipient in consent.recipients:
        if recipient.party_id not in participant.parties:
            raise ConsentScopeError(
                QT_TRANSLATE_NOOP("Errors", "the participant has not chosen to work with {party}"),
                party=ALL_PARTIES[recipient.party_id].name,
            )
    if consent.guardian:
        return
    if participant.birth_year is None:
        if not adult_confirmed:
            raise ConsentScopeError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the participant's birth year is unknown: record it, or confirm that they are an adult",  # noqa: E501
                )
            )
    elif participant.is_minor(clock):
        raise ConsentScopeError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the participant may be under 18: record the guardian's or social services' co-consent",  # noqa: E501
            )
        )
