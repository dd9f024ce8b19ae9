"""Withdrawal told to a receiver: the receiving vault purges what it got under the consent and
queues a signed withdrawal notice for the consent's origin; the origin, importing the notice,
withdraws the consent and queues a withdrawal for every other recipient. A case handed over
ends the consents the sender recorded for it the same way (``end_consents_with_case``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError, NotFoundError
from exitdesk.app.exchange.consent import signed_consent
from exitdesk.app.exchange.contacts import contact_view
from exitdesk.app.exchange.export import prepare_bundle
from exitdesk.app.exchange.journal import journal_recipients, record_purge
from exitdesk.app.exchange.outbox import queue_outgoing
from exitdesk.app.exchange.results import ImportPlan, ImportResult, WithdrawalResult
from exitdesk.app.exchange.withdrawal import purge_consent, withdraw_consent
from exitdesk.app.repos import Repos
from exitdesk.domain import Consent
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import (
    BundleKind,
    OpenedBundle,
    SignedConsent,
    Withdrawal,
    sign_withdrawal,
)
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import (
    BundleLogRepository,
    ContactRepository,
    ProvenanceRepository,
    StoredContact,
)


def _origin(conn: Any, consent: Consent) -> str | None:
    """The fingerprint of the vault this consent was received from, or None for one recorded
    here (the consent's own received row names its sender)."""
    return ProvenanceRepository(conn).owner(str(consent.uid))


def withdraw(ctx: Context, consent_id: int, out: Path | None) -> WithdrawalResult:
    """Withdraw a consent: one recorded here tells every recipient (``withdraw_consent``); one
    received from another vault is purged here and its origin is told by a notice."""
    with ctx.vault.reading() as conn:
        consent = Repos.over(conn, ctx.clock).consents.get(consent_id)
        origin = None if consent is None else _origin(conn, consent)
    if origin is None:
        return withdraw_consent(ctx, consent_id, out)
    result = _withdraw_received(ctx, consent_id, origin)
    ctx.vault.checkpoint()
    return result


def _withdraw_received(ctx: Context, consent_id: int, origin_fp: str) -> WithdrawalResult:
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        consent = repos.consents.get(consent_id)
        if consent is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "there is no consent {consent_id} in this vault"),
                consent_id=consent_id,
            )
        signed = signed_consent(repos, consent)
        withdrawn = repos.consents.mark_withdrawn(consent_id)
        assert withdrawn.withdrawn_at is not None
        origin = ContactRepository(conn).by_fingerprint(origin_fp)
        notified: tuple[StoredContact, ...] = ()
        if origin is not None and origin.revoked_at is None:
            withdrawal = sign_withdrawal(
                Withdrawal(
                    consent_uid=consent.uid,
                    participant_uid=consent.participant_uid,
                    withdrawn_at=withdrawn.withdrawn_at,
                    recorded_by=ctx.worker.name,
                ),
                ctx.identity,
            )
            bundle_id, data = prepare_bundle(
                ctx,
                conn,
                [origin],
                BundleKind.WITHDRAWAL_NOTICE,
                [],
                consent=signed,
                withdrawal=withdrawal,
                participant_uid=consent.participant_uid,
                consent_uid=str(consent.uid),
            )
            queue_outgoing(ctx, conn, BundleKind.WITHDRAWAL_NOTICE, origin.id, data, bundle_id)
            notified = (origin,)
        uid = str(consent.uid)
        purged = purge_consent(repos, uid)
        store.tombstone_consent(conn, uid, ctx.clock(), purged)
        record_purge(ctx, uid)
        ctx.audit(conn, "consent.withdraw_received", uid, records=purged, notices=len(notified))
    views = tuple(contact_view(ctx, c) for c in notified)
    return WithdrawalResult(
        consent=withdrawn, path=None, notified=views, purged=purged, queued=len(notified)
    )


def _recipients_under(ctx: Context, conn: Any, consent_uid: str) -> dict[int, StoredContact]:
    """Every contact that received data from this vault under the consent: from the bundle
    log, and from the journal outside the vault (bundles sent after a backup restored here)."""
    contacts = ContactRepository(conn)
    found: dict[int, StoredContact] = {}
    for entry in BundleLogRepository(conn).outgoing_under_consent(consent_uid):
        if entry.contact_id is not None and entry.contact_id not in found:
            contact = contacts.get(entry.contact_id)
            if contact is not None:
                found[contact.id] = contact
    for contact in journal_recipients(ctx, contacts.all(), consent_uid):
        found.setdefault(contact.id, contact)
    return found


def queue_withdrawals(
    ctx: Context,
    conn: Any,
    consent: Consent,
    withdrawn_at: datetime,
    recorded_by: str,
    contacts: list[StoredContact],
    signed: SignedConsent,
) -> list[int]:
    """Inside the caller's transaction: queue one signed withdrawal of the consent for each
    contact (each is handed over, and acknowledged, on its own); returns the outbox items."""
    if not contacts:
        return []
    uid = str(consent.uid)
    withdrawal = sign_withdrawal(
        Withdrawal(
            consent_uid=consent.uid,
            participant_uid=consent.participant_uid,
            withdrawn_at=withdrawn_at,
            recorded_by=recorded_by,
        ),
        ctx.identity,
    )
    items: list[int] = []
    for contact in contacts:
        bundle_id, data = prepare_bundle(
            ctx,
            conn,
            [contact],
            BundleKind.CONSENT_WITHDRAWAL,
            [],
            consent=signed,
            withdrawal=withdrawal,
            participant_uid=consent.participant_uid,
            consent_uid=uid,
        )
        items.append(
            queue_outgoing(ctx, conn, BundleKind.CONSENT_WITHDRAWAL, contact.id, data, bundle_id)
        )
    return items


def end_consents_with_case(
    ctx: Context, repos: Repos, participant_uid: str, receiver_id: int | None
) -> tuple[int, ...]:
    """Inside the transaction that removes a handed-over case: every live consent of it that
    this vault recorded ends with it, and every contact but the case's receiver that got data
    under one is sent a withdrawal (queued in the outbox), since once the case is gone here no
    one could withdraw those copies any more. Returns the outbox items."""
    conn = repos.conn
    pid = repos.participants.id_for_uid(UUID(participant_uid))
    if pid is None:
        return ()
    now = ctx.clock()
    items: list[int] = []
    for consent in repos.consents.list_for_participant(pid):
        if consent.withdrawn_at is not None or consent.valid_until <= now:
            continue  # told already, or the receivers purge it on expiry themselves
        if _origin(conn, consent) is not None:
            continue  # received: its origin manages it, and the case's copy here just goes
        uid = str(consent.uid)
        others = [
            c
            for c in _recipients_under(ctx, conn, uid).values()
            if c.id != receiver_id and c.revoked_at is None
        ]
        if not others:
            continue
        queued = queue_withdrawals(
            ctx, conn, consent, now, ctx.worker.name, others, signed_consent(repos, consent)
        )
        items.extend(queued)
        ctx.audit(conn, "consent.ended_with_case", uid, notified=len(others))
    return tuple(items)


def plan_notice(
    ctx: Context,
    repos: Repos,
    opened: OpenedBundle,
    sender: StoredContact,
    plan: ImportPlan,
) -> ImportPlan:
    """A withdrawal notice is taken only for a consent recorded in this vault, and only from a
    contact that actually received data under it; anything else is refused and changes
    nothing."""
    assert opened.withdrawal is not None
    consent_uid = opened.withdrawal.consent_uid
    consent = repos.consents.get_by_uid(consent_uid)
    if consent is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this withdrawal notice is about a consent that is not in your vault; nothing was changed",  # noqa: E501
            )
        )
    if _origin(repos.conn, consent) is not None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this withdrawal notice is about a consent you received from someone else, not one you recorded; nothing was changed",  # noqa: E501
            )
        )
    if sender.id not in _recipients_under(ctx, repos.conn, str(consent_uid)):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this withdrawal notice comes from someone who received no data under that consent; nothing was changed",  # noqa: E501
            )
        )
    return plan


def apply_notice(
    ctx: Context, repos: Repos, plan: ImportPlan, sender: StoredContact
) -> ImportResult:
    """Inside the import's transaction: withdraw the consent here and queue one withdrawal for
    every other contact that received data under it, so the withdrawal reaches every copy."""
    conn = repos.conn
    opened = plan.opened
    assert opened.withdrawal is not None
    consent = repos.consents.get_by_uid(opened.withdrawal.consent_uid)
    assert consent is not None and consent.id is not None
    signed = signed_consent(repos, consent)
    withdrawn = repos.consents.mark_withdrawn(consent.id)
    assert withdrawn.withdrawn_at is not None
    uid = str(consent.uid)
    others = [
        c
        for c in _recipients_under(ctx, conn, uid).values()
        if c.id != sender.id and c.revoked_at is None
    ]
    items = queue_withdrawals(
        ctx, conn, consent, withdrawn.withdrawn_at, opened.withdrawal.recorded_by, others, signed
    )
    ctx.audit(
        conn,
        "consent.withdrawn_by_notice",
        uid,
        notified=len(others),
        from_=sender.fingerprint[:32],
    )
    return ImportResult(plan, None, 0, 0, outbox_ids=tuple(items))
