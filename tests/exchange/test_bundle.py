"""Bundles: what a receiving worker gets from a good file, and the plain refusal for each bad
input the exchange issue lists that this layer can decide."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from bundle_helpers import case_container, case_records, resign, resolver, seal
from vector_keys import (
    CONSENT_UID,
    PARTICIPANT_UID,
    sample_consent,
    sample_meeting_records,
)

from exitdesk.domain import ConsentScopeError, DataCategory
from exitdesk.domain.clock import FixedClock
from exitdesk.exchange import (
    BadSignatureError,
    BundleError,
    BundleKind,
    BundleRecord,
    BundleTooLargeError,
    ConsentRefusedError,
    LimitExceededError,
    Limits,
    MalformedBundleError,
    NotAddressedToYouError,
    NotAnAgeFileError,
    NotEncryptedForYouError,
    OutsideTimeWindowError,
    RecordHashMismatchError,
    RecordType,
    UnknownSenderError,
    UnsupportedVersionError,
    Withdrawal,
    WithdrawalInvalidError,
    build_bundle,
    decrypt_bundle,
    inspect_without_keys,
    make_card,
    open_bundle,
    open_container,
    sign_consent,
    sign_withdrawal,
)
from exitdesk.exchange.canonical import JsonObject
from exitdesk.exchange.identity import Identity


def _case_bundle(sender: Identity, to: list[Identity], clock: FixedClock, **kw: Any) -> bytes:
    return seal(case_container(sender, to, clock, **kw), sender, *to)


# ---- good files --------------------------------------------------------------------------------


def test_case_transfer_round_trip(rise: Identity, aggredi: Identity, clock: FixedClock) -> None:
    publics = [aggredi.public]
    records = case_records(3)
    data = build_bundle(
        rise,
        publics,
        BundleKind.CASE_TRANSFER,
        records,
        consent=sign_consent(sample_consent(publics), rise),
        withdrawal=None,
        sequences={aggredi.fingerprint: 7},
        participant_uid=PARTICIPANT_UID,
        clock=clock,
    )
    clock.advance(timedelta(days=2))
    opened = open_bundle(data, aggredi, resolve_sender=resolver(rise), clock=clock)
    assert opened.kind is BundleKind.CASE_TRANSFER
    assert opened.sender == rise.public
    assert opened.records == tuple(records)
    assert opened.records[0].object()["alias"] == "Harri"
    assert opened.consent is not None and opened.consent.uid == CONSENT_UID
    assert opened.consent_signer == rise.public
    assert opened.my_sequence == 7
    assert opened.manifest.recipients == (aggredi.fingerprint,)
    assert opened.manifest.expires - opened.manifest.created == timedelta(days=14)
    assert len(opened.bundle_id) == 32


def test_sender_can_reopen_its_outbox_copy(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    data = _case_bundle(rise, [aggredi], clock)
    assert decrypt_bundle(data, rise) == case_container(rise, [aggredi], clock)


def test_every_recipient_opens_a_multi_recipient_bundle(
    rise: Identity, aggredi: Identity, social: Identity, clock: FixedClock
) -> None:
    publics = [aggredi.public, social.public]
    data = build_bundle(
        rise,
        publics,
        BundleKind.CASE_TRANSFER,
        case_records(),
        consent=sign_consent(sample_consent(publics), rise),
        withdrawal=None,
        sequences={aggredi.fingerprint: 3, social.fingerprint: 1},
        participant_uid=PARTICIPANT_UID,
        clock=clock,
    )
    assert inspect_without_keys(data).recipient_stanzas == 3
    assert open_bundle(data, aggredi, resolve_sender=resolver(rise), clock=clock).my_sequence == 3
    assert open_bundle(data, social, resolve_sender=resolver(rise), clock=clock).my_sequence == 1


def test_case_update_carries_a_subset_a_base_and_removals(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    publics = [aggredi.public]
    changed = sample_meeting_records(1)
    removed = ("00000000-0000-0000-0000-000000000abc",)
    data = build_bundle(
        rise,
        publics,
        BundleKind.CASE_UPDATE,
        changed,
        consent=sign_consent(sample_consent(publics), rise),
        withdrawal=None,
        sequences={aggredi.fingerprint: 2},
        participant_uid=PARTICIPANT_UID,
        clock=clock,
        base="ab" * 16,
        removed=removed,
    )
    opened = open_bundle(data, aggredi, resolve_sender=resolver(rise), clock=clock)
    assert opened.manifest.base == "ab" * 16
    assert opened.manifest.removed == removed
    assert opened.records == tuple(changed)


def test_withdrawal_and_its_acknowledgement(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    consent = sign_consent(sample_consent([aggredi.public]), rise)
    withdrawal = sign_withdrawal(
        Withdrawal(CONSENT_UID, PARTICIPANT_UID, clock(), "Anna Virtanen"), rise
    )
    common: dict[str, Any] = {"participant_uid": PARTICIPANT_UID, "clock": clock}
    notice = build_bundle(
        rise,
        [aggredi.public],
        BundleKind.CONSENT_WITHDRAWAL,
        [],
        consent=consent,
        withdrawal=withdrawal,
        sequences={aggredi.fingerprint: 2},
        **common,
    )
    opened = open_bundle(notice, aggredi, resolve_sender=resolver(rise), clock=clock)
    assert opened.withdrawal is not None and opened.withdrawal.consent_uid == CONSENT_UID
    assert opened.records == ()

    ack = build_bundle(
        aggredi,
        [rise.public],
        BundleKind.WITHDRAWAL_ACK,
        [],
        consent=None,
        withdrawal=withdrawal,
        sequences={rise.fingerprint: 1},
        **common,
    )
    back = open_bundle(ack, rise, resolve_sender=resolver(aggredi), clock=clock)
    assert back.sender == aggredi.public
    assert back.withdrawal_signer == rise.public


def test_withdrawal_signed_by_a_stranger_is_refused(
    rise: Identity, aggredi: Identity, police: Identity, clock: FixedClock
) -> None:
    withdrawal = sign_withdrawal(
        Withdrawal(CONSENT_UID, PARTICIPANT_UID, clock(), "Someone Else"), police
    )
    data = build_bundle(
        rise,
        [aggredi.public],
        BundleKind.CONSENT_WITHDRAWAL,
        [],
        consent=sign_consent(sample_consent([aggredi.public]), rise),
        withdrawal=withdrawal,
        sequences={aggredi.fingerprint: 2},
        participant_uid=PARTICIPANT_UID,
        clock=clock,
    )
    with pytest.raises(WithdrawalInvalidError, match="not among your contacts"):
        open_bundle(data, aggredi, resolve_sender=resolver(rise), clock=clock)


def test_contact_card_bundle(rise: Identity, aggredi: Identity, clock: FixedClock) -> None:
    card = BundleRecord.from_object(
        "00000000-0000-0000-0000-000000000001",
        RecordType.CONTACT_CARD,
        None,
        {"card": make_card(rise, clock)},
    )
    data = build_bundle(
        rise,
        [aggredi.public],
        BundleKind.CONTACT_CARD,
        [card],
        consent=None,
        withdrawal=None,
        sequences={aggredi.fingerprint: 1},
        participant_uid=None,
        clock=clock,
    )
    opened = open_bundle(data, aggredi, resolve_sender=resolver(rise), clock=clock)
    assert opened.records[0].object()["card"] == make_card(rise, clock)


def test_outer_layer_names_nobody(rise: Identity, aggredi: Identity, clock: FixedClock) -> None:
    data = _case_bundle(rise, [aggredi], clock)
    info = inspect_without_keys(data)
    assert info.is_age and info.size == len(data) and info.recipient_stanzas == 2
    for secret_free in (rise.name, rise.fingerprint, aggredi.fingerprint, "Harri"):
        assert secret_free.encode() not in data


# ---- export refuses what the consent does not allow ---------------------------------------------


def test_export_refuses_a_recipient_the_consent_does_not_name(
    rise: Identity, aggredi: Identity, police: Identity, clock: FixedClock
) -> None:
    with pytest.raises(ConsentScopeError, match="does not name Kaisa Korhonen"):
        build_bundle(
            rise,
            [aggredi.public, police.public],
            BundleKind.CASE_TRANSFER,
            case_records(),
            consent=sign_consent(sample_consent([aggredi.public]), rise),
            withdrawal=None,
            sequences={aggredi.fingerprint: 1, police.fingerprint: 1},
            participant_uid=PARTICIPANT_UID,
            clock=clock,
        )


def test_export_refuses_a_category_the_consent_does_not_cover(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    safety = BundleRecord.from_object(
        "00000000-0000-0000-0000-00000000005a", RecordType.SAFETY, DataCategory.SAFETY, {"x": 1}
    )
    with pytest.raises(ConsentScopeError, match="does not cover safety"):
        build_bundle(
            rise,
            [aggredi.public],
            BundleKind.CASE_TRANSFER,
            [safety],
            consent=sign_consent(sample_consent([aggredi.public]), rise),
            withdrawal=None,
            sequences={aggredi.fingerprint: 1},
            participant_uid=PARTICIPANT_UID,
            clock=clock,
        )


@pytest.mark.parametrize("lifetime", [timedelta(days=31), timedelta(0)])
def test_export_refuses_lifetimes_outside_30_days(
    rise: Identity, aggredi: Identity, clock: FixedClock, lifetime: timedelta
) -> None:
    with pytest.raises(ValueError, match="valid"):
        build_bundle(
            rise,
            [aggredi.public],
            BundleKind.CASE_TRANSFER,
            case_records(),
            consent=sign_consent(sample_consent([aggredi.public]), rise),
            withdrawal=None,
            sequences={aggredi.fingerprint: 1},
            participant_uid=PARTICIPANT_UID,
            clock=clock,
            lifetime=lifetime,
        )


def test_records_with_fractions_or_deep_nesting_cannot_be_built() -> None:
    with pytest.raises(ValueError):
        BundleRecord.from_object(
            "00000000-0000-0000-0000-000000000001", RecordType.NOTE, None, {"x": 1.5}
        )
    deep: Any = 1
    for _ in range(20):
        deep = {"a": deep}
    with pytest.raises(ValueError):
        BundleRecord.from_object(
            "00000000-0000-0000-0000-000000000001", RecordType.NOTE, None, deep
        )


# ---- bad input: outer layer ---------------------------------------------------------------


def _refused(data: bytes, me: Identity, clock: FixedClock, *known: Identity) -> BundleError:
    with pytest.raises(BundleError) as caught:
        open_bundle(data, me, resolve_sender=resolver(*known), clock=clock)
    message = str(caught.value)
    assert "\n" not in message and "Harri" not in message and me.fingerprint not in message
    return caught.value


def test_any_single_byte_changed_anywhere_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    data = _case_bundle(rise, [aggredi], clock, meetings=1)
    for position in range(len(data)):
        for flip in (0x01, 0x80):
            changed = bytearray(data)
            changed[position] ^= flip
            _refused(bytes(changed), aggredi, clock, rise)


def test_truncated_at_any_point_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    data = _case_bundle(rise, [aggredi], clock, meetings=1)
    for length in range(len(data)):
        _refused(data[:length], aggredi, clock, rise)


def test_empty_and_non_age_files_are_refused(aggredi: Identity, clock: FixedClock) -> None:
    assert "empty" in str(_refused(b"", aggredi, clock))
    for junk in (b"PK\x03\x04 a zip file", b"age-encryption.org/v2\n", b"\x00" * 1000):
        assert isinstance(_refused(junk, aggredi, clock), NotAnAgeFileError)
    assert not inspect_without_keys(b"hello").is_age


def test_armoured_or_passphrase_age_files_are_refused(aggredi: Identity, clock: FixedClock) -> None:
    import pyrage

    armoured = pyrage.encrypt(b"x" * 100, [aggredi.age_identity.to_public()], armored=True)
    assert isinstance(_refused(armoured, aggredi, clock), NotAnAgeFileError)
    with_passphrase = pyrage.passphrase.encrypt(b"x" * 100, "secret")
    assert isinstance(_refused(with_passphrase, aggredi, clock), NotEncryptedForYouError)


def test_wrong_recipient_is_refused(
    rise: Identity, aggredi: Identity, police: Identity, clock: FixedClock
) -> None:
    data = _case_bundle(rise, [aggredi], clock)
    error = _refused(data, police, clock, rise)
    assert isinstance(error, NotEncryptedForYouError)
    assert str(error) == "this bundle was not encrypted for you"


def test_bundle_re_encrypted_by_a_recipient_to_a_third_party_is_refused(
    rise: Identity, aggredi: Identity, police: Identity, clock: FixedClock
) -> None:
    data = _case_bundle(rise, [aggredi], clock)
    inner = decrypt_bundle(data, aggredi)
    forwarded = seal(inner, police)
    error = _refused(forwarded, police, clock, rise)
    assert isinstance(error, NotAddressedToYouError)
    assert str(error) == "this bundle was not addressed to you"


def test_unknown_sender_is_refused(rise: Identity, aggredi: Identity, clock: FixedClock) -> None:
    data = _case_bundle(rise, [aggredi], clock)
    error = _refused(data, aggredi, clock)
    assert isinstance(error, UnknownSenderError)
    assert str(error) == "the sender is not among your contacts"


def test_a_contact_with_another_key_under_the_same_fingerprint_is_not_trusted(
    rise: Identity, aggredi: Identity, police: Identity, clock: FixedClock
) -> None:
    data = _case_bundle(rise, [aggredi], clock)
    with pytest.raises(UnknownSenderError):
        open_bundle(data, aggredi, resolve_sender=lambda fp: police.public, clock=clock)


def test_signed_by_someone_else_than_the_named_sender_is_refused(
    rise: Identity, aggredi: Identity, police: Identity, clock: FixedClock
) -> None:
    inner = resign(case_container(rise, [aggredi], clock), police)
    error = _refused(seal(inner, aggredi), aggredi, clock, rise, police)
    assert isinstance(error, BadSignatureError)
    assert str(error) == "this file was changed after it was sent"


def test_expired_and_not_yet_valid_are_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    data = _case_bundle(rise, [aggredi], clock)
    late = FixedClock(clock() + timedelta(days=14, seconds=1))
    error = _refused(data, aggredi, late, rise)
    assert isinstance(error, OutsideTimeWindowError)
    assert str(error) == "this bundle expired on 2026-05-18 09:30 UTC"
    early = FixedClock(clock() - timedelta(minutes=5))
    assert "not valid until" in str(_refused(data, aggredi, early, rise))


def test_consent_that_expired_before_opening_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    publics = [aggredi.public]
    data = build_bundle(
        rise,
        publics,
        BundleKind.CASE_TRANSFER,
        case_records(),
        consent=sign_consent(sample_consent(publics, valid_for=timedelta(days=2)), rise),
        withdrawal=None,
        sequences={aggredi.fingerprint: 1},
        participant_uid=PARTICIPANT_UID,
        clock=clock,
    )
    later = FixedClock(clock() + timedelta(days=3))
    error = _refused(data, aggredi, later, rise)
    assert isinstance(error, ConsentRefusedError)
    assert "has expired" in str(error)


def _edit_recipients_to(who: Identity) -> Any:
    def edit(body: JsonObject) -> None:
        body["recipients"] = [who.fingerprint]
        body["sequences"] = {who.fingerprint: 1}

    return edit


def test_consent_not_naming_this_recipient_is_refused(
    rise: Identity, aggredi: Identity, police: Identity, clock: FixedClock
) -> None:
    inner = resign(case_container(rise, [aggredi], clock), rise, _edit_recipients_to(police))
    error = _refused(seal(inner, police), police, clock, rise)
    assert isinstance(error, ConsentRefusedError)
    assert "does not name you" in str(error)


def test_consent_not_covering_a_record_category_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    def relabel(body: JsonObject) -> None:
        records = body["records"]
        assert isinstance(records, list) and isinstance(records[1], dict)
        records[1]["category"] = "safety"

    inner = resign(case_container(rise, [aggredi], clock), rise, relabel)
    error = _refused(seal(inner, aggredi), aggredi, clock, rise)
    assert isinstance(error, ConsentRefusedError)
    assert "does not cover safety" in str(error)


def test_consent_for_another_participant_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    def other_participant(body: JsonObject) -> None:
        body["participant_uid"] = "11111111-2222-4333-8444-555555555555"

    inner = resign(case_container(rise, [aggredi], clock), rise, other_participant)
    error = _refused(seal(inner, aggredi), aggredi, clock, rise)
    assert isinstance(error, ConsentRefusedError)


def test_consent_changed_inside_a_re_signed_bundle_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    """The sender (or anyone with a key) widens the consent: the witness signature fails."""

    def widen(body: JsonObject) -> None:
        consent = body["consent"]
        assert isinstance(consent, dict) and isinstance(consent["payload"], dict)
        consent["payload"]["categories"] = ["identity", "meetings", "safety", "status"]

    inner = resign(case_container(rise, [aggredi], clock), rise, widen)
    error = _refused(seal(inner, aggredi), aggredi, clock, rise)
    assert isinstance(error, ConsentRefusedError)
    assert "changed" in str(error)


def test_consent_signed_by_a_stranger_is_refused(
    rise: Identity, aggredi: Identity, police: Identity, clock: FixedClock
) -> None:
    consent = sign_consent(sample_consent([aggredi.public]), police)
    data = build_bundle(
        rise,
        [aggredi.public],
        BundleKind.CASE_TRANSFER,
        case_records(),
        consent=consent,
        withdrawal=None,
        sequences={aggredi.fingerprint: 1},
        participant_uid=PARTICIPANT_UID,
        clock=clock,
    )
    assert "not among your contacts" in str(_refused(data, aggredi, clock, rise))
    # Once the witnessing worker is a known contact, the same bundle opens.
    opened = open_bundle(data, aggredi, resolve_sender=resolver(rise, police), clock=clock)
    assert opened.consent_signer == police.public


def test_record_hash_mismatch_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    """A validly signed manifest whose record bytes were swapped for other valid records."""
    inner = case_container(rise, [aggredi], clock)
    other = [r.data for r in case_records()]
    other[1], other[2] = other[2], other[1]
    swapped = resign(inner, rise, records=other)
    error = _refused(seal(swapped, aggredi), aggredi, clock, rise)
    assert isinstance(error, RecordHashMismatchError)
    assert str(error) == "this file was changed after it was sent"


# ---- bad input: limits and versions -------------------------------------------------------------


def test_oversized_file_is_refused_before_decryption(aggredi: Identity, clock: FixedClock) -> None:
    huge = b"age-encryption.org/v1\n" + bytes(32 * 1024 * 1024)
    error = _refused(huge, aggredi, clock)
    assert isinstance(error, BundleTooLargeError)
    assert str(error) == "this file is larger than the 32 MiB a bundle may be"


def test_too_many_records_is_refused(rise: Identity, aggredi: Identity, clock: FixedClock) -> None:
    data = _case_bundle(rise, [aggredi], clock, meetings=10)
    with pytest.raises(LimitExceededError, match="more than 5 records"):
        open_bundle(
            data, aggredi, resolve_sender=resolver(rise), clock=clock, limits=Limits(max_records=5)
        )


def test_a_claimed_record_count_far_beyond_the_limit_is_refused_cheaply(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    inner = case_container(rise, [aggredi], clock)
    manifest_end = 14 + int.from_bytes(inner[10:14], "big") + 64
    forged = inner[:manifest_end] + (0xFFFFFFFF).to_bytes(4, "big") + inner[manifest_end + 4 :]
    assert isinstance(_refused(seal(forged, aggredi), aggredi, clock, rise), LimitExceededError)


@pytest.mark.parametrize("depth", [17, 100_000])
def test_over_deep_nesting_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock, depth: int
) -> None:
    """A record nested deeper than allowed, under a valid signature and hash."""
    deep = b'{"a":' * depth + b"1" + b"}" * depth
    inner = case_container(rise, [aggredi], clock)
    records = [r.data for r in case_records()]
    records[1] = deep

    def rehash(body: JsonObject) -> None:
        import hashlib

        entries = body["records"]
        assert isinstance(entries, list) and isinstance(entries[1], dict)
        entries[1]["sha256"] = hashlib.sha256(deep).hexdigest()

    forged = resign(inner, rise, rehash, records)
    error = _refused(seal(forged, aggredi), aggredi, clock, rise)
    assert isinstance(error, LimitExceededError)
    assert "nested deeper" in str(error)


def test_record_larger_than_the_limit_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    data = _case_bundle(rise, [aggredi], clock)
    with pytest.raises(LimitExceededError):
        open_bundle(
            data,
            aggredi,
            resolve_sender=resolver(rise),
            clock=clock,
            limits=Limits(max_record_bytes=100),
        )


def test_unknown_container_version_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    inner = case_container(rise, [aggredi], clock)
    newer = inner[:8] + (2).to_bytes(2, "big") + inner[10:]
    error = _refused(seal(newer, aggredi), aggredi, clock, rise)
    assert isinstance(error, UnsupportedVersionError)
    assert str(error) == "this bundle was made by a newer version of ExitDesk"


def test_unknown_manifest_format_or_field_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    inner = case_container(rise, [aggredi], clock)

    def newer(body: JsonObject) -> None:
        body["format"] = 2

    def extra(body: JsonObject) -> None:
        body["priority"] = "high"

    assert isinstance(
        _refused(seal(resign(inner, rise, newer), aggredi), aggredi, clock, rise),
        UnsupportedVersionError,
    )
    assert isinstance(
        _refused(seal(resign(inner, rise, extra), aggredi), aggredi, clock, rise),
        MalformedBundleError,
    )


def test_manifest_not_in_canonical_form_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    """The same content with a space added: still valid JSON, but not the one signed form."""
    from exitdesk.exchange.container import BUNDLE_SIGNATURE_PREFIX, encode_container

    inner = case_container(rise, [aggredi], clock)
    length = int.from_bytes(inner[10:14], "big")
    manifest = inner[14 : 14 + length].replace(b'{"base"', b'{ "base"', 1)
    signature = rise.sign(BUNDLE_SIGNATURE_PREFIX + manifest)
    records = [r.data for r in case_records()]
    forged = encode_container(manifest, signature, records)
    assert isinstance(_refused(seal(forged, aggredi), aggredi, clock, rise), MalformedBundleError)


# ---- the inner container, byte by byte -----------------------------------------------------------


def test_any_byte_of_the_inner_container_changed_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    inner = case_container(rise, [aggredi], clock, meetings=1)
    for position in range(len(inner)):
        changed = bytearray(inner)
        changed[position] ^= 0x20
        with pytest.raises(BundleError):
            open_container(bytes(changed), aggredi, resolve_sender=resolver(rise), clock=clock)


def test_inner_container_truncated_or_extended_is_refused(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    inner = case_container(rise, [aggredi], clock, meetings=1)
    for candidate in [inner[:n] for n in range(len(inner))] + [inner + b"\x00"]:
        with pytest.raises(BundleError):
            open_container(candidate, aggredi, resolve_sender=resolver(rise), clock=clock)


# ---- speed ------------------------------------------------------------------------------------


def test_200_meetings_build_and_open_quickly(
    rise: Identity, aggredi: Identity, clock: FixedClock
) -> None:
    publics = [aggredi.public]
    records = case_records(200)
    consent = sign_consent(sample_consent(publics), rise)
    started = time.perf_counter()
    data = build_bundle(
        rise,
        publics,
        BundleKind.CASE_TRANSFER,
        records,
        consent=consent,
        withdrawal=None,
        sequences={aggredi.fingerprint: 1},
        participant_uid=PARTICIPANT_UID,
        clock=clock,
    )
    built = time.perf_counter()
    opened = open_bundle(data, aggredi, resolve_sender=resolver(rise), clock=clock)
    done = time.perf_counter()
    assert len(opened.records) == 201
    print(
        f"200 meetings: {len(data)} bytes, build {1000 * (built - started):.1f} ms, "
        f"open {1000 * (done - built):.1f} ms"
    )
    assert done - started < 2.0
