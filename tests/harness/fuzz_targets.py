"""Fuzz targets over everything ExitDesk parses from outside: the bundle container, its manifest
and records (canonical JSON), contact cards and the key-slot file. Each target takes raw bytes
and may only refuse them with the module's own plain error; anything else is a crash."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from exitdesk.exchange.canonical import CanonicalJsonError, parse_canonical_json
from exitdesk.exchange.card import parse_card
from exitdesk.exchange.container import Limits, parse_container
from exitdesk.exchange.errors import ExchangeError
from exitdesk.exchange.outer import inspect_without_keys
from exitdesk.vault.errors import VaultError
from exitdesk.vault.keyslots import parse_keyslots

LIMITS = Limits()


def container(data: bytes) -> None:
    with contextlib.suppress(ExchangeError):
        parse_container(data, LIMITS)


def record(data: bytes) -> None:
    """Records and the manifest are canonical JSON; the manifest's fields go through the
    container (``parse_container``), which is the only way a reader reaches them."""
    with contextlib.suppress(CanonicalJsonError):
        parse_canonical_json(data)


def card(data: bytes) -> None:
    with contextlib.suppress(ExchangeError):
        parse_card(data.decode("utf-8", errors="replace"))


def keyslots(data: bytes) -> None:
    with contextlib.suppress(VaultError):
        parse_keyslots(data)


def outer(data: bytes) -> None:
    info = inspect_without_keys(data)
    assert info.is_age == (info.problem is None)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "container": container,
    "record": record,
    "card": card,
    "keyslots": keyslots,
    "outer": outer,
}


def all_targets(data: bytes) -> None:
    """One input through every target."""
    for target in TARGETS.values():
        target(data)
