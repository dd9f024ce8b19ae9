"""Fixed identities and clock shared by the exchange tests."""

from __future__ import annotations

import pytest
from vector_keys import fixed_clock, fixed_identity

from exitdesk.domain.clock import FixedClock
from exitdesk.exchange.identity import Identity


@pytest.fixture(scope="session")
def rise() -> Identity:
    return fixed_identity("rise")


@pytest.fixture(scope="session")
def aggredi() -> Identity:
    return fixed_identity("aggredi")


@pytest.fixture(scope="session")
def police() -> Identity:
    return fixed_identity("police")


@pytest.fixture(scope="session")
def social() -> Identity:
    return fixed_identity("social")


@pytest.fixture
def clock() -> FixedClock:
    return fixed_clock()
