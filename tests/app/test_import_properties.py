"""Property: whatever is done to a valid bundle's bytes, importing it either refuses with a
plain error and leaves the vault exactly as it was, or (only for the untouched file) imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exitdesk.app.errors import AppError
from exitdesk.domain import ConsentMethod, DataCategory, DomainError
from exitdesk.exchange import ExchangeError
from tests.app.conftest import MakeParty, Party, befriend, rich_participant


@pytest.fixture(scope="module")
def exchange_pair(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One sender, one receiver and one valid bundle, shared by every example (made once: vaults
    cost a key derivation each)."""
    from datetime import UTC, datetime

    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    from exitdesk.app.session import Options, create_vault
    from exitdesk.domain import FixedClock, Worker
    from exitdesk.vault import KdfParams

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    root = tmp_path_factory.mktemp("props")
    clock = FixedClock(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))

    def make(name: str, party_id: str) -> Party:
        new = create_vault(
            root / name,
            "correct horse battery staple",
            Worker(name=name, party_id=party_id),
            Options(kdf=KdfParams.FLOOR, clock=clock, use_keyring=False),
        )
        return Party(new.session, root / name)

    make_party: MakeParty = make
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-aggredi")
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a, meetings=2)
    assert p.id is not None
    a.exchange.grant_consent(
        p.id,
        contact_ids=[b_at_a],
        categories=list(DataCategory),
        purpose="support",
        days=30,
        method=ConsentMethod.PAPER_FORM,
    )
    out = Path(root / "good.exitbundle")
    a.exchange.export(p.id, b_at_a, out)
    yield b, out.read_bytes()
    a.session.lock()
    b.session.lock()
    keyring.set_keyring(previous)


mutations = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
    st.tuples(st.just("cut"), st.integers(min_value=0), st.just(0)),
    st.tuples(st.just("insert"), st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
    st.tuples(st.just("drop"), st.integers(min_value=0), st.just(0)),
)


def _mutate(data: bytes, how: tuple[str, int, int]) -> bytes:
    kind, where, value = how
    if not data:  # already cut to nothing: the empty file is itself the case to import
        return data
    at = where % len(data)
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ value]) + data[at + 1 :]
    if kind == "cut":
        return data[:at]
    if kind == "insert":
        return data[:at] + bytes([value]) + data[at:]
    return data[:at] + data[at + 1 :]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(how=st.lists(mutations, min_size=1, max_size=3))
def test_mutated_bundles_never_crash_and_never_partially_import(
    exchange_pair, how: list[tuple[str, int, int]]
) -> None:  # type: ignore[no-untyped-def]
    receiver, good = exchange_pair
    data = good
    for step in how:
        data = _mutate(data, step)
    if data == good:
        return
    before = receiver.dump()
    with pytest.raises((ExchangeError, AppError, DomainError)) as caught:
        receiver.exchange.import_bundle(data)
    assert "\n" not in str(caught.value)
    assert receiver.dump() == before
