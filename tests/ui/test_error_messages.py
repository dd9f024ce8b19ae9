"""The core's refusals reach the window in the reader's language, codes included."""

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
    FixedClock,
    LifecycleState,
    Participant,
    TransitionError,
)
from exitdesk.ui.i18n import Translations
from exitdesk.ui.widgets import user_message

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _scope_error() -> ConsentScopeError:
    consent = Consent(
        id=7,
        participant_uid=Participant(alias="Kettu").uid,
        recipients=(ConsentRecipient(party_id="fi-aggredi", label="Aggredi"),),
        categories=frozenset({DataCategory.IDENTITY}),
        purpose="support",
        valid_from=NOW,
        valid_until=NOW + timedelta(days=30),
        method=ConsentMethod.PAPER_FORM,
        recorded_by="Aino",
        recorded_at=NOW,
    )
    with pytest.raises(ConsentScopeError) as caught:
        consent.check_release(DataCategory.SAFETY, "fi-aggredi", None, FixedClock(NOW), "Bertta")
    return caught.value


def _transition_error() -> TransitionError:
    with pytest.raises(TransitionError) as caught:
        Participant(alias="Kettu").transition(LifecycleState.ACTIVE, FixedClock(NOW))
    return caught.value


def test_refusals_read_in_finnish_and_swedish(translations: Translations) -> None:
    scope, transition = _scope_error(), _transition_error()
    # The command line keeps the English sentence with the codes.
    assert str(scope) == "consent 7 does not cover safety for Bertta"
    assert str(transition) == "a participant cannot go from enquiry to active"

    translations.set_language("fi")
    assert (
        user_message(scope)
        == "suostumus 7 ei kata tietoryhmää turvallisuus vastaanottajalle Bertta"
    )
    assert user_message(transition) == (
        "osallistuja ei voi siirtyä vaiheesta yhteydenotto vaiheeseen aktiivinen"
    )
    translations.set_language("sv")
    assert "omfattar inte" in user_message(scope)
    assert "safety" not in user_message(scope)
    translations.set_language("en")
    assert user_message(scope) == "consent 7 does not cover safety for Bertta"


def test_validation_refusals_name_the_field_in_the_reader_s_language(
    translations: Translations,
) -> None:
    # pydantic's own wording ("Input should be ...") never reaches the window; the field is
    # named in the reader's language inside the translated sentence.
    with pytest.raises(ValidationError) as caught:
        Participant(alias="Kettu", legal_name="x" * 201)
    assert user_message(caught.value) == "the legal name can be at most 200 characters long"
    translations.set_language("fi")
    assert user_message(caught.value) == "virallinen nimi: pituus saa olla enintään 200 merkkiä"
    translations.set_language("sv")
    assert user_message(caught.value) == "det juridiska namnet får ha högst 200 tecken"
