"""The composition root: one context per unlocked vault, shared by every service, holding no
key material once the session is locked."""

from __future__ import annotations

import pytest

from exitdesk.exchange import parse_card_with_date
from exitdesk.vault import VaultLockedError
from tests.app.conftest import MakeParty


def test_the_services_share_one_context_and_forget_its_keys_on_lock(
    make_party: MakeParty,
) -> None:
    party = make_party("Aino", "fi-rise")
    session = party.session
    context = session.context
    assert session.exchange.identity() is context.identity
    assert session.clock is context.clock is context.options.clock
    card, _ = parse_card_with_date(session.exchange.my_card())
    assert card.fingerprint == context.identity.fingerprint
    session.lock()
    with pytest.raises(VaultLockedError):
        session.exchange.identity()
