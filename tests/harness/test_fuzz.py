"""Hypothesis over the parsers of outside data (2,000 examples per property; derandomised when
CI is set): random bytes and mutations of well-formed inputs are refused with a plain error,
never a crash. The same targets run for hours under ``tools/fuzz.py``."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from exitdesk.exchange.canonical import canonical_json
from exitdesk.exchange.container import encode_container
from tests.harness import fuzz_targets

# No "explain" phase: it traces every line and made a run several times slower.
EXAMPLES = settings(
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(alphabet=st.characters(max_codepoint=126), max_size=12), inner, max_size=4
        )
    ),
    max_leaves=8,
)
MANIFEST_KEYS = [
    "format",
    "version",
    "bundle_id",
    "kind",
    "created",
    "not_before",
    "expires",
    "sender",
    "recipients",
    "sequence",
    "consent",
    "records",
]
manifests = st.dictionaries(st.sampled_from(MANIFEST_KEYS), json_values, max_size=12)


def _mutate(data: bytes, flips: list[tuple[int, int]], cut: int | None) -> bytes:
    out = bytearray(data)
    for offset, bit in flips:
        if out:
            out[offset % len(out)] ^= 1 << bit
    return bytes(out[:cut] if cut is not None else out)


mutations = st.tuples(
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 7)), max_size=4),
    st.none() | st.integers(0, 10**6),
)


@EXAMPLES
@given(st.binary(max_size=512))
def test_any_bytes_through_every_parser(data: bytes) -> None:
    fuzz_targets.all_targets(data)


@EXAMPLES
@given(manifests, st.lists(json_values.map(lambda v: {"v": v}), max_size=3), mutations)
def test_containers_built_from_random_manifests_and_mutated(
    manifest: dict[str, object], records: list[dict[str, object]], mutation: tuple
) -> None:
    manifest_bytes = canonical_json(manifest)  # type: ignore[arg-type]
    inner = encode_container(manifest_bytes, b"s" * 64, [canonical_json(r) for r in records])  # type: ignore[arg-type]
    fuzz_targets.container(inner)
    fuzz_targets.container(_mutate(inner, *mutation))
    fuzz_targets.record(manifest_bytes)


@EXAMPLES
@given(json_values, mutations)
def test_records_in_canonical_json_mutated(value: object, mutation: tuple) -> None:
    data = canonical_json(value)  # type: ignore[arg-type]
    fuzz_targets.record(data)
    fuzz_targets.record(_mutate(data, *mutation))


CARD = (
    "-----BEGIN EXITDESK CONTACT CARD-----\n"
    "name: Aino\nparty: fi-rise\n"
    "-----END EXITDESK CONTACT CARD-----\n"
)


@EXAMPLES
@given(st.text(max_size=400), mutations)
def test_contact_cards_random_and_mutated(text: str, mutation: tuple) -> None:
    fuzz_targets.card(text.encode("utf-8", errors="replace"))
    fuzz_targets.card(_mutate((CARD + text).encode(), *mutation))


SLOTS = json.dumps(
    {"format": "exitdesk-keyslots", "version": 1, "vault_id": "0" * 32, "slots": []}
).encode()


@EXAMPLES
@given(json_values, mutations)
def test_key_slot_files_random_and_mutated(value: object, mutation: tuple) -> None:
    fuzz_targets.keyslots(json.dumps(value).encode())
    fuzz_targets.keyslots(_mutate(SLOTS, *mutation))
