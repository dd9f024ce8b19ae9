"""What a person types about a participant: one-line aliases, plausible birth years, and
validation problems as plain sentences that name the field in words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from exitdesk.domain import (
    DomainError,
    FixedClock,
    Goal,
    LifeDomain,
    Participant,
    ProgressRating,
    UnknownPartyError,
    check_birth_year,
    party_by_id,
)
from exitdesk.domain.validation import plain_validation_error

CLOCK = FixedClock(datetime(2026, 6, 1, tzinfo=UTC))


def _plain(**fields: object) -> str:
    with pytest.raises(ValidationError) as caught:
        Participant(**fields)  # type: ignore[arg-type]
    return str(plain_validation_error(caught.value))


@pytest.mark.parametrize("alias", ["   ", "\t", "\u00a0"])
def test_a_blank_alias_is_refused(alias: str) -> None:
    assert _plain(alias=alias) == "the alias cannot be blank"


@pytest.mark.parametrize("alias", ["Ket\ntu", "Kettu\r", "Ket\x00tu", "Ket\u202etu", "a\u2028b"])
def test_an_alias_with_a_line_break_or_control_character_is_refused(alias: str) -> None:
    assert _plain(alias=alias) == (
        "the alias must be one line, without line breaks or control characters"
    )


def test_ordinary_aliases_pass() -> None:
    for alias in ("Kettu", "Åsa-Märta", "K. 2", "Ö"):
        assert Participant(alias=alias).alias == alias


def test_a_birth_year_after_this_year_is_refused_by_the_clock() -> None:
    check_birth_year(2026, CLOCK)
    check_birth_year(None, CLOCK)
    with pytest.raises(DomainError) as caught:
        check_birth_year(2027, CLOCK)
    assert str(caught.value) == "the birth year cannot be later than this year (2026)"
    assert caught.value.template == "the birth year cannot be later than this year ({this_year})"


def test_validator_wording_is_never_raw() -> None:
    assert _plain(alias="x", birth_year=1899) == "the birth year must be 1900 or more"
    assert _plain(alias="x", birth_year=2101) == "the birth year must be 2100 or less"
    assert _plain(alias="") == "the alias cannot be empty"
    assert _plain(alias="x" * 201) == "the alias can be at most 200 characters long"
    assert _plain(alias="x", legal_name="") == "the legal name cannot be empty"
    with pytest.raises(ValidationError) as caught:
        ProgressRating(on=CLOCK().date(), score=11)
    assert str(plain_validation_error(caught.value)) == "the rating must be 10 or less"
    with pytest.raises(ValidationError) as caught:
        Goal(domain=LifeDomain.HOUSING, description="", owner_party_id="fi-rise")
    assert str(plain_validation_error(caught.value)) == "the description cannot be empty"
    with pytest.raises(ValidationError) as caught:
        Goal(domain="castle", description="x", owner_party_id="fi-rise")  # type: ignore[arg-type]
    assert str(plain_validation_error(caught.value)) == (
        "the life domain must be one of 'housing', 'livelihood', 'relationships', "
        "'substance_use', 'health', 'education_work', 'identity' or 'safety'"
    )


def test_an_unknown_party_names_the_valid_ids_and_is_still_a_key_error() -> None:
    with pytest.raises(UnknownPartyError) as caught:
        party_by_id("nowhere")
    assert isinstance(caught.value, KeyError) and isinstance(caught.value, DomainError)
    assert str(caught.value) == (
        "unknown party 'nowhere'; the valid ids are fi-aggredi, fi-krp, fi-rise, "
        "se-kriminalvarden, se-polisen, se-sis, se-socialstyrelsen, se-socialtjanst"
    )
