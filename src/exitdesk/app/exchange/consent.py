"""Consent for the exchange: recording and signing it, which consent an export travels under,
and the consent checks themselves — ``check_consent_at_export`` before anything leaves and
``check_consent_at_import`` before anything enters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError
from exitdesk.app.exchange.contacts import contact_or_fail, get_contact
from exitdesk.app.repos import Repos, require_participant
from exitdesk.domain import (
    Consent,
    ConsentMethod,
    ConsentRecipient,
    ConsentScopeError,
    DataCategory,
    Participant,
    check_participant_choices,
    party_by_id,
    validate_new_consent,
)
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleKind, OpenedBundle, SignedConsent, sign_consent
from exitdesk.vault import audit as audit_log
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import ContactRepository, StoredContact

ADULT_CONFIRMED = "consent.adult_confirmed"


def record_consent(ctx: Context, consent: Consent, *, adult_confirmed: bool = False) -> Consent:
    """Store a new consent signed by this worker's key as its witness, so a receiving party
    can check what the participant agreed to. ``adult_confirmed`` is the worker's word that a
    participant with no birth year is an adult; it is audited and checked again at export."""
    with ctx.vault.reading() as conn:
        participant = require_participant(Repos.over(conn, ctx.clock), consent.participant_id or 0)
    # Signed records and bundle manifests carry whole seconds; a consent that started part-way
    # through this second would otherwise look "not valid yet" to a bundle made in the same
    # second.
    consent = consent.model_copy(
        update={
            "valid_from": consent.valid_from.replace(microsecond=0),
            "valid_until": consent.valid_until.replace(microsecond=0),
            "recorded_at": consent.recorded_at.replace(microsecond=0),
        }
    )
    confirming = adult_confirmed and participant.birth_year is None and not consent.guardian
    validate_new_consent(consent, participant, ctx.clock, adult_confirmed=confirming)
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        saved = repos.consents.add(consent)
        assert saved.id is not None
        signed = sign_consent(saved, ctx.identity)
        repos.consents.set_signature(saved.id, signed.signature, signed.payload)
        store.set_consent_signer(conn, saved.id, signed.signer)
        ctx.audit(conn, "consent.grant", str(saved.uid))
        if confirming:
            ctx.audit(conn, ADULT_CONFIRMED, str(saved.uid))
    return saved


def grant_consent(
    ctx: Context,
    participant_id: int,
    *,
    contact_ids: Sequence[int] = (),
    party_ids: Sequence[str] = (),
    categories: Iterable[DataCategory],
    purpose: str,
    days: int,
    method: ConsentMethod,
    witness: str | None = None,
    guardian: str | None = None,
    adult_confirmed: bool = False,
) -> Consent:
    """Record the participant's consent, signed by this worker's key as its witness."""
    if not 1 <= days <= 3660:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "a consent lasts between 1 and 3660 days"))
    now = ctx.clock()
    with ctx.vault.reading() as conn:
        contacts = ContactRepository(conn)
        recipients: list[ConsentRecipient] = []
        for contact_id in contact_ids:
            contact = contact_or_fail(contacts, contact_id)
            recipients.append(
                ConsentRecipient(
                    party_id=contact.party_id,
                    contact_fingerprint=contact.fingerprint,
                    label=contact.name,
                )
            )
    for party_id in party_ids:
        recipients.append(ConsentRecipient(party_id=party_id, label=party_by_id(party_id).name))
    if not recipients:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "name at least one contact or party the consent lets data go to"
            )
        )
    with ctx.vault.reading() as conn:
        participant = require_participant(Repos.over(conn, ctx.clock), participant_id)
    consent = Consent(
        participant_id=participant_id,
        participant_uid=participant.uid,
        recipients=tuple(recipients),
        categories=frozenset(categories),
        purpose=purpose,
        valid_from=now,
        valid_until=now + timedelta(days=days),
        method=method,
        witness=witness,
        guardian=guardian,
        recorded_by=ctx.worker.name,
        recorded_at=now,
    )
    return record_consent(ctx, consent, adult_confirmed=adult_confirmed)


def signed_consent(repos: Repos, consent: Consent) -> SignedConsent:
    """The consent as its witness signed it, to travel in a bundle's manifest."""
    assert consent.id is not None
    stored = repos.consents.signature(consent.id)
    signer = store.consent_signer(repos.conn, consent.id)
    if stored is None or signer is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "consent {consent} is not signed; record it again to sign it"
            ),
            consent=consent.reference(),
        )
    signature, payload = stored
    return SignedConsent(payload=payload, signature=signature, signer=signer)


def live_consent_for(
    ctx: Context, repos: Repos, participant_id: int, contact: StoredContact, label: str
) -> Consent:
    """The newest live consent naming this contact (or its party), or a plain refusal."""
    live = [
        c
        for c in repos.consents.list_for_participant(participant_id)
        if c.is_live(ctx.clock)
        and any(r.names(contact.party_id, contact.fingerprint) for r in c.recipients)
    ]
    if not live:
        raise ConsentScopeError(
            QT_TRANSLATE_NOOP(
                "Errors", "no live consent lets this participant's data go to {recipient}"
            ),
            recipient=label,
        )
    return max(live, key=lambda c: c.recorded_at)


def check_consent_at_export(
    ctx: Context,
    consent: Consent,
    contact: StoredContact,
    label: str,
    categories: Iterable[DataCategory],
    *,
    repos: Repos,
    participant: Participant,
) -> None:
    """Every category about to leave must be released by ``consent`` to this contact now, and
    the consent must still fit the participant as they are recorded now (chosen parties, the
    current birth year); raises ``ConsentScopeError`` naming the first thing that does not."""
    confirmed = audit_log.has_entry(repos.conn, ADULT_CONFIRMED, str(consent.uid))
    check_participant_choices(consent, participant, ctx.clock, adult_confirmed=confirmed)
    for category in sorted(categories):
        consent.check_release(category, contact.party_id, contact.fingerprint, ctx.clock, label)


def check_consent_at_import(ctx: Context, repos: Repos, opened: OpenedBundle) -> None:
    """This vault's own view of the consent a verified bundle travels under: it must not have
    been withdrawn here. (The bundle reader has already checked that the consent is valid now
    and covers every record, the recipient and the purpose; the witness is checked by
    ``check_consent_witness_at_import``.)"""
    conn = repos.conn
    consent_uid = None if opened.consent is None else str(opened.consent.uid)
    if consent_uid is not None and opened.kind is not BundleKind.CONSENT_WITHDRAWAL:
        if store.is_tombstoned(conn, consent_uid):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "this bundle travels under a consent that has been withdrawn"
                )
            )
        local = repos.consents.get_by_uid(UUID(consent_uid))
        if local is not None and local.withdrawn_at is not None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "this bundle travels under a consent that has been withdrawn"
                )
            )


def check_consent_witness_at_import(ctx: Context, repos: Repos, opened: OpenedBundle) -> None:
    """The consent's witness must be the sender, this worker or a verified contact."""
    signer = opened.consent_signer
    if signer is not None and signer.fingerprint not in (
        opened.sender.fingerprint,
        ctx.identity.fingerprint,
    ):
        witness = ContactRepository(repos.conn).by_fingerprint(signer.fingerprint)
        if witness is None or not witness.verified:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the consent in this bundle was witnessed by a contact you have not verified",
                )
            )


def allowed_categories(
    ctx: Context, participant_id: int, contact_id: int
) -> dict[DataCategory, str | None]:
    """For each category, ``None`` if a live consent lets it go to the contact now, or the
    reason in words why not (for the export wizard's disabled boxes)."""
    contact = get_contact(ctx, contact_id)
    with ctx.vault.reading() as conn:
        consents = Repos.over(conn, ctx.clock).consents.list_for_participant(participant_id)
    reasons: dict[DataCategory, str | None] = {}
    for category in DataCategory:
        reason: str | None = f"no consent names {contact.label}"
        for consent in sorted(consents, key=lambda c: c.recorded_at, reverse=True):
            try:
                consent.check_release(
                    category, contact.party_id, contact.fingerprint, ctx.clock, contact.label
                )
            except ConsentScopeError as refused:
                if reason is None or "no consent names" in reason:
                    reason = str(refused)
                continue
            reason = None
            break
        reasons[category] = reason
    return reasons


def export_consent(ctx: Context, participant_id: int, contact_id: int) -> Consent | None:
    """The consent an export to this contact would travel under now, if any."""
    with ctx.vault.reading() as conn:
        contact = contact_or_fail(ContactRepository(conn), contact_id)
        try:
            return live_consent_for(ctx, Repos.over(conn, ctx.clock), participant_id, contact, "")
        except ConsentScopeError:
            return None
