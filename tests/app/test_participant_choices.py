"""Finding 10: consent and export go only to parties the participant chose, the minor rule is
checked again at export against the birth year as it is now, and an unknown birth year needs the
worker's audited confirmation of an adult."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from exitdesk.domain import ConsentMethod, ConsentScopeError, DataCategory, FixedClock
from tests.app.conftest import MakeParty, Party, befriend


def _grant(a: Party, participant_id: int, contact_id: int, **extra: object) -> int:
    consent = a.exchange.grant_consent(
        participant_id,
        contact_ids=[contact_id],
        categories=[DataCategory.IDENTITY, DataCategory.STATUS],
        purpose="continuing support after release",
        days=30,
        method=ConsentMethod.PAPER_FORM,
        **extra,
    )
    assert consent.id is not None
    return consent.id


def test_consent_to_a_party_the_participant_did_not_choose_is_refused(
    make_party: MakeParty,
) -> None:
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-aggredi")
    b_at_a, _ = befriend(a, b)
    p = a.session.add_participant("Kettu", birth_year=1990, parties=frozenset({"fi-rise"}))
    assert p.id is not None
    before = a.dump()
    with pytest.raises(ConsentScopeError, match="has not chosen to work with Aggredi"):
        _grant(a, p.id, b_at_a)
    assert a.dump() == before


def test_export_is_refused_once_the_party_is_no_longer_chosen(
    make_party: MakeParty, tmp_path: Path
) -> None:
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-aggredi")
    b_at_a, _ = befriend(a, b)
    chosen = frozenset({"fi-rise", "fi-aggredi"})
    p = a.session.add_participant("Kettu", birth_year=1990, parties=chosen)
    assert p.id is not None
    _grant(a, p.id, b_at_a)
    a.session.update_participant(p.model_copy(update={"parties": frozenset({"fi-rise"})}))
    out = tmp_path / "x.exitbundle"
    with pytest.raises(ConsentScopeError, match="has not chosen to work with Aggredi"):
        a.exchange.export(p.id, b_at_a, out)
    assert not out.exists()


def test_a_birth_year_corrected_to_a_minor_is_refused_at_export_without_a_guardian(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-aggredi")
    b_at_a, _ = befriend(a, b)
    p = a.session.add_participant(
        "Nuori", birth_year=1990, parties=frozenset({"fi-rise", "fi-aggredi"})
    )
    assert p.id is not None
    _grant(a, p.id, b_at_a)
    now_year = a.session.clock().year
    corrected = a.session.participant(p.id).model_copy(update={"birth_year": now_year - 16})
    a.session.update_participant(corrected)
    out = tmp_path / "x.exitbundle"
    with pytest.raises(ConsentScopeError, match="under 18"):
        a.exchange.export(p.id, b_at_a, out)
    assert not out.exists()
    # A guardian's co-consent recorded afterwards lets it go.
    clock.advance(timedelta(minutes=1))
    _grant(a, p.id, b_at_a, guardian="Municipal social services")
    assert a.exchange.export(p.id, b_at_a, out).records >= 1


def test_an_unknown_birth_year_needs_the_workers_audited_confirmation(
    make_party: MakeParty, tmp_path: Path
) -> None:
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-aggredi")
    b_at_a, _ = befriend(a, b)
    p = a.session.add_participant("Kettu", parties=frozenset({"fi-rise", "fi-aggredi"}))
    assert p.id is not None
    before = a.dump()
    with pytest.raises(ConsentScopeError, match="birth year is unknown"):
        _grant(a, p.id, b_at_a)
    assert a.dump() == before
    consent_id = _grant(a, p.id, b_at_a, adult_confirmed=True)
    consent = next(c for c in a.session.consents(p.id) if c.id == consent_id)
    confirmed = a.session.audit_entries("consent.adult_confirmed")
    assert [e.subject for e in confirmed] == [str(consent.uid)]
    assert a.exchange.export(p.id, b_at_a, tmp_path / "x.exitbundle").records >= 1
