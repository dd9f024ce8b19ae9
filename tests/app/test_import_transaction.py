"""A bundle is opened and verified completely before the import opens its write transaction:
untrusted bytes are never worked on while the vault is locked for writing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from exitdesk.app.exchange import importing
from exitdesk.domain import DataCategory
from exitdesk.domain.views import ParticipantQuery
from tests.app.conftest import MakeParty, consented_case


def test_no_write_transaction_is_held_while_a_bundle_is_verified(
    make_party: MakeParty, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, b_at_a, _, p = consented_case(make_party, [DataCategory.IDENTITY, DataCategory.STATUS])
    assert p.id is not None
    bundle = tmp_path / "in.exitbundle"
    a.exchange.export(p.id, b_at_a, bundle)

    during: list[bool] = []
    real_open = importing.open_bundle

    def open_while_watching(*args: Any, **kwargs: Any) -> Any:
        with b.session.vault.reading() as conn:
            during.append(bool(conn.in_transaction))
        # Another use case can write while the bundle is being checked: nothing holds the
        # vault's write lock yet.
        b.session.add_participant("Kesken", birth_year=1988)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(importing, "open_bundle", open_while_watching)
    result = b.exchange.import_bundle(bundle.read_bytes())

    assert during == [False]
    assert result.participant_id is not None
    aliases = sorted(s.alias for s in b.session.summaries(ParticipantQuery()))
    assert aliases == ["Kesken", "Kettu"]


def test_a_sender_revoked_after_verification_is_refused_inside_the_transaction(
    make_party: MakeParty, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, b_at_a, a_at_b, p = consented_case(make_party, [DataCategory.IDENTITY])
    assert p.id is not None
    bundle = tmp_path / "in.exitbundle"
    a.exchange.export(p.id, b_at_a, bundle)
    real_verify = importing.open_and_verify

    def verify_then_revoke(*args: Any, **kwargs: Any) -> Any:
        verified = real_verify(*args, **kwargs)
        b.exchange.revoke_contact(a_at_b)
        return verified

    monkeypatch.setattr(importing, "open_and_verify", verify_then_revoke)
    before = b.session.count(ParticipantQuery())
    with pytest.raises(Exception, match="revoked or replaced"):
        b.exchange.import_bundle(bundle.read_bytes())
    assert b.session.count(ParticipantQuery()) == before
