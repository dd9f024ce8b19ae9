"""Authenticate before parsing (issue 9, finding 8): a reader parses nothing but the manifest
until the manifest's signature and every record's hash have been checked, and then parses
each record once. Proved by counting what reaches the JSON parser."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from bundle_helpers import case_container, case_records, resign, resolver, seal

from exitdesk.domain.clock import FixedClock
from exitdesk.exchange import (
    BadSignatureError,
    RecordHashMismatchError,
    UnknownSenderError,
    canonical,
    open_bundle,
    open_container,
)
from exitdesk.exchange.canonical import JsonObject
from exitdesk.exchange.container import Limits, encode_container, parse_container
from exitdesk.exchange.identity import Identity

# Records that are expensive or impossible to parse; none is what the manifest signed.
HOSTILE_RECORDS = {
    "nested a million deep": b"[" * (1024 * 1024 - 16),
    "an escape run never closed": b'{"a":"' + b'\\"' * 8192,
    "not JSON at all": b"\xff\xfe" * 1000,
    "valid JSON, not canonical": b'{ "alias" : "Harri" }',
}


class _Parses:
    """Every text handed to ``json.loads`` or to the canonical parser's kept decoder (the one
    every canonical text goes through) while it is installed."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str | bytes, **kwargs: Any) -> Any:
        self._seen(text)
        return _REAL_LOADS(text, **kwargs)

    def decode(self, text: str) -> Any:
        self._seen(text)
        return _REAL_DECODER.decode(text)

    def _seen(self, text: str | bytes) -> None:
        self.texts.append(text if isinstance(text, str) else text.decode("utf-8", "replace"))


_REAL_LOADS = json.loads
_REAL_DECODER = canonical._DECODER


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> _Parses:
    spy = _Parses()
    monkeypatch.setattr(json, "loads", spy)
    monkeypatch.setattr(canonical, "_DECODER", spy)
    return spy


def _manifest_text(inner: bytes) -> str:
    length = int.from_bytes(inner[10:14], "big")
    return inner[14 : 14 + length].decode("utf-8")


def _with_records(inner: bytes, records: list[bytes], signature: bytes | None = None) -> bytes:
    """The same manifest (so the same signed hashes) over other record bytes."""
    parsed = parse_container(inner, Limits())
    return encode_container(
        parsed.manifest_bytes,
        parsed.signature if signature is None else signature,
        records,
    )


@pytest.mark.parametrize("hostile", list(HOSTILE_RECORDS))
def test_a_record_whose_hash_does_not_match_is_refused_unparsed(
    rise: Identity, aggredi: Identity, clock: FixedClock, parses: _Parses, hostile: str
) -> None:
    inner = case_container(rise, [aggredi], clock)
    records = [r.data for r in case_records()]
    records[1] = HOSTILE_RECORDS[hostile]
    forged = seal(_with_records(inner, records), aggredi)
    parses.texts.clear()
    with pytest.raises(RecordHashMismatchError, match="changed after it was sent"):
        open_bundle(forged, aggredi, resolve_sender=resolver(rise), clock=clock)
    assert parses.texts == [_manifest_text(inner)]


@pytest.mark.parametrize("hostile", list(HOSTILE_RECORDS))
def test_a_bad_signature_is_refused_before_any_record_is_parsed(
    rise: Identity, aggredi: Identity, clock: FixedClock, parses: _Parses, hostile: str
) -> None:
    inner = case_container(rise, [aggredi], clock)
    records = [r.data for r in case_records()]
    records[1] = HOSTILE_RECORDS[hostile]

    def rehash(body: JsonObject) -> None:
        # The manifest names the hostile record's true hash, so only the signature stops it.
        entries = body["records"]
        assert isinstance(entries, list) and isinstance(entries[1], dict)
        entries[1]["sha256"] = hashlib.sha256(records[1]).hexdigest()

    forged = _with_records(resign(inner, rise, rehash, records), records, signature=bytes(64))
    parses.texts.clear()
    with pytest.raises(BadSignatureError, match="changed after it was sent"):
        open_container(forged, aggredi, resolve_sender=resolver(rise), clock=clock)
    assert parses.texts == [_manifest_text(forged)]


def test_an_unknown_sender_is_refused_before_any_record_is_parsed(
    rise: Identity, aggredi: Identity, police: Identity, clock: FixedClock, parses: _Parses
) -> None:
    inner = case_container(rise, [aggredi], clock)
    records = [r.data for r in case_records()]
    records[1] = HOSTILE_RECORDS["nested a million deep"]
    forged = _with_records(inner, records)
    parses.texts.clear()
    with pytest.raises(UnknownSenderError):
        open_container(forged, aggredi, resolve_sender=resolver(police), clock=clock)
    assert parses.texts == [_manifest_text(inner)]


def test_an_authentic_record_is_parsed_once_after_every_hash_is_checked(
    rise: Identity, aggredi: Identity, clock: FixedClock, parses: _Parses
) -> None:
    inner = case_container(rise, [aggredi], clock, meetings=3)
    record_texts = [r.data.decode("utf-8") for r in case_records(3)]
    parses.texts.clear()
    opened = open_container(inner, aggredi, resolve_sender=resolver(rise), clock=clock)
    for record in opened.records:
        record.object()
        record.object()
    assert parses.texts[0] == _manifest_text(inner)
    assert [t for t in parses.texts if t in record_texts] == record_texts
    assert [r.object() for r in opened.records] == [_REAL_LOADS(t) for t in record_texts]


def test_the_last_record_tampered_means_no_record_is_parsed(
    rise: Identity, aggredi: Identity, clock: FixedClock, parses: _Parses
) -> None:
    """Hashes are all compared before the first record is parsed, so an authentic record
    ahead of a tampered one is not parsed either."""
    inner = case_container(rise, [aggredi], clock, meetings=3)
    records = [r.data for r in case_records(3)]
    records[-1] = records[-1].replace(b'"', b"'", 1)
    forged = _with_records(inner, records)
    parses.texts.clear()
    with pytest.raises(RecordHashMismatchError):
        open_container(forged, aggredi, resolve_sender=resolver(rise), clock=clock)
    assert parses.texts == [_manifest_text(inner)]
