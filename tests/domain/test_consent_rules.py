"""Consent scope: live, naming the recipient, covering the category; minors need a guardian."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from exitdesk.domain import (
    Consent,
    ConsentMethod,
    ConsentRecipient,
    ConsentScopeError,
    DataCategory,
    DomainError,
    FixedClock,
    Participant,
    validate_new_consent,
)

START = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
AGGREDI_WORKER = "a" * 64


def _consent(participant: Participant, **changes: object) -> Consent:
    values: dict[str, object] = {
        "id": 7,
        "participant_uid": participant.uid,
        "recipients": (
            ConsentRecipient(
                party_id="fi-aggredi", contact_fingerprint=AGGREDI_WORKER, label="Aggredi"
            ),
        ),
        "categories": frozenset({DataCategory.IDENTITY, DataCategory.PLAN}),
        "purpose": "continuing support after release",
        "valid_from": START,
        "valid_until": START + timedelta(days=90),
        "method": ConsentMethod.PAPER_FORM,
        "recorded_by": "Worker",
        "recorded_at": START,
    }
    values.update(changes)
    return Consent.model_validate(values)


def test_live_consent_releases_covered_category_to_named_contact() -> None:
    clock = FixedClock(START + timedelta(days=1))
    consent = _consent(Participant(alias="Kettu"))
    consent.check_release(DataCategory.PLAN, "fi-aggredi", AGGREDI_WORKER, clock)


def test_uncovered_category_is_refused_with_the_reason_in_words() -> None:
    clock = FixedClock(START + timedelta(days=1))
    consent = _consent(Participant(alias="Kettu"))
    with pytest.raises(ConsentScopeError, match="consent 7 does not cover safety for Aggredi"):
        consent.check_release(DataCategory.SAFETY, "fi-aggredi", AGGREDI_WORKER, clock, "Aggredi")


def test_another_worker_of_the_same_party_is_not_named() -> None:
    clock = FixedClock(START + timedelta(days=1))
    consent = _consent(Participant(alias="Kettu"))
    with pytest.raises(ConsentScopeError, match="does not name"):
        consent.check_release(DataCategory.PLAN, "fi-aggredi", "b" * 64, clock)


def test_a_whole_party_recipient_covers_any_worker_of_it() -> None:
    clock = FixedClock(START + timedelta(days=1))
    consent = _consent(
        Participant(alias="Kettu"),
        recipients=(ConsentRecipient(party_id="fi-rise", label="Prison and Probation Service"),),
    )
    consent.check_release(DataCategory.IDENTITY, "fi-rise", "c" * 64, clock)
    with pytest.raises(ConsentScopeError):
        consent.check_release(DataCategory.IDENTITY, "fi-krp", "c" * 64, clock)


@pytest.mark.parametrize(
    ("when", "reason"),
    [(START - timedelta(seconds=1), "not valid yet"), (START + timedelta(days=90), "expired")],
)
def test_outside_the_validity_window_nothing_is_released(when: datetime, reason: str) -> None:
    consent = _consent(Participant(alias="Kettu"))
    with pytest.raises(ConsentScopeError, match=reason):
        consent.check_release(DataCategory.PLAN, "fi-aggredi", AGGREDI_WORKER, FixedClock(when))


def test_withdrawn_consent_releases_nothing_and_cannot_be_withdrawn_twice() -> None:
    clock = FixedClock(START + timedelta(days=2))
    withdrawn = _consent(Participant(alias="Kettu")).withdrawn(clock)
    assert not withdrawn.is_live(clock)
    with pytest.raises(ConsentScopeError, match="withdrawn"):
        withdrawn.check_release(DataCategory.PLAN, "fi-aggredi", AGGREDI_WORKER, clock)
    with pytest.raises(DomainError):
        withdrawn.withdrawn(clock)


def test_verbal_consent_needs_a_witness() -> None:
    with pytest.raises(ValidationError, match="witness"):
        _consent(Participant(alias="Kettu"), method=ConsentMethod.VERBAL_WITNESSED)
    _consent(
        Participant(alias="Kettu"), method=ConsentMethod.VERBAL_WITNESSED, witness="A. Virtanen"
    )


def test_a_minor_needs_guardian_or_social_services_co_consent() -> None:
    clock = FixedClock(datetime(2026, 6, 1, tzinfo=UTC))
    minor = Participant(alias="Nuori", birth_year=2009, parties=frozenset({"fi-aggredi"}))  # 17
    assert minor.is_minor(clock)
    with pytest.raises(DomainError, match="guardian"):
        validate_new_consent(_consent(minor), minor, clock)
    validate_new_consent(_consent(minor, guardian="Municipal social services"), minor, clock)


def test_turning_eighteen_this_year_still_counts_as_a_minor_until_next_year() -> None:
    p = Participant(alias="Raja", birth_year=2008)
    assert p.is_minor(FixedClock(datetime(2026, 12, 31, tzinfo=UTC)))
    assert not p.is_minor(FixedClock(datetime(2027, 1, 1, tzinfo=UTC)))
    assert not Participant(alias="Ei tiedossa").is_minor(FixedClock(START))


def test_consent_must_end_after_it_starts_and_belong_to_the_participant() -> None:
    p = Participant(alias="Kettu")
    with pytest.raises(ValidationError):
        _consent(p, valid_until=START)
    with pytest.raises(DomainError, match="another participant"):
        validate_new_consent(_consent(Participant(alias="Other")), p, FixedClock(START))
