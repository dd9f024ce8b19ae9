"""Translated display names for the domain's enums and small formatting helpers shared by the
participant tabs."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QDateEdit

from exitdesk.domain import (
    ALL_PARTIES,
    PRESETS,
    ConsentMethod,
    ConsentRecipient,
    DataCategory,
    LifecycleState,
    LifeDomain,
    MeetingMethod,
    MeetingMode,
    Party,
    PlanStatus,
    Relation,
    SafetyLevel,
    party_by_id,
)
from exitdesk.domain.display import shown
from exitdesk.domain.notes import NoteHint
from exitdesk.ui.dates import format_day


class DomainText(QObject):
    """One place for the words shown for enum values, so lupdate sees every one of them under
    this context and the tabs stay free of long mapping tables."""

    def state(self, value: LifecycleState) -> str:
        names = {
            LifecycleState.ENQUIRY: self.tr("Enquiry"),
            LifecycleState.ASSESSMENT: self.tr("Assessment"),
            LifecycleState.ACTIVE: self.tr("Active"),
            LifecycleState.AFTER_RELEASE: self.tr("After release"),
            LifecycleState.ENDED: self.tr("Ended"),
        }
        return names[value]

    def transition_action(self, to: LifecycleState) -> str:
        """The button text for moving a participant into ``to``, with a mnemonic."""
        names = {
            LifecycleState.ENQUIRY: self.tr("Back to en&quiry"),
            LifecycleState.ASSESSMENT: self.tr("Start &assessment"),
            LifecycleState.ACTIVE: self.tr("Start &active support"),
            LifecycleState.AFTER_RELEASE: self.tr("Continue &after release"),
            LifecycleState.ENDED: self.tr("En&d participation…"),
        }
        return names[to]

    def ended_by_participant(self) -> str:
        return self.tr("the participant")

    def domain(self, value: LifeDomain) -> str:
        names = {
            LifeDomain.HOUSING: self.tr("Housing"),
            LifeDomain.LIVELIHOOD: self.tr("Livelihood"),
            LifeDomain.RELATIONSHIPS: self.tr("Relationships"),
            LifeDomain.SUBSTANCE_USE: self.tr("Substance use"),
            LifeDomain.HEALTH: self.tr("Health"),
            LifeDomain.EDUCATION_WORK: self.tr("Education and work"),
            LifeDomain.IDENTITY: self.tr("Identity"),
            LifeDomain.SAFETY: self.tr("Safety"),
        }
        return names[value]

    def plan_status(self, value: PlanStatus) -> str:
        names = {
            PlanStatus.OPEN: self.tr("Open"),
            PlanStatus.IN_PROGRESS: self.tr("In progress"),
            PlanStatus.DONE: self.tr("Done"),
            PlanStatus.DROPPED: self.tr("Dropped"),
        }
        return names[value]

    def mode(self, value: MeetingMode) -> str:
        names = {
            MeetingMode.IN_PERSON: self.tr("In person"),
            MeetingMode.PHONE: self.tr("Phone"),
            MeetingMode.VIDEO: self.tr("Video"),
        }
        return names[value]

    def method(self, value: MeetingMethod) -> str:
        names = {
            MeetingMethod.DIALOGICAL: self.tr("Dialogical"),
            MeetingMethod.REFLECTIVE: self.tr("Reflective"),
            MeetingMethod.STRUCTURED: self.tr("Structured"),
            MeetingMethod.PRACTICAL: self.tr("Practical"),
            MeetingMethod.OTHER: self.tr("Other"),
        }
        return names[value]

    def level(self, value: SafetyLevel) -> str:
        names = {
            SafetyLevel.LOW: self.tr("Low"),
            SafetyLevel.MODERATE: self.tr("Moderate"),
            SafetyLevel.HIGH: self.tr("High"),
            SafetyLevel.CRITICAL: self.tr("Critical"),
        }
        return names[value]

    def relation(self, value: Relation) -> str:
        names = {
            Relation.PARTNER: self.tr("Partner"),
            Relation.CHILD: self.tr("Child"),
            Relation.PARENT: self.tr("Parent"),
            Relation.SIBLING: self.tr("Sibling"),
            Relation.OTHER_FAMILY: self.tr("Other family member"),
            Relation.FRIEND: self.tr("Friend"),
            Relation.OTHER: self.tr("Other close person"),
        }
        return names[value]

    def category(self, value: DataCategory) -> str:
        names = {
            DataCategory.IDENTITY: self.tr("Identity"),
            DataCategory.STATUS: self.tr("Status"),
            DataCategory.PLAN: self.tr("Support plan"),
            DataCategory.MEETINGS: self.tr("Meetings"),
            DataCategory.SAFETY: self.tr("Safety"),
        }
        return names[value]

    def consent_method(self, value: ConsentMethod) -> str:
        names = {
            ConsentMethod.PAPER_FORM: self.tr("Signed paper form"),
            ConsentMethod.ON_SCREEN: self.tr("Signed on screen"),
            ConsentMethod.VERBAL_WITNESSED: self.tr("Verbal, witnessed"),
        }
        return names[value]

    def note_hint(self, value: NoteHint) -> str:
        names = {
            NoteHint.OFFENCE_WORDS: self.tr(
                "This text may describe offences. The programme only supports leaving crime "
                "behind and gathers no intelligence: consider leaving such details out."
            ),
            NoteHint.THIRD_PARTY_NAMES: self.tr(
                "This text may name other people. Consider writing about the participant only, "
                "or describing others by their relation (e.g. 'a sibling')."
            ),
        }
        return names[value]

    def yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")


def contact_text(name: str, party_id: str) -> str:
    """A worker with their organisation, in the reader's language."""
    return f"{shown(name)} ({party_name(party_id)})"


def recipient_text(recipient: ConsentRecipient) -> str:
    """A consent recipient: the named worker, or the whole organisation in the reader's
    language (the stored label is English for whole-party recipients)."""
    if recipient.contact_fingerprint is not None:
        return contact_text(recipient.label, recipient.party_id)
    return party_name(recipient.party_id)


def party_name(party_id: str) -> str:
    """The organisation's official name in the reader's language (the presets carry English
    names, marked for the "Parties" catalogue)."""
    party = ALL_PARTIES.get(party_id)
    if party is None:
        return party_id
    return QCoreApplication.translate("Parties", party.name)


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    return format_day(day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def error_text(exc: BaseException) -> str:
    """One plain sentence from a domain, service or validation error. Pydantic's messages are
    reduced to the rule's own words; the rules are written to hold no personal data."""
    if isinstance(exc, ValidationError):
        errors = exc.errors()
        if errors:
            first = errors[0]
            message = str(first.get("msg", "")).removeprefix("Value error, ")
            field = ".".join(str(part) for part in first.get("loc", ()))
            return f"{field}: {message}" if field else message
    return str(exc) or type(exc).__name__


def preset_parties(worker_party_id: str) -> tuple[Party, ...]:
    """The parties of the worker's country: the choices for owners, recipients and who ended."""
    return PRESETS[party_by_id(worker_party_id).country]


def party_items(worker_party_id: str, extra: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(name, id) pairs for a party combo: the preset plus any already-chosen outsiders."""
    ids = [p.id for p in preset_parties(worker_party_id)]
    ids += sorted(i for i in extra if i not in ids)
    return [(party_name(i), i) for i in ids]


NO_DATE = QDate(2000, 1, 1)


def optional_date_edit(edit: QDateEdit, value: date | None, none_text: str) -> None:
    """Let a date edit also say "no date": its minimum stands for none and reads ``none_text``."""
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setDate(NO_DATE if value is None else to_qdate(value))


def optional_date(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else to_date(edit.date())
