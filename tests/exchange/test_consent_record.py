"""Signed consent and withdrawal records: round trips, and refusal when anything differs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from vector_keys import CONSENT_UID, PARTICIPANT_UID, VECTOR_TIME, sample_consent

from exitdesk.domain import ConsentMethod, ConsentRecipient
from exitdesk.domain.clock import FixedClock
from exitdesk.exchange import (
    RecordSignatureError,
    SignedConsent,
    SignedWithdrawal,
    Withdrawal,
    sign_consent,
    sign_withdrawal,
    verify_consent,
    verify_withdrawal,
)
from exitdesk.exchange.identity import Identity


def test_consent_round_trip_keeps_every_field(rise: Identity, aggredi: Identity) -> None:
    consent = sample_consent([aggredi.public])
    signed = sign_consent(consent, rise)
    assert signed.signer == rise.fingerprint
    assert verify_consent(signed, rise.public) == consent


def test_consent_with_guardian_and_party_recipient_round_trips(
    rise: Identity, aggredi: Identity
) -> None:
    whole_party = ConsentRecipient(party_id="fi-aggredi", label="Aggredi")
    consent = sample_consent([aggredi.public]).model_copy(
        update={
            "guardian": "Social services, Vantaa",
            "witness": None,
            "method": ConsentMethod.PAPER_FORM,
            "recipients": (whole_party,),
        }
    )
    assert verify_consent(sign_consent(consent, rise), rise.public) == consent


def test_consent_verified_with_another_key_is_refused(
    rise: Identity, aggredi: Identity, police: Identity
) -> None:
    signed = sign_consent(sample_consent([aggredi.public]), rise)
    with pytest.raises(RecordSignatureError):
        verify_consent(signed, police.public)
    # Claiming another signer does not help either.
    forged = SignedConsent(signed.payload, signed.signature, police.fingerprint)
    with pytest.raises(RecordSignatureError):
        verify_consent(forged, police.public)


def test_consent_payload_changed_is_refused(rise: Identity, aggredi: Identity) -> None:
    signed = sign_consent(sample_consent([aggredi.public]), rise)
    widened = signed.payload.replace(b'"identity"', b'"safety"')
    assert widened != signed.payload
    with pytest.raises(RecordSignatureError):
        verify_consent(SignedConsent(widened, signed.signature, signed.signer), rise.public)


def test_a_withdrawn_consent_cannot_be_signed(rise: Identity, aggredi: Identity) -> None:
    consent = sample_consent([aggredi.public]).withdrawn(FixedClock(VECTOR_TIME))
    with pytest.raises(ValueError, match="withdrawn"):
        sign_consent(consent, rise)


def test_withdrawal_round_trip_and_tamper(rise: Identity, aggredi: Identity) -> None:
    withdrawal = Withdrawal(CONSENT_UID, PARTICIPANT_UID, VECTOR_TIME, "Anna Virtanen")
    signed = sign_withdrawal(withdrawal, rise)
    assert verify_withdrawal(signed, rise.public) == withdrawal
    later = signed.payload.replace(b"2026-05-04", b"2026-06-04")
    with pytest.raises(RecordSignatureError):
        verify_withdrawal(SignedWithdrawal(later, signed.signature, signed.signer), rise.public)
    with pytest.raises(RecordSignatureError):
        verify_withdrawal(signed, aggredi.public)


def test_consent_signature_does_not_verify_as_withdrawal(rise: Identity, aggredi: Identity) -> None:
    """Domain separation: a signature made for one kind of record is useless for another."""
    signed = sign_consent(sample_consent([aggredi.public], valid_for=timedelta(days=3)), rise)
    with pytest.raises(RecordSignatureError):
        verify_withdrawal(
            SignedWithdrawal(signed.payload, signed.signature, signed.signer), rise.public
        )
