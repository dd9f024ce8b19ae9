"""Helpers for bundle tests: a standard case bundle, and crafting containers that carry a
valid signature over whatever a test wants (to reach the checks after the signature)."""

from __future__ import annotations

from collections.abc import Callable

import pyrage
from vector_keys import (
    PARTICIPANT_UID,
    VECTOR_BUNDLE_ID,
    sample_consent,
    sample_meeting_records,
    sample_participant_record,
)

from exitdesk.domain.clock import Clock
from exitdesk.exchange import (
    BundleKind,
    BundleRecord,
    Limits,
    PublicIdentity,
    build_container,
    sign_consent,
)
from exitdesk.exchange.canonical import JsonObject, canonical_json
from exitdesk.exchange.container import BUNDLE_SIGNATURE_PREFIX, encode_container, parse_container
from exitdesk.exchange.identity import Identity


def case_records(meetings: int = 2) -> list[BundleRecord]:
    return [sample_participant_record(), *sample_meeting_records(meetings)]


def case_container(
    sender: Identity,
    recipients: list[Identity],
    clock: Clock,
    *,
    meetings: int = 2,
    bundle_id: str | None = VECTOR_BUNDLE_ID,
) -> bytes:
    publics = [r.public for r in recipients]
    consent = sign_consent(sample_consent(publics), sender)
    return build_container(
        sender,
        publics,
        BundleKind.CASE_TRANSFER,
        case_records(meetings),
        consent=consent,
        withdrawal=None,
        sequences={r.fingerprint: 1 for r in publics},
        participant_uid=PARTICIPANT_UID,
        clock=clock,
        bundle_id=bundle_id,
    )


def seal(inner: bytes, *to: Identity) -> bytes:
    """Age-encrypt arbitrary inner bytes, as anyone holding the plaintext could."""
    return pyrage.encrypt(inner, [i.age_identity.to_public() for i in to])


def resign(
    inner: bytes,
    signer: Identity,
    edit: Callable[[JsonObject], None] | None = None,
    records: list[bytes] | None = None,
) -> bytes:
    """Parse a valid container, let ``edit`` change its manifest JSON, sign it again."""
    parsed = parse_container(inner, Limits())
    body = parsed.manifest.to_json()
    if edit is not None:
        edit(body)
    manifest_bytes = canonical_json(body)
    signature = signer.sign(BUNDLE_SIGNATURE_PREFIX + manifest_bytes)
    return encode_container(
        manifest_bytes, signature, list(parsed.records if records is None else records)
    )


def resolver(*known: Identity) -> Callable[[str], PublicIdentity | None]:
    contacts = {i.fingerprint: i.public for i in known}
    return contacts.get
