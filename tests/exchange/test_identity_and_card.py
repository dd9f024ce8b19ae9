"""Identities survive the vault round trip; cards parse only when exactly as signed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from exitdesk.domain.clock import FixedClock
from exitdesk.exchange.card import make_card, parse_card, parse_card_full, parse_card_with_date
from exitdesk.exchange.errors import CardError
from exitdesk.exchange.identity import Identity, PublicIdentity


def test_identity_round_trips_through_its_stored_secrets(rise: Identity) -> None:
    again = Identity.from_secrets(
        rise.name, rise.party_id, rise.signing_seed_bytes(), rise.age_secret_key()
    )
    assert again.public == rise.public
    assert rise.age_secret_key().startswith("AGE-SECRET-KEY-1")
    assert rise.public.age_recipient.startswith("age1")


def test_fingerprint_is_64_lowercase_hex(rise: Identity) -> None:
    fp = rise.fingerprint
    assert len(fp) == 64 and all(c in "0123456789abcdef" for c in fp)


def test_repr_never_shows_private_keys(rise: Identity) -> None:
    text = repr(rise)
    assert rise.age_secret_key() not in text
    assert rise.signing_seed_bytes().hex() not in text


def test_generated_identities_differ() -> None:
    a = Identity.generate("Anna", "fi-rise")
    b = Identity.generate("Anna", "fi-rise")
    assert a.fingerprint != b.fingerprint


def test_public_identity_refuses_unknown_party(rise: Identity) -> None:
    with pytest.raises(ValueError):
        PublicIdentity("X", "xx-nowhere", rise.public.signing_key, rise.public.age_recipient)


def test_card_round_trip(aggredi: Identity, clock: FixedClock) -> None:
    card = make_card(aggredi, clock)
    assert card.startswith("-----BEGIN EXITDESK CONTACT CARD-----\n")
    public, created = parse_card_with_date(card)
    assert public == aggredi.public
    assert created == clock()


def test_card_survives_mail_line_endings_and_blank_lines(rise: Identity, clock: FixedClock) -> None:
    card = make_card(rise, clock)
    assert parse_card("\r\n\r\n" + card.replace("\n", "\r\n") + "\r\n") == rise.public


def test_card_with_any_character_changed_is_refused(rise: Identity, clock: FixedClock) -> None:
    card = make_card(rise, clock)
    for i, ch in enumerate(card):
        if ch == "\n":
            continue
        replacement = "b" if ch != "b" else "c"
        with pytest.raises(CardError):
            parse_card(card[:i] + replacement + card[i + 1 :])


def test_card_with_swapped_keys_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    """Someone replaces the age key with their own: the self-signature no longer holds."""
    card = make_card(rise, clock)
    forged = card.replace(rise.public.age_recipient, aggredi.public.age_recipient)
    with pytest.raises(CardError, match="changed after it was signed"):
        parse_card(forged)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda c: "",
        lambda c: c.replace("Version: 1", "Version: 2"),
        lambda c: c.replace("Created:", "Created :"),
        lambda c: c + "Extra: line\n",
        lambda c: c.replace("Name:", "Nimi:"),
        lambda c: c.replace("\n", "\n\n"),
        lambda c: c * 2,
        lambda c: c + "x" * 5000,
        lambda c: "\n".join(line for line in c.split("\n") if not line.startswith("Fingerprint")),
    ],
)
def test_malformed_cards_are_refused_with_one_plain_line(
    mutate: object, rise: Identity, clock: FixedClock
) -> None:
    card = make_card(rise, clock)
    assert callable(mutate)
    with pytest.raises(CardError) as caught:
        parse_card(mutate(card))
    message = str(caught.value)
    assert "\n" not in message and rise.public.signing_key.hex() not in message


def test_a_key_change_line_is_signed_by_the_old_key_over_the_new_card() -> None:
    clock = FixedClock(datetime(2026, 11, 1, 12, 0, tzinfo=UTC))
    old, new = Identity.generate("Bertta", "fi-aggredi"), Identity.generate("Bertta", "fi-aggredi")
    text = make_card(new, clock, replaces=old)
    parsed = parse_card_full(text)
    assert parsed.public == new.public and parsed.key_change is not None
    assert parsed.key_change.old_fingerprint == old.fingerprint
    assert parsed.key_change.signed_by(old.public, new.public, parsed.created)
    other = Identity.generate("Bertta", "fi-aggredi")
    assert not parsed.key_change.signed_by(other.public, new.public, parsed.created)
    # The old key's signature does not carry over to another card of the same person.
    later = parse_card_full(make_card(new, FixedClock(datetime(2026, 11, 2, tzinfo=UTC))))
    assert not parsed.key_change.signed_by(old.public, new.public, later.created)
    assert parse_card_full(make_card(new, clock)).key_change is None
    with pytest.raises(CardError, match="unexpected line"):
        parse_card(text.replace("Key-Change: ", "Key-Change: zz"))
