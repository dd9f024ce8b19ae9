"""Build and open bundles: an age v1 file around a signed container. Pure functions; every
stateful check (replay, sequence order, contact verification, local withdrawal) is the
caller's, from what ``OpenedBundle`` returns."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

import pyrage

from exitdesk.domain.clock import Clock
from exitdesk.domain.consent import Consent, DataCategory
from exitdesk.domain.errors import ConsentScopeError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange.consent_record import (
    SignedConsent,
    SignedWithdrawal,
    Withdrawal,
    decode_consent_payload,
    verify_consent,
    verify_withdrawal,
)
from exitdesk.exchange.container import (
    BUNDLE_SIGNATURE_PREFIX,
    CONSENT_GATED_KINDS,
    BundleKind,
    BundleRecord,
    Limits,
    Manifest,
    RecordEntry,
    authenticated_records,
    check_manifest_rules,
    encode_container,
    parse_manifest,
    read_frame,
)
from exitdesk.exchange.errors import (
    BadSignatureError,
    BundleTooLargeError,
    ConsentRefusedError,
    NotAddressedToYouError,
    NotAnAgeFileError,
    NotEncryptedForYouError,
    OutsideTimeWindowError,
    RecordSignatureError,
    UnknownSenderError,
    WithdrawalInvalidError,
)
from exitdesk.exchange.identity import Identity, PublicIdentity
from exitdesk.exchange.outer import AgeHeaderError, parse_age_header

DEFAULT_LIFETIME = timedelta(days=14)

ResolveContact = Callable[[str], PublicIdentity | None]


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle that passed every check this layer can make. ``sender`` is the contact that
    ``resolve_sender`` returned (the pinned key); ``manifest.sender`` is how the sender
    described itself inside the bundle. ``my_sequence`` is this bundle's number in the
    sender→me series, for the caller's replay and ordering checks."""

    manifest: Manifest
    sender: PublicIdentity
    records: tuple[BundleRecord, ...]
    consent: Consent | None
    consent_signer: PublicIdentity | None
    withdrawal: Withdrawal | None
    withdrawal_signer: PublicIdentity | None
    my_sequence: int

    @property
    def bundle_id(self) -> str:
        return self.manifest.bundle_id

    @property
    def kind(self) -> BundleKind:
        return self.manifest.kind


def new_bundle_id() -> str:
    """128 random bits as 32 lowercase hex digits."""
    return secrets.token_hex(16)


def _check_export_consent(
    consent: SignedConsent,
    recipients: list[PublicIdentity],
    records: list[BundleRecord],
    now: Clock,
) -> None:
    # A last line of defence at export: the services check first, but nothing leaves this
    # function that the receiving side would refuse for consent reasons.
    try:
        decoded = decode_consent_payload(consent.payload)
    except RecordSignatureError:
        raise ValueError("the consent record to send is damaged") from None
    categories = {r.category for r in records if r.category is not None} or set(decoded.categories)
    for recipient in recipients:
        for category in sorted(categories):
            decoded.check_release(
                category, recipient.party_id, recipient.fingerprint, now, recipient.name
            )


def build_container(
    sender: Identity,
    recipients: list[PublicIdentity],
    kind: BundleKind,
    records: list[BundleRecord],
    *,
    consent: SignedConsent | None,
    withdrawal: SignedWithdrawal | None,
    sequences: Mapping[str, int],
    participant_uid: UUID | None,
    clock: Clock,
    lifetime: timedelta = DEFAULT_LIFETIME,
    bundle_id: str | None = None,
    base: str | None = None,
    removed: tuple[str, ...] = (),
    not_before: datetime | None = None,
) -> bytes:
    """The signed inner container, deterministic for a given ``bundle_id`` and clock (for test
    vectors). ``ValueError`` (or the domain's ``ConsentScopeError``) for anything the format or
    the consent does not allow."""
    created = clock().replace(microsecond=0)
    start = created if not_before is None else not_before.replace(microsecond=0)
    manifest = Manifest(
        bundle_id=new_bundle_id() if bundle_id is None else bundle_id,
        kind=kind,
        created=created,
        not_before=start,
        expires=created + lifetime,
        sender=sender.public,
        recipients=tuple(sorted({r.fingerprint for r in recipients})),
        sequences=dict(sequences),
        participant_uid=participant_uid,
        base=base,
        removed=tuple(sorted(removed)),
        consent=consent,
        withdrawal=withdrawal,
        records=tuple(RecordEntry(r.id, r.type, r.category, r.sha256) for r in records),
    )
    check_manifest_rules(manifest)
    if consent is not None and kind in CONSENT_GATED_KINDS:
        _check_export_consent(consent, recipients, records, lambda: created)
    manifest_bytes = manifest.encode()
    signature = sender.sign(BUNDLE_SIGNATURE_PREFIX + manifest_bytes)
    return encode_container(manifest_bytes, signature, [r.data for r in records])


def encrypt_container(inner: bytes, sender: Identity, recipients: list[PublicIdentity]) -> bytes:
    """The age v1 file of ``inner`` for every recipient and the sender (to reopen its outbox)."""
    keys = sorted({r.age_recipient for r in recipients} | {sender.public.age_recipient})
    return pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(k) for k in keys])


def build_bundle(
    sender: Identity,
    recipients: list[PublicIdentity],
    kind: BundleKind,
    records: list[BundleRecord],
    *,
    consent: SignedConsent | None,
    withdrawal: SignedWithdrawal | None,
    sequences: Mapping[str, int],
    participant_uid: UUID | None,
    clock: Clock,
    lifetime: timedelta = DEFAULT_LIFETIME,
    bundle_id: str | None = None,
    base: str | None = None,
    removed: tuple[str, ...] = (),
    not_before: datetime | None = None,
) -> bytes:
    """The bundle file bytes (an age v1 file). See ``build_container`` for the arguments;
    ``sequences`` maps every recipient fingerprint to its next sequence number."""
    inner = build_container(
        sender,
        recipients,
        kind,
        records,
        consent=consent,
        withdrawal=withdrawal,
        sequences=sequences,
        participant_uid=participant_uid,
        clock=clock,
        lifetime=lifetime,
        bundle_id=bundle_id,
        base=base,
        removed=removed,
        not_before=not_before,
    )
    return encrypt_container(inner, sender, recipients)


def decrypt_bundle(data: bytes, me: Identity, limits: Limits | None = None) -> bytes:
    """Checks 1-3: size cap, a strictly well-formed age header, age decryption with ``me``."""
    limits = limits or Limits()
    if len(data) > limits.max_file_bytes:
        mib = limits.max_file_bytes // (1024 * 1024)
        raise BundleTooLargeError(
            QT_TRANSLATE_NOOP("Errors", "this file is larger than the {mib} MiB a bundle may be"),
            mib=mib,
        )
    if not data:
        raise NotAnAgeFileError(QT_TRANSLATE_NOOP("Errors", "this file is empty"))
    try:
        header = parse_age_header(data)
    except AgeHeaderError:
        raise NotAnAgeFileError(
            QT_TRANSLATE_NOOP("Errors", "this file is not an ExitDesk bundle (not an age file)")
        ) from None
    if header.x25519_stanzas == 0:
        raise NotEncryptedForYouError(
            QT_TRANSLATE_NOOP("Errors", "this bundle was not encrypted for you")
        )
    try:
        return pyrage.decrypt(data, [me.age_identity])
    except pyrage.DecryptError as error:
        if "No matching keys" in str(error):
            raise NotEncryptedForYouError(
                QT_TRANSLATE_NOOP("Errors", "this bundle was not encrypted for you")
            ) from None
        raise NotEncryptedForYouError(
            QT_TRANSLATE_NOOP("Errors", "this file was damaged or changed after it was sent")
        ) from None


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def open_container(
    inner: bytes,
    me: Identity,
    *,
    resolve_sender: ResolveContact,
    clock: Clock,
    limits: Limits | None = None,
) -> OpenedBundle:
    """Checks 4-13 on decrypted container bytes (what ``age -d`` prints). ``resolve_sender``
    maps a fingerprint to a contact's pinned public identity, or None; it is also asked for
    the signer of an embedded consent or withdrawal when that is neither sender nor ``me``."""
    limits = limits or Limits()
    # Untrusted bytes are read in this order, each step bounded: framing (lengths only), the
    # manifest (the one JSON text parsed before its signature, since it names the signer),
    # the signature, then the record hashes, and only then the records themselves.
    frame = read_frame(inner, limits)
    manifest = parse_manifest(frame, limits)

    sender = resolve_sender(manifest.sender.fingerprint)
    if sender is None or sender.fingerprint != manifest.sender.fingerprint:
        raise UnknownSenderError(
            QT_TRANSLATE_NOOP("Errors", "the sender is not among your contacts")
        )
    if not sender.verify(frame.signature, BUNDLE_SIGNATURE_PREFIX + frame.manifest_bytes):
        raise BadSignatureError(
            QT_TRANSLATE_NOOP("Errors", "this file was changed after it was sent")
        )

    if me.fingerprint not in manifest.recipients:
        raise NotAddressedToYouError(
            QT_TRANSLATE_NOOP("Errors", "this bundle was not addressed to you")
        )

    now = clock()
    if now < manifest.not_before:
        raise OutsideTimeWindowError(
            QT_TRANSLATE_NOOP("Errors", "this bundle is not valid until {when}"),
            when=_when(manifest.not_before),
        )
    if now > manifest.expires:
        raise OutsideTimeWindowError(
            QT_TRANSLATE_NOOP("Errors", "this bundle expired on {when}"),
            when=_when(manifest.expires),
        )

    records = authenticated_records(manifest, frame.records, limits)

    def signer_of(fingerprint: str) -> PublicIdentity | None:
        if fingerprint == sender.fingerprint:
            return sender
        if fingerprint == me.fingerprint:
            return me.public
        found = resolve_sender(fingerprint)
        return found if found is not None and found.fingerprint == fingerprint else None

    consent, consent_signer = _check_consent(manifest, me, signer_of, clock)
    withdrawal, withdrawal_signer = _check_withdrawal(manifest, consent, signer_of)
    return OpenedBundle(
        manifest=manifest,
        sender=sender,
        records=records,
        consent=consent,
        consent_signer=consent_signer,
        withdrawal=withdrawal,
        withdrawal_signer=withdrawal_signer,
        my_sequence=manifest.sequences[me.fingerprint],
    )


def _check_consent(
    manifest: Manifest,
    me: Identity,
    signer_of: ResolveContact,
    clock: Clock,
) -> tuple[Consent | None, PublicIdentity | None]:
    if manifest.consent is None:
        return None, None
    signer = signer_of(manifest.consent.signer)
    if signer is None:
        raise ConsentRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the consent in this bundle was signed by someone who is not among your contacts",
            )
        )
    try:
        consent = verify_consent(manifest.consent, signer)
    except RecordSignatureError:
        raise ConsentRefusedError(
            QT_TRANSLATE_NOOP("Errors", "the consent in this bundle was changed or is damaged")
        ) from None
    if consent.participant_uid != manifest.participant_uid:
        raise ConsentRefusedError(
            QT_TRANSLATE_NOOP("Errors", "the consent in this bundle is for another participant")
        )
    if manifest.kind in CONSENT_GATED_KINDS:
        categories: set[DataCategory] = {
            r.category for r in manifest.records if r.category is not None
        }
        # A bundle with no records still needs a live consent naming this recipient.
        for category in sorted(categories or {min(consent.categories)}):
            try:
                consent.check_release(category, me.party_id, me.fingerprint, clock, "you")
            except ConsentScopeError as error:
                raise ConsentRefusedError(
                    QT_TRANSLATE_NOOP("Errors", "the consent does not allow this bundle: {reason}"),
                    reason=str(error),
                ) from None
    return consent, signer


def _check_withdrawal(
    manifest: Manifest, consent: Consent | None, signer_of: ResolveContact
) -> tuple[Withdrawal | None, PublicIdentity | None]:
    if manifest.withdrawal is None:
        return None, None
    signer = signer_of(manifest.withdrawal.signer)
    if signer is None:
        raise WithdrawalInvalidError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the withdrawal in this bundle was signed by someone who is not among your contacts",  # noqa: E501
            )
        )
    try:
        withdrawal = verify_withdrawal(manifest.withdrawal, signer)
    except RecordSignatureError:
        raise WithdrawalInvalidError(
            QT_TRANSLATE_NOOP("Errors", "the withdrawal in this bundle was changed or is damaged")
        ) from None
    if withdrawal.participant_uid != manifest.participant_uid or (
        consent is not None and consent.uid != withdrawal.consent_uid
    ):
        raise WithdrawalInvalidError(
            QT_TRANSLATE_NOOP("Errors", "the withdrawal in this bundle does not match its consent")
        )
    return withdrawal, signer


def open_bundle(
    data: bytes,
    me: Identity,
    *,
    resolve_sender: ResolveContact,
    clock: Clock,
    limits: Limits | None = None,
) -> OpenedBundle:
    """Open and verify a bundle file, failing closed with a ``BundleError`` subclass whose
    message is one plain sentence. Checks, in order: size cap, age header, age decryption,
    container framing, manifest, sender known, signature, addressed to ``me``, time window,
    record hashes, records, consent (and withdrawal) signatures, liveness and scope."""
    inner = decrypt_bundle(data, me, limits)
    return open_container(inner, me, resolve_sender=resolve_sender, clock=clock, limits=limits)
