"""Hand-over: a case transfer in which ownership moves to the receiver. The sender previews
what leaves, sends every record the consent covers (received ones too: the one exception to
"received records are not passed on"), the receiver keeps them as its own and queues an
acknowledgement, and only that acknowledgement removes the sender's copy."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError
from exitdesk.app.exchange.consent import (
    check_consent_at_export,
    live_consent_for,
    signed_consent,
)
from exitdesk.app.exchange.contacts import contact_or_fail, sendable
from exitdesk.app.exchange.export import prepare_bundle, send_bundle
from exitdesk.app.exchange.journal import record_handover
from exitdesk.app.exchange.notices import end_consents_with_case
from exitdesk.app.exchange.outbox import queue_outgoing
from exitdesk.app.exchange.records import case_records, write_record
from exitdesk.app.exchange.results import (
    ContactView,
    ImportPlan,
    ImportResult,
    RecordAction,
)
from exitdesk.app.repos import Repos, require_participant
from exitdesk.domain import Consent, ConsentScopeError, DataCategory, Participant
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleKind, BundleRecord, OpenedBundle, RecordType
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import (
    ConflictRepository,
    ContactRepository,
    HandoverRepository,
    ProvenanceRepository,
    StoredContact,
)


@dataclass(frozen=True)
class HandoverPreview:
    """What a hand-over would do: the records that leave (by type), and what is deleted here
    with the case without being sent (notes, consents, categories the consent does not cover)
    once the receiver's acknowledgement comes back."""

    contact: ContactView
    consent_label: str
    sending: dict[str, int]
    not_sent: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.sending.values())


@dataclass(frozen=True)
class HandoverResult:
    path: Path
    bundle_id: str
    preview: HandoverPreview


def _counts(records: list[BundleRecord]) -> dict[str, int]:
    return dict(sorted(Counter(r.type.value for r in records).items()))


def prepare_handover(
    ctx: Context, repos: Repos, participant_id: int, contact_id: int
) -> tuple[StoredContact, Participant, HandoverPreview, list[BundleRecord], Consent]:
    """Every check a hand-over makes, and what it would send; reads only (the preview, the
    caseload's preview and the send share it, so they refuse alike)."""
    contact = contact_or_fail(ContactRepository(repos.conn), contact_id)
    view = sendable(ctx, contact)
    participant = require_participant(repos, participant_id)
    assert participant.id is not None
    if HandoverRepository(repos.conn).pending_for(str(participant.uid)):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this case was already handed over and waits for the acknowledgement",
            )
        )
    consent = live_consent_for(ctx, repos, participant_id, contact, view.label)
    wanted = set(consent.categories)
    if DataCategory.IDENTITY not in wanted:
        raise ConsentScopeError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "consent {consent}: a case cannot be sent without its identity category",
            ),
            consent=consent.reference(),
        )
    check_consent_at_export(
        ctx, consent, contact, view.label, wanted, repos=repos, participant=participant
    )
    records = case_records(repos, participant, wanted)
    sent = {r.id for r in records}
    left = [r for r in case_records(repos, participant, DataCategory) if r.id not in sent]
    not_sent = _counts(left)
    notes = repos.notes.count_for_participant(participant.id)
    consents = len(repos.consents.list_for_participant(participant.id))
    if notes:
        not_sent["note"] = notes
    if consents:
        not_sent["consent"] = consents
    preview = HandoverPreview(view, consent.label(), _counts(records), not_sent)
    return contact, participant, preview, records, consent


def preview_handover(ctx: Context, participant_id: int, contact_id: int) -> HandoverPreview:
    """Say what a hand-over to this contact would send and what would go with it; writes
    nothing."""
    with ctx.vault.reading() as conn:
        _, _, preview, _, _ = prepare_handover(
            ctx, Repos.over(conn, ctx.clock), participant_id, contact_id
        )
    return preview


def send_handover(ctx: Context, participant_id: int, contact_id: int, out: Path) -> HandoverResult:
    """Write the hand-over bundle under a live consent naming the receiver. The case stays
    here, unchanged, until the receiver's acknowledgement is imported."""
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        return send_in_transaction(ctx, repos, participant_id, contact_id, out)


def send_in_transaction(
    ctx: Context,
    repos: Repos,
    participant_id: int,
    contact_id: int,
    out: Path,
    *,
    sync_folder: bool = True,
) -> HandoverResult:
    """One hand-over inside the caller's transaction: checked, logged, audited, and its file
    written last (a refusal raises before anything is written). ``sync_folder=False``: the
    caller fsyncs the file's folder before its commit."""
    conn = repos.conn
    contact, participant, preview, records, consent = prepare_handover(
        ctx, repos, participant_id, contact_id
    )
    bundle_id = send_bundle(
        ctx,
        conn,
        [contact],
        BundleKind.CASE_HANDOVER,
        records,
        out,
        consent=signed_consent(repos, consent),
        participant_uid=participant.uid,
        consent_uid=str(consent.uid),
        sync_folder=sync_folder,
    )
    HandoverRepository(conn).add(bundle_id, str(participant.uid), contact.id, ctx.clock())
    ctx.audit(
        conn,
        "exchange.handover_sent",
        str(participant.uid),
        bundle=bundle_id,
        records=len(records),
        to=contact.fingerprint[:32],
    )
    return HandoverResult(path=out, bundle_id=bundle_id, preview=preview)


def apply_handover(
    ctx: Context, repos: Repos, plan: ImportPlan, sender: StoredContact
) -> ImportResult:
    """Inside the import's transaction: the records become this vault's own (no received
    rows, so the new owner may pass them on), and the acknowledgement is queued."""
    conn = repos.conn
    opened = plan.opened
    manifest = opened.manifest
    assert opened.consent is not None and manifest.participant_uid is not None
    now = ctx.clock()
    provenance = ProvenanceRepository(conn)
    conflicts = ConflictRepository(conn)
    pid = repos.participants.id_for_uid(manifest.participant_uid)
    ordered = sorted(plan.records, key=lambda p: p.record.type is not RecordType.PARTICIPANT)
    conflict_count = 0
    for item in ordered:
        record = item.record
        if item.action is RecordAction.CONFLICT:
            conflicts.add(
                record_uid=record.id,
                record_type=record.type.value,
                participant_uid=str(manifest.participant_uid),
                bundle_id=manifest.bundle_id,
                sender_fp=sender.fingerprint,
                consent_uid=str(opened.consent.uid),
                incoming=record.data,
                incoming_hash=record.sha256,
                now=now,
            )
            conflict_count += 1
            continue
        if item.action is not RecordAction.UNCHANGED:
            pid = write_record(repos, record, pid, now)
        # A copy received earlier from the same sender becomes own too.
        provenance.forget(record.id, sender.fingerprint)
    assert pid is not None
    _keep_consent(repos, opened, pid)
    bundle_id, data = prepare_bundle(
        ctx,
        conn,
        [sender],
        BundleKind.HANDOVER_ACK,
        [],
        participant_uid=manifest.participant_uid,
        consent_uid=None,
        base=manifest.bundle_id,
    )
    item_id = queue_outgoing(ctx, conn, BundleKind.HANDOVER_ACK, sender.id, data, bundle_id)
    ctx.audit(
        conn,
        "exchange.handover_received",
        str(manifest.participant_uid),
        bundle=manifest.bundle_id,
        records=len(opened.records),
        conflicts=conflict_count,
        from_=sender.fingerprint[:32],
    )
    return ImportResult(plan, pid, conflict_count, 0, outbox_ids=(item_id,))


def _keep_consent(repos: Repos, opened: OpenedBundle, participant_id: int) -> None:
    """The consent the case came under, kept with its signature as this vault's own record of
    why it holds the case."""
    assert opened.consent is not None and opened.manifest.consent is not None
    existing = repos.consents.get_by_uid(opened.consent.uid)
    if existing is not None:
        ProvenanceRepository(repos.conn).forget(str(opened.consent.uid), opened.sender.fingerprint)
        return
    stored = repos.consents.add(
        opened.consent.model_copy(update={"id": None, "participant_id": participant_id})
    )
    assert stored.id is not None
    signed = opened.manifest.consent
    repos.consents.set_signature(stored.id, signed.signature, signed.payload)
    store.set_consent_signer(repos.conn, stored.id, signed.signer)


def plan_handover_ack(
    ctx: Context, repos: Repos, opened: OpenedBundle, sender: StoredContact, plan: ImportPlan
) -> ImportPlan:
    """An acknowledgement is taken only for a hand-over this vault sent to this very contact
    and not yet acknowledged; it says how many records it will remove."""
    base = opened.manifest.base
    entry = None if base is None else HandoverRepository(repos.conn).get(base)
    if (
        entry is None
        or entry.contact_id != sender.id
        or entry.acknowledged_at is not None
        or opened.manifest.participant_uid is None
        or entry.participant_uid != str(opened.manifest.participant_uid)
    ):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this acknowledgement does not answer a hand-over you sent to its sender; nothing was changed",  # noqa: E501
            )
        )
    count = case_size(repos, str(opened.manifest.participant_uid))
    return ImportPlan(plan.opened, plan.sender, (), (), count, plan.warnings)


def case_size(repos: Repos, participant_uid: str) -> int:
    """How many records removing this case here deletes (0: the vault does not hold it)."""
    pid = repos.participants.id_for_uid(UUID(participant_uid))
    if pid is None:
        return 0
    participant = repos.participants.get(pid)
    assert participant is not None
    count = len(case_records(repos, participant, DataCategory))
    count += repos.notes.count_for_participant(pid)
    return count + len(repos.consents.list_for_participant(pid))


def remove_case(repos: Repos, participant_uid: str) -> None:
    """Delete the participant with everything recorded about them (secure delete; the caller
    checkpoints the WAL after the commit)."""
    pid = repos.participants.id_for_uid(UUID(participant_uid))
    if pid is not None:
        repos.participants.delete(pid)
    ProvenanceRepository(repos.conn).forget_participant(participant_uid)
    # Incoming versions still waiting as conflicts are case data too.
    ConflictRepository(repos.conn).forget_participant(participant_uid)


def apply_handover_ack(
    ctx: Context, repos: Repos, plan: ImportPlan, sender: StoredContact
) -> ImportResult:
    """Inside the import's transaction: the receiver owns the case now, so this vault's copy
    goes entirely (the caller checkpoints the WAL after the commit), and the tombstone journal
    records it, so that unlocking an older backup removes the case again."""
    conn = repos.conn
    opened = plan.opened
    assert opened.manifest.base is not None and opened.manifest.participant_uid is not None
    HandoverRepository(conn).acknowledge(opened.manifest.base, ctx.clock())
    participant_uid = str(opened.manifest.participant_uid)
    # Its consents recorded here end with the case: other recipients are told in this
    # transaction, or no one could withdraw their copies once it is gone.
    items = end_consents_with_case(ctx, repos, participant_uid, sender.id)
    remove_case(repos, participant_uid)
    # Outside the database too, so that a backup from before this cannot bring the case back.
    record_handover(ctx, participant_uid, opened.manifest.bundle_id)
    ctx.audit(
        conn,
        "exchange.handover_completed",
        participant_uid,
        bundle=opened.manifest.base,
        records=plan.purge,
        withdrawals=len(items),
        from_=sender.fingerprint[:32],
    )
    return ImportResult(plan, None, 0, plan.purge, outbox_ids=items)
