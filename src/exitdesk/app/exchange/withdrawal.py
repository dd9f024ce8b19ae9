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
from exitdesk.app.exchange.journal import journal_recipients, record_purge, record_sent
from exitdesk.app.exchange.outbox import queue_outgoing
from exitdesk.app.exchange.records import lifecycle_uid_of
from exitdesk.app.exchange.results import ImportPlan, ImportResult, WithdrawalResult
from exitdesk.app.repos import Repos
from exitdesk.domain import LifecycleState
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
        # The journal outside the vault also knows bundles sent after a backup this vault
        # was restored from: their recipients are told too.
        for contact in journal_recipients(ctx, contacts.all(), str(consent.uid)):
            notified.setdefault(contact.id, contact)
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
    ctx.vault.checkpoint()
    views = tuple(contact_view(ctx, c) for c in notified.values())
    return WithdrawalResult(consent=withdrawn, path=path, notified=views)


# What a participant entry keeps in place of received identity when the worker's own records
# still hang on it; stored data, not a message, so it is not translated.
PURGED_ALIAS = "Received details removed"


def purge_consent(repos: Repos, consent_uid: str) -> int:
    """Delete exactly what was received under a consent: its provenance rows go, and a record
    goes with them when no other row keeps it received; the worker's own records stay. The
    participant entry goes only when nothing of it remains; otherwise it keeps the worker's
    records under a neutral alias with the received identity cleared, and becomes their own.
    Returns how many records stopped being held."""
    conn = repos.conn
    provenance = ProvenanceRepository(conn)
    received = provenance.under_consent(consent_uid)
    provenance.forget_consent(consent_uid)
    ConflictRepository(conn).forget_consent(consent_uid)
    released = {(p.record_uid, p.record_type, p.participant_uid) for p in received}
    gone = [r for r in released if not provenance.is_received(r[0])]
    for record_uid, record_type, _ in gone:
        if record_type in ("goal", "meeting", "safety", "consent"):
            store.delete_by_uid(conn, record_type, record_uid)
    gone_uids = {r[0] for r in gone}
    for _, record_type, participant_uid in gone:
        if record_type == "participant":
            _release_participant(repos, provenance, participant_uid, gone_uids)
    return len(gone)


def _release_participant(
    repos: Repos, provenance: ProvenanceRepository, participant_uid: str, gone: set[str]
) -> None:
    """The participant record is no longer received: delete the entry when nothing hangs on
    it, else keep it as the worker's own without what the sender said about the person."""
    participant = repos.participants.get_by_uid(UUID(participant_uid))
    if participant is None or participant.id is None:
        return
    if not store.participant_has_records(repos.conn, participant.id):
        repos.participants.delete(participant.id)
        provenance.forget_participant(participant_uid)
        return
    cleared = repos.participants.update(
        participant.model_copy(
            update={"alias": PURGED_ALIAS, "legal_name": None, "birth_year": None,
                    "contact": None, "institution": None, "release_date": None}
        )
    )  # fmt: skip
    if lifecycle_uid_of(participant.uid) in gone:
        # The status history was the sender's too. What is left is the worker's own casework,
        # which an enquiry (alias and contact route only) cannot hold: the entry starts again
        # at assessment, the first stage that holds it, with none of the sender's history.
        assert cleared.updated_at is not None
        store.replace_lifecycle(
            repos.conn, participant.id, LifecycleState.ASSESSMENT.value, [], cleared.updated_at
        )


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
    record_purge(ctx, consent_uid)
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
    record_sent(ctx, sender.fingerprint, number)
    # Queued in this transaction: the purge and its acknowledgement commit together.
    item = queue_outgoing(ctx, conn, BundleKind.WITHDRAWAL_ACK, sender.id, acknowledgement)
    return ImportResult(plan, None, 0, purged, acknowledgement=acknowledgement, outbox_ids=(item,))


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
