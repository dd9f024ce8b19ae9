"""Finding 7: a card with a verified colleague's name and party but other keys is a new,
unverified contact; the verified keys stay in force until the new safety number is verified (or
the card carries a key change signed by the old key); a retirement can be undone."""

from __future__ import annotations

from pathlib import Path

import pytest

from exitdesk.app.errors import InputError
from exitdesk.app.exchange import ContactStatus
from exitdesk.domain import ConsentMethod, DataCategory, FixedClock
from exitdesk.exchange import Identity, UnknownSenderError, make_card
from tests.app.conftest import MakeParty, Party, befriend, rich_participant


def _bundle_from(sender: Party, to_contact: int, tmp_path: Path, name: str) -> bytes:
    p = rich_participant(sender)
    assert p.id is not None
    sender.exchange.grant_consent(
        p.id, contact_ids=[to_contact], categories=[DataCategory.IDENTITY, DataCategory.STATUS],
        purpose="continuing support", days=30, method=ConsentMethod.PAPER_FORM,
    )  # fmt: skip
    out = tmp_path / f"{name}.exitbundle"
    sender.exchange.export(p.id, to_contact, out)
    return out.read_bytes()


def _audit_actions(party: Party) -> list[str]:
    return [e.action for e in party.session.audit_entries()]


def test_a_card_with_a_verified_colleagues_name_and_new_keys_changes_nothing_in_force(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, a_at_b = befriend(a, b)
    impostor = Identity.generate("Bertta", "fi-krp")
    added = a.exchange.add_contact(make_card(impostor, clock))
    # The genuine colleague's bundles are still accepted and their keys still verified.
    result = a.exchange.import_bundle(_bundle_from(b, a_at_b, tmp_path, "from-b"))
    assert result.participant_id is not None
    genuine = a.exchange.contact(b_at_a)
    assert genuine.verified and genuine.fingerprint == b.session.context.identity.fingerprint
    assert added.contact.id != b_at_a and not added.contact.verified
    assert added.status is ContactStatus.SAME_NAME_AND_PARTY
    assert added.contact.same_as is not None and added.contact.same_as.startswith(f"{b_at_a} ")
    assert not genuine.retired
    listed = {c.id: c for c in a.exchange.contacts()}
    assert listed[added.contact.id].same_as == added.contact.same_as
    assert "contact.add" in _audit_actions(a)


def test_verifying_the_new_keys_retires_the_old_and_a_restore_undoes_it(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, a_at_b = befriend(a, b)
    from_old = _bundle_from(b, a_at_b, tmp_path, "old")
    new_laptop = Identity.generate("Bertta", "fi-krp")  # the same worker, new keys
    new_at_a = a.exchange.add_contact(make_card(new_laptop, clock)).contact
    a.exchange.verify_contact(new_at_a.id, new_at_a.safety_number)
    old = a.exchange.contact(b_at_a)
    assert old.retired and not old.verified
    assert a.exchange.contact(new_at_a.id).verified
    with pytest.raises(UnknownSenderError):
        a.exchange.import_bundle(from_old)
    assert "contact.keys_retired" in _audit_actions(a)

    restored = a.exchange.restore_keys(b_at_a)
    assert restored.verified and not restored.retired
    again = a.exchange.contact(new_at_a.id)
    assert not again.verified and again.same_as is not None
    assert a.exchange.import_bundle(from_old).participant_id is not None
    assert "contact.restore_keys" in _audit_actions(a)
    with pytest.raises(InputError, match="nothing to restore"):
        a.exchange.restore_keys(b_at_a)


def test_a_key_change_signed_by_the_verified_old_key_takes_effect_and_a_forged_one_is_refused(
    make_party: MakeParty, clock: FixedClock
) -> None:
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, _ = befriend(a, b)
    old_key = b.session.context.identity
    forger = Identity.generate("Bertta", "fi-krp")
    forged = make_card(Identity.generate("Bertta", "fi-krp"), clock, replaces=forger)
    forged = forged.replace(forger.public.fingerprint, old_key.fingerprint)
    before = a.dump()
    with pytest.raises(InputError, match="not signed by the key you verified"):
        a.exchange.add_contact(forged)
    assert a.dump() == before

    replacement = Identity.generate("Bertta", "fi-krp")
    added = a.exchange.add_contact(make_card(replacement, clock, replaces=old_key))
    assert added.status is ContactStatus.KEYS_CHANGED
    assert added.contact.verified and added.contact.id != b_at_a
    assert a.exchange.contact(b_at_a).retired
