"""Withdrawal of consent: telling every recipient, purging what this vault received under a
withdrawn consent, the signed acknowledgement that goes back, and receiving one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError, NotFoundError
from exitdesk.app.exchange.consent import signed_consent
from exitdesk.app.exchange.contacts import contact_view, public_identity
from exitdesk.app.exchange.export import send_bundle
from exitdesk.app.exchange.results import ImportPlan, ImportResult, WithdrawalResult
from exitdesk.app.repos import Repos
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleKind, Withdrawal, build_bundle, sign_withdrawal
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import (
    BundleLogRepository,
    ConflictRepository,
    ContactRepository,
    ProvenanceRepository,
    SequenceRepository,
    StoredContact,
)


def withdraw_consent(ctx: Context, consent_id: int, out: Path | None) -> WithdrawalResult:
    """Withdraw a consent here and write one withdrawal bundle to every contact that received
    data under it; they purge it and send back an acknowledgement."""
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
        contacts = ContactRepository(conn)
        notified: dict[int, StoredContact] = {}
        for entry in BundleLogRepository(conn).outgoing_under_consent(str(consent.uid)):
            if entry.contact_id is not None and entry.contact_id not in notified:
                contact = contacts.get(entry.contact_id)
                if contact is not None and contact.revoked_at is None:
                    notified[contact.id] = contact
        path: Path | None = None
        if notified:
            if out is None:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "data went out under this consent: give a file for the withdrawal bundle",
                    )
                )
            withdrawal = sign_withdrawal(
                Withdrawal(
                    consent_uid=consent.uid,
                    participant_uid=consent.participant_uid,
                    withdrawn_at=withdrawn.withdrawn_at,
                    recorded_by=ctx.worker.name,
                ),
                ctx.identity,
            )
            send_bundle(
                ctx,
                conn,
                list(notified.values()),
                BundleKind.CONSENT_WITHDRAWAL,
                [],
                out,
                consent=signed,
                withdrawal=withdrawal,
                participant_uid=consent.participant_uid,
                consent_uid=str(consent.uid),
            )
            path = out
        ctx.audit(conn, "consent.withdraw", str(consent.uid), notified=len(notified))
    views = tuple(contact_view(ctx, c) for c in notified.values())
    return WithdrawalResult(consent=withdrawn, path=path, notified=views)


def purge_consent(repos: Repos, consent_uid: str) -> int:
    """Delete everything received under a consent: the records, and the participant too when
    the participant's record itself came under it. Returns how many records went."""
    conn = repos.conn
    provenance = ProvenanceRepository(conn)
    received = provenance.under_consent(consent_uid)
    participants = {p.participant_uid for p in received if p.record_type == "participant"}
    for item in received:
        if item.record_type in ("goal", "meeting", "safety", "consent"):
            store.delete_by_uid(conn, item.record_type, item.record_uid)
    for participant_uid in participants:
        pid = repos.participants.id_for_uid(UUID(participant_uid))
        if pid is not None:
            repos.participants.delete(pid)
    provenance.forget_consent(consent_uid)
    ConflictRepository(conn).forget_consent(consent_uid)
    return len(received)


def apply_withdrawal(
    ctx: Context, repos: Repos, plan: ImportPlan, sender: StoredContact
) -> ImportResult:
    """Inside the import's transaction: purge what came under the withdrawn consent, keep a
    tombstone so it cannot come back, and build the acknowledgement for the sender."""
    conn = repos.conn
    opened = plan.opened
    assert opened.withdrawal is not None and opened.manifest.withdrawal is not None
    consent_uid = str(opened.withdrawal.consent_uid)
    purged = purge_consent(repos, consent_uid)
    store.tombstone_consent(conn, consent_uid, ctx.clock(), purged)
    ctx.audit(conn, "exchange.purge", consent_uid, records=purged, from_=sender.fingerprint[:32])
    me = ctx.identity
    sequences = SequenceRepository(conn)
    # The acknowledgement takes the next number, so a later bundle to this sender follows it.
    number = sequences.last(me.fingerprint, sender.fingerprint) + 1
    acknowledgement = build_bundle(
        me,
        [public_identity(sender)],
        BundleKind.WITHDRAWAL_ACK,
        [],
        consent=None,
        withdrawal=opened.manifest.withdrawal,
        sequences={sender.fingerprint: number},
        participant_uid=opened.withdrawal.participant_uid,
        clock=ctx.clock,
    )
    sequences.record(me.fingerprint, sender.fingerprint, number)
    return ImportResult(plan, None, 0, purged, acknowledgement=acknowledgement)


def apply_acknowledgement(
    ctx: Context, repos: Repos, plan: ImportPlan, sender: StoredContact, now: datetime
) -> ImportResult:
    """Inside the import's transaction: mark the withdrawal bundles to this sender answered."""
    opened = plan.opened
    assert opened.withdrawal is not None
    acknowledged = store.acknowledge_withdrawal(
        repos.conn, str(opened.withdrawal.consent_uid), sender.id, now
    )
    ctx.audit(
        repos.conn,
        "exchange.ack_received",
        str(opened.withdrawal.consent_uid),
        bundles=acknowledged,
        from_=sender.fingerprint[:32],
    )
    return ImportResult(plan, None, 0, 0)
