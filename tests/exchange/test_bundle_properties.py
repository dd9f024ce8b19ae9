"""Property-based tests: mutated bundles and containers are refused with a ``BundleError`` and
nothing else, and a mutated input never opens."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

import pytest
from bundle_helpers import case_container, resign, resolver, seal
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from vector_keys import VECTOR_TIME, fixed_identity

from exitdesk.domain.clock import FixedClock
from exitdesk.exchange import BundleError, Limits, open_bundle, open_container
from exitdesk.exchange.canonical import JsonObject
from exitdesk.exchange.container import parse_container

RISE = fixed_identity("rise")
AGGREDI = fixed_identity("aggredi")
CLOCK = FixedClock(VECTOR_TIME)
INNER = case_container(RISE, [AGGREDI], CLOCK, meetings=1)
BUNDLE = seal(INNER, RISE, AGGREDI)
RESOLVE = resolver(RISE)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["set", "insert", "delete", "truncate", "append"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete" and data:
            del data[pos : pos + draw(st.integers(1, 8))]
        elif op == "truncate":
            del data[pos:]
        else:
            data += draw(st.binary(min_size=1, max_size=8))
    result = bytes(data)
    assume(result != original)
    return result


def _must_be_refused(action: Any) -> None:
    with pytest.raises(BundleError):
        action()


@SETTINGS
@given(mutated(BUNDLE))
def test_mutated_bundle_files_never_open(data: bytes) -> None:
    _must_be_refused(lambda: open_bundle(data, AGGREDI, resolve_sender=RESOLVE, clock=CLOCK))


@SETTINGS
@given(mutated(INNER))
def test_mutated_inner_containers_never_open(inner: bytes) -> None:
    _must_be_refused(lambda: open_container(inner, AGGREDI, resolve_sender=RESOLVE, clock=CLOCK))


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_refused_cleanly(data: bytes) -> None:
    _must_be_refused(lambda: open_bundle(data, AGGREDI, resolve_sender=RESOLVE, clock=CLOCK))
    _must_be_refused(lambda: open_container(data, AGGREDI, resolve_sender=RESOLVE, clock=CLOCK))


json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53) + 1, 2**53 - 1),
    st.text(max_size=40),
    st.sampled_from(["", "case_update", "identity", "safety", "2026-05-04T09:30:00Z", "a" * 32]),
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text("abc_", max_size=6), inner),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


MANIFEST_PATHS = _paths(parse_container(INNER, Limits()).manifest.to_json())


@SETTINGS
@given(st.sampled_from(MANIFEST_PATHS), json_value)
def test_re_signed_manifest_edits_only_ever_raise_bundle_errors(
    path: tuple[Any, ...], replacement: Any
) -> None:
    """Even when the sender signs nonsense, the parser fails closed with a BundleError; the
    worker never sees a crash. (Some edits are harmless and open; that is fine here.)"""

    def edit(body: JsonObject) -> None:
        target: Any = body
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = replacement

    try:
        forged = resign(INNER, RISE, edit)
    except ValueError:
        return  # the replacement has no canonical form; nothing to send
    with contextlib.suppress(BundleError):
        open_container(forged, AGGREDI, resolve_sender=RESOLVE, clock=CLOCK)


def test_the_unmutated_inputs_do_open() -> None:
    """Guards the properties above: they would pass vacuously if the originals were bad."""
    assert open_bundle(BUNDLE, AGGREDI, resolve_sender=RESOLVE, clock=CLOCK).records
    assert open_container(INNER, AGGREDI, resolve_sender=RESOLVE, clock=CLOCK).records
    assert datetime(2026, 5, 4, 9, 30, tzinfo=UTC) == CLOCK()
