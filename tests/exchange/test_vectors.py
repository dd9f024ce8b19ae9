"""The published vectors still match what the code produces, byte for byte."""

from __future__ import annotations

import hashlib

import pyrage
from bundle_helpers import resolver
from make_vectors import AGE_FILE, VECTORS, generate
from vector_keys import fixed_clock, fixed_identity

from exitdesk.exchange import BundleKind, open_bundle, open_container, parse_card
from exitdesk.exchange.container import BUNDLE_SIGNATURE_PREFIX


def test_regenerated_vectors_equal_the_committed_files() -> None:
    for name, data in generate().items():
        assert (VECTORS / name).read_bytes() == data, f"{name} differs; see make_vectors.py"


def test_committed_age_file_decrypts_to_the_inner_vector_and_opens() -> None:
    aggredi, rise = fixed_identity("aggredi"), fixed_identity("rise")
    age_file = (VECTORS / AGE_FILE).read_bytes()
    inner = (VECTORS / "case_transfer.inner.bin").read_bytes()
    assert pyrage.decrypt(age_file, [aggredi.age_identity]) == inner
    assert pyrage.decrypt(age_file, [rise.age_identity]) == inner
    opened = open_bundle(age_file, aggredi, resolve_sender=resolver(rise), clock=fixed_clock())
    assert opened.manifest.bundle_id == "00112233445566778899aabbccddeeff"


def test_vector_signature_verifies_over_the_documented_prefix() -> None:
    inner = (VECTORS / "case_transfer.inner.bin").read_bytes()
    assert inner[:8] == b"EXITDESK" and inner[8:10] == b"\x00\x01"
    length = int.from_bytes(inner[10:14], "big")
    manifest = inner[14 : 14 + length]
    signature = inner[14 + length : 14 + length + 64]
    rise = fixed_identity("rise")
    assert rise.public.verify(signature, BUNDLE_SIGNATURE_PREFIX + manifest)
    assert hashlib.sha256(manifest).hexdigest() != hashlib.sha256(b"").hexdigest()


def test_vector_card_parses() -> None:
    card = (VECTORS / "card_rise.txt").read_text(encoding="utf-8")
    assert parse_card(card) == fixed_identity("rise").public


def test_issue9_vectors_open_as_their_kinds_at_their_recipient() -> None:
    """The withdrawal notice, hand-over and hand-over acknowledgement of §7 open at their
    recipient with every check of §5.4, and say what the spec says they carry."""
    rise, aggredi = fixed_identity("rise"), fixed_identity("aggredi")
    known = resolver(rise, aggredi)
    clock = fixed_clock()
    notice = open_container(
        (VECTORS / "withdrawal_notice.inner.bin").read_bytes(), rise,
        resolve_sender=known, clock=clock,
    )  # fmt: skip
    assert notice.kind is BundleKind.WITHDRAWAL_NOTICE and notice.records == ()
    assert notice.withdrawal_signer == aggredi.public  # the receiver's worker signed it
    assert notice.consent_signer == rise.public  # the origin's consent, as it was sent
    assert notice.withdrawal is not None and notice.consent is not None
    assert notice.withdrawal.consent_uid == notice.consent.uid

    handover = open_container(
        (VECTORS / "case_handover.inner.bin").read_bytes(), aggredi,
        resolve_sender=known, clock=clock,
    )  # fmt: skip
    assert handover.kind is BundleKind.CASE_HANDOVER and len(handover.records) == 3
    ack = open_container(
        (VECTORS / "handover_ack.inner.bin").read_bytes(), rise,
        resolve_sender=known, clock=clock,
    )  # fmt: skip
    assert ack.kind is BundleKind.HANDOVER_ACK and ack.records == ()
    assert ack.manifest.base == handover.bundle_id and ack.consent is None
