"""Consent and its withdrawal as signed records: canonical bytes signed by the witnessing
worker's key, so a receiving party can check what the participant agreed to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from pydantic import ValidationError

from exitdesk.domain.consent import Consent, ConsentRecipient, DataCategory
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange.canonical import (
    CanonicalJsonError,
    JsonObject,
    JsonValue,
    canonical_json,
    format_timestamp,
    parse_canonical_json,
    parse_timestamp,
)
from exitdesk.exchange.errors import RecordSignatureError
from exitdesk.exchange.identity import Identity, PublicIdentity, check_name

CONSENT_SIGNATURE_PREFIX = b"ExitDesk consent v1\x00"
WITHDRAWAL_SIGNATURE_PREFIX = b"ExitDesk consent withdrawal v1\x00"
MAX_RECORD_PAYLOAD_BYTES = 64 * 1024
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class SignedConsent:
    """Canonical JSON of a consent, the Ed25519 signature over prefix + payload, and the
    fingerprint of the worker who signed (witnessed) it."""

    payload: bytes
    signature: bytes
    signer: str

    def to_json(self) -> JsonObject:
        """The form embedded in a bundle manifest (payload as a JSON object)."""
        return _signed_to_json(self.payload, self.signature, self.signer)


@dataclass(frozen=True)
class Withdrawal:
    """The participant withdrew ``consent_uid`` at ``withdrawn_at``; ``recorded_by`` names the
    worker who recorded it (display only; the signature says who really signed)."""

    consent_uid: UUID
    participant_uid: UUID
    withdrawn_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class SignedWithdrawal:
    payload: bytes
    signature: bytes
    signer: str

    def to_json(self) -> JsonObject:
        return _signed_to_json(self.payload, self.signature, self.signer)


def _signed_to_json(payload: bytes, signature: bytes, signer: str) -> JsonObject:
    return {
        "payload": parse_canonical_json(payload),
        "signature": signature.hex(),
        "signer": signer,
    }


def consent_payload(consent: Consent) -> bytes:
    """The canonical bytes of a consent. Local database ids and ``withdrawn_at`` are left out:
    ids mean nothing to another vault, and a withdrawal is its own signed record."""
    recipients: list[JsonValue] = [
        {"contact_fingerprint": r.contact_fingerprint, "label": r.label, "party_id": r.party_id}
        for r in consent.recipients
    ]
    body: JsonObject = {
        "categories": sorted(c.value for c in consent.categories),
        "guardian": consent.guardian,
        "method": consent.method.value,
        "participant_uid": str(consent.participant_uid),
        "purpose": consent.purpose,
        "recipients": recipients,
        "recorded_at": format_timestamp(consent.recorded_at),
        "recorded_by": consent.recorded_by,
        "type": "consent",
        "uid": str(consent.uid),
        "valid_from": format_timestamp(consent.valid_from),
        "valid_until": format_timestamp(consent.valid_until),
        "version": 1,
        "witness": consent.witness,
    }
    return canonical_json(body)


def sign_consent(consent: Consent, identity: Identity) -> SignedConsent:
    """Sign ``consent`` with the witnessing worker's key. A withdrawn consent cannot be signed:
    its withdrawal travels as a ``SignedWithdrawal`` next to the consent signed earlier."""
    if consent.withdrawn_at is not None:
        raise ValueError(f"{consent.label()} was withdrawn and cannot be signed")
    payload = consent_payload(consent)
    signature = identity.sign(CONSENT_SIGNATURE_PREFIX + payload)
    return SignedConsent(payload, signature, identity.fingerprint)


_CONSENT_KEYS = frozenset(
    {
        "categories",
        "guardian",
        "method",
        "participant_uid",
        "purpose",
        "recipients",
        "recorded_at",
        "recorded_by",
        "type",
        "uid",
        "valid_from",
        "valid_until",
        "version",
        "witness",
    }
)
_RECIPIENT_KEYS = frozenset({"contact_fingerprint", "label", "party_id"})


def _object(value: JsonValue, keys: frozenset[str]) -> dict[str, JsonValue]:
    if not isinstance(value, dict) or set(value) != keys:
        raise ValueError("unexpected fields")
    return value


def _str(value: JsonValue) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value


def _opt_str(value: JsonValue) -> str | None:
    return None if value is None else _str(value)


def _uuid(value: JsonValue) -> UUID:
    text = _str(value)
    parsed = UUID(text)
    if str(parsed) != text:
        raise ValueError("not a canonical uuid")
    return parsed


def _check_signed(
    signer_public: PublicIdentity, signer: str, signature: bytes, message: bytes
) -> None:
    if signer != signer_public.fingerprint or not signer_public.verify(signature, message):
        raise RecordSignatureError(
            QT_TRANSLATE_NOOP("Errors", "the signature on this record does not match its signer")
        )


def verify_consent(signed: SignedConsent, signer_public: PublicIdentity) -> Consent:
    """The consent in ``signed`` once its signature by ``signer_public`` verifies and its payload
    is exactly canonical; ``RecordSignatureError`` otherwise. Liveness is the caller's check."""
    _check_signed(
        signer_public, signed.signer, signed.signature, CONSENT_SIGNATURE_PREFIX + signed.payload
    )
    return decode_consent_payload(signed.payload)


def decode_consent_payload(payload: bytes) -> Consent:
    """The consent in canonical ``payload`` WITHOUT checking any signature: only for the
    sender's own records at export time. ``RecordSignatureError`` if it does not parse."""
    if len(payload) > MAX_RECORD_PAYLOAD_BYTES:
        raise RecordSignatureError(QT_TRANSLATE_NOOP("Errors", "this consent record is too large"))
    try:
        body = _object(parse_canonical_json(payload), _CONSENT_KEYS)
        if body["type"] != "consent" or body["version"] != 1:
            raise ValueError("wrong type or version")
        raw_recipients = body["recipients"]
        raw_categories = body["categories"]
        if not isinstance(raw_recipients, list) or not isinstance(raw_categories, list):
            raise ValueError("expected lists")
        categories = [DataCategory(_str(c)) for c in raw_categories]
        if [c.value for c in categories] != sorted(set(c.value for c in categories)):
            raise ValueError("categories not sorted and unique")
        recipients = tuple(
            ConsentRecipient(
                party_id=_str(r["party_id"]),
                contact_fingerprint=_opt_str(r["contact_fingerprint"]),
                label=_str(r["label"]),
            )
            for r in (_object(item, _RECIPIENT_KEYS) for item in raw_recipients)
        )
        consent = Consent(
            uid=_uuid(body["uid"]),
            participant_uid=_uuid(body["participant_uid"]),
            recipients=recipients,
            categories=frozenset(categories),
            purpose=_str(body["purpose"]),
            valid_from=parse_timestamp(_str(body["valid_from"])),
            valid_until=parse_timestamp(_str(body["valid_until"])),
            method=_str(body["method"]),
            witness=_opt_str(body["witness"]),
            guardian=_opt_str(body["guardian"]),
            recorded_by=_str(body["recorded_by"]),
            recorded_at=parse_timestamp(_str(body["recorded_at"])),
        )
    except (ValueError, KeyError, TypeError, CanonicalJsonError, ValidationError):
        raise RecordSignatureError(
            QT_TRANSLATE_NOOP("Errors", "this consent record is damaged or of an unknown kind")
        ) from None
    if consent_payload(consent) != payload:
        raise RecordSignatureError(
            QT_TRANSLATE_NOOP("Errors", "this consent record is damaged or of an unknown kind")
        )
    return consent


def withdrawal_payload(withdrawal: Withdrawal) -> bytes:
    check_name(withdrawal.recorded_by)
    body: JsonObject = {
        "consent_uid": str(withdrawal.consent_uid),
        "participant_uid": str(withdrawal.participant_uid),
        "recorded_by": withdrawal.recorded_by,
        "type": "consent_withdrawal",
        "version": 1,
        "withdrawn_at": format_timestamp(withdrawal.withdrawn_at),
    }
    return canonical_json(body)


def sign_withdrawal(withdrawal: Withdrawal, identity: Identity) -> SignedWithdrawal:
    """Sign a withdrawal with the key of the worker who recorded it."""
    payload = withdrawal_payload(withdrawal)
    signature = identity.sign(WITHDRAWAL_SIGNATURE_PREFIX + payload)
    return SignedWithdrawal(payload, signature, identity.fingerprint)


_WITHDRAWAL_KEYS = frozenset(
    {"consent_uid", "participant_uid", "recorded_by", "type", "version", "withdrawn_at"}
)


def verify_withdrawal(signed: SignedWithdrawal, signer_public: PublicIdentity) -> Withdrawal:
    """The withdrawal in ``signed`` once its signature by ``signer_public`` verifies."""
    _check_signed(
        signer_public, signed.signer, signed.signature, WITHDRAWAL_SIGNATURE_PREFIX + signed.payload
    )
    if len(signed.payload) > MAX_RECORD_PAYLOAD_BYTES:
        raise RecordSignatureError(
            QT_TRANSLATE_NOOP("Errors", "this withdrawal record is too large")
        )
    try:
        body = _object(parse_canonical_json(signed.payload), _WITHDRAWAL_KEYS)
        if body["type"] != "consent_withdrawal" or body["version"] != 1:
            raise ValueError("wrong type or version")
        withdrawal = Withdrawal(
            consent_uid=_uuid(body["consent_uid"]),
            participant_uid=_uuid(body["participant_uid"]),
            withdrawn_at=parse_timestamp(_str(body["withdrawn_at"])),
            recorded_by=_str(body["recorded_by"]),
        )
        if withdrawal_payload(withdrawal) != signed.payload:
            raise ValueError("not canonical")
    except (ValueError, KeyError, TypeError, CanonicalJsonError):
        raise RecordSignatureError(
            QT_TRANSLATE_NOOP("Errors", "this withdrawal record is damaged or of an unknown kind")
        ) from None
    return withdrawal


def signed_from_json(value: JsonValue) -> tuple[bytes, bytes, str]:
    """Payload, signature and signer from the manifest's embedded form; ``ValueError`` if the
    shape is wrong."""
    if not isinstance(value, dict) or set(value) != {"payload", "signature", "signer"}:
        raise ValueError("unexpected fields")
    signature_hex = _str(value["signature"])
    signer = _str(value["signer"])
    if not re.fullmatch(r"[0-9a-f]{128}", signature_hex) or not _HEX64.match(signer):
        raise ValueError("bad signature or signer")
    if not isinstance(value["payload"], dict):
        raise ValueError("payload must be an object")
    return canonical_json(value["payload"]), bytes.fromhex(signature_hex), signer
