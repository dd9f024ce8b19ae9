"""Import: open and verify a bundle completely (outside any write transaction), plan what it
would change, then apply it all or nothing in one transaction with provenance and conflicts."""

from __future__ import annotations

from typing import Any

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError
from exitdesk.app.exchange.consent import (
    check_consent_at_import,
    check_consent_witness_at_import,
)
from exitdesk.app.exchange.contacts import contact_view, sender_resolver
from exitdesk.app.exchange.handover import (
    apply_handover,
    apply_handover_ack,
    plan_handover_ack,
)
from exitdesk.app.exchange.notices import apply_notice, plan_notice
from exitdesk.app.exchange.ownership import check_removals, planned_action
from exitdesk.app.exchange.records import (
    CATEGORY_TYPES,
    CaseModel,
    add_new_records,
    is_termination,
    validate_record,
    write_record,
)
from exitdesk.app.exchange.results import ImportPlan, ImportResult, PlannedRecord, RecordAction
from exitdesk.app.exchange.withdrawal import apply_acknowledgement, apply_withdrawal
from exitdesk.app.policy import filter_incoming_here
from exitdesk.app.repos import Repos
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleKind, OpenedBundle, RecordType, open_bundle
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import (
    BundleLogEntry,
    BundleLogRepository,
    ConflictRepository,
    ContactRepository,
    Provenance,
    ProvenanceRepository,
    SequenceRepository,
    StoredContact,
)

_CASE_KINDS = (
    BundleKind.CASE_TRANSFER,
    BundleKind.CASE_UPDATE,
    BundleKind.TERMINATION_NOTICE,
    BundleKind.CASE_HANDOVER,
)
_BATCHED = (RecordType.GOAL, RecordType.MEETING, RecordType.SAFETY)


def open_and_verify(ctx: Context, data: bytes) -> tuple[OpenedBundle, StoredContact]:
    """Decrypt, parse, check the signature, recipients, time window and record hashes, and
    find the sender among the verified contacts. Reads only: no write transaction is open
    while untrusted bytes are being worked on."""
    with ctx.vault.reading() as conn:
        opened = open_bundle(
            data, ctx.identity, resolve_sender=sender_resolver(ctx, conn), clock=ctx.clock
        )
        sender = _verified_sender(ctx, conn, opened)
    return opened, sender


def _verified_sender(ctx: Context, conn: Any, opened: OpenedBundle) -> StoredContact:
    sender = ContactRepository(conn).by_fingerprint(opened.sender.fingerprint)
    if sender is None:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "the sender is not among your contacts"))
    if not sender.verified:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{contact} is not verified yet: compare safety numbers before importing from them",
            ),
            contact=contact_view(ctx, sender).label,
        )
    return sender


def sender_still_trusted(ctx: Context, conn: Any, opened: OpenedBundle) -> StoredContact:
    """Verification ran before the transaction; inside it, make sure the sender was not
    revoked or re-keyed in between."""
    if sender_resolver(ctx, conn)(opened.sender.fingerprint) is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "the sender's keys were revoked or replaced; nothing was imported"
            )
        )
    return _verified_sender(ctx, conn, opened)


def preview_import(ctx: Context, data: bytes) -> ImportPlan:
    """Verify a bundle completely and say what importing it would change; writes nothing."""
    opened, sender = open_and_verify(ctx, data)
    with ctx.vault.reading() as conn:
        return plan_import(ctx, Repos.over(conn, ctx.clock), opened, sender)


def import_bundle(ctx: Context, data: bytes) -> ImportResult:
    """Import all or nothing: the bundle is verified first, then every remaining check passes
    and everything is written in one transaction, or nothing is written."""
    opened, _ = open_and_verify(ctx, data)
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        sender = sender_still_trusted(ctx, conn, opened)
        plan = plan_import(ctx, repos, opened, sender)
        result = apply_import(ctx, repos, plan, sender)
    # A purge or an overwrite leaves the old content in WAL frames until this.
    if _removes_or_overwrites(plan):
        ctx.vault.checkpoint()
    return result


_INSERTS_ONLY = (BundleKind.CASE_TRANSFER, BundleKind.CASE_UPDATE)
_NEW_OR_SAME = (RecordAction.ADD, RecordAction.UNCHANGED)


def _removes_or_overwrites(plan: ImportPlan) -> bool:
    """Whether applying ``plan`` deleted or overwrote anything a checkpoint must clear from
    the WAL. A case bundle that only adds records (and provenance, its log row and the
    sequence number) leaves no old content behind; every other import is checkpointed."""
    if plan.opened.kind not in _INSERTS_ONLY or plan.removed:
        return True
    return any(item.action not in _NEW_OR_SAME for item in plan.records)


def plan_import(
    ctx: Context, repos: Repos, opened: OpenedBundle, sender: StoredContact
) -> ImportPlan:
    """What a verified bundle would change here, after this vault's own checks: never seen,
    in sequence, under a consent not withdrawn here, an update to a bundle imported before."""
    conn = repos.conn
    log = BundleLogRepository(conn)
    manifest = opened.manifest
    if log.seen(manifest.bundle_id):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "this bundle was already imported (its id has been seen before)"
            )
        )
    last = SequenceRepository(conn).last(sender.fingerprint, ctx.identity.fingerprint)
    if opened.my_sequence <= last:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this bundle is older than one already imported from the same sender (number {number}, last was {last})",  # noqa: E501
            ),
            number=opened.my_sequence,
            last=last,
        )
    warnings: list[str] = []
    if opened.my_sequence > last + 1:
        missing = opened.my_sequence - last - 1
        warnings.append(f"{missing} earlier bundle(s) from this sender have not been imported")
    check_consent_at_import(ctx, repos, opened)
    if manifest.base is not None and opened.kind is BundleKind.CASE_UPDATE:
        base = log.get(manifest.base)
        if base is None or base.direction != "in":
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this is an update to a bundle you have not imported; import the earlier bundle from this sender first",  # noqa: E501
                )
            )
    view = contact_view(ctx, sender)
    check_consent_witness_at_import(ctx, repos, opened)
    if opened.kind is BundleKind.WITHDRAWAL_NOTICE:
        bare = ImportPlan(opened, view, (), (), 0, tuple(warnings))
        return plan_notice(ctx, repos, opened, sender, bare)
    if opened.kind is BundleKind.HANDOVER_ACK:
        bare = ImportPlan(opened, view, (), (), 0, tuple(warnings))
        return plan_handover_ack(ctx, repos, opened, sender, bare)
    if opened.kind is BundleKind.CONSENT_WITHDRAWAL:
        assert opened.withdrawal is not None
        received = ProvenanceRepository(conn).under_consent(str(opened.withdrawal.consent_uid))
        # Only the party the data came from may have it purged: a withdrawal relayed by anyone
        # else, even a verified contact, is refused.
        if any(p.sender_fp != sender.fingerprint for p in received):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this withdrawal comes from someone who did not send you data under that consent; nothing was deleted",  # noqa: E501
                )
            )
        return ImportPlan(opened, view, (), (), len(received), tuple(warnings))
    if opened.kind is BundleKind.WITHDRAWAL_ACK:
        return ImportPlan(opened, view, (), (), 0, tuple(warnings))
    if opened.kind not in _CASE_KINDS:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "importing {kind} bundles is not supported yet"),
            kind=opened.kind.value,
        )
    if opened.kind is BundleKind.TERMINATION_NOTICE and not is_termination(opened.records):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "this termination notice does not say that participation ended"
            )
        )
    assert manifest.participant_uid is not None
    has_participant = any(r.type is RecordType.PARTICIPANT for r in opened.records)
    if not has_participant and repos.participants.get_by_uid(manifest.participant_uid) is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this update is for a participant who is not in your vault; import the first bundle about them first",  # noqa: E501
            )
        )
    planned: list[PlannedRecord] = []
    # What this vault's data policy does not keep is emptied here, before planning and writing.
    kept, left_out = filter_incoming_here(ctx, conn, opened.records)
    # Which of the bundle's goals, meetings and safety are here already, a query per type
    # (planning writes nothing, so this stays true until apply_import).
    local_ids = {
        kind: store.local_ids_for_uids(conn, kind.value, (r.id for r in kept if r.type is kind))
        for kind in _BATCHED
    }
    for record in kept:
        if record.type not in CATEGORY_TYPES.values():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this bundle carries {record_type} records, which are not imported",
                ),
                record_type=record.type.value,
            )
        model = validate_record(record)
        planned.append(
            PlannedRecord(
                record,
                planned_action(
                    repos, opened, record, sender.fingerprint, local_ids.get(record.type)
                ),
                model,
            )
        )
    check_removals(repos, opened, sender.fingerprint)
    return ImportPlan(
        opened, view, tuple(planned), manifest.removed, 0, tuple(warnings), tuple(left_out)
    )


def apply_import(
    ctx: Context, repos: Repos, plan: ImportPlan, sender: StoredContact
) -> ImportResult:
    """Write a planned import inside the caller's transaction."""
    conn = repos.conn
    opened = plan.opened
    manifest = opened.manifest
    now = ctx.clock()
    me = ctx.identity
    SequenceRepository(conn).record(sender.fingerprint, me.fingerprint, opened.my_sequence)
    consent_uid = None if opened.consent is None else str(opened.consent.uid)
    participant_uid = None if manifest.participant_uid is None else str(manifest.participant_uid)
    BundleLogRepository(conn).add(
        BundleLogEntry(
            bundle_id=manifest.bundle_id,
            direction="in",
            kind=opened.kind.value,
            contact_id=sender.id,
            consent_uid=consent_uid,
            participant_uid=participant_uid,
            sequence=opened.my_sequence,
            at=now,
            record_count=len(opened.records),
            base_bundle_id=manifest.base,
            acknowledged_at=None,
        )
    )
    if opened.kind is BundleKind.CONSENT_WITHDRAWAL:
        return apply_withdrawal(ctx, repos, plan, sender)
    if opened.kind is BundleKind.WITHDRAWAL_ACK:
        return apply_acknowledgement(ctx, repos, plan, sender, now)
    if opened.kind is BundleKind.WITHDRAWAL_NOTICE:
        return apply_notice(ctx, repos, plan, sender)
    if opened.kind is BundleKind.HANDOVER_ACK:
        return apply_handover_ack(ctx, repos, plan, sender)
    if opened.kind is BundleKind.CASE_HANDOVER:
        return apply_handover(ctx, repos, plan, sender)
    assert opened.consent is not None and manifest.participant_uid is not None
    provenance = ProvenanceRepository(conn)
    conflicts = ConflictRepository(conn)
    pid = repos.participants.id_for_uid(manifest.participant_uid)
    ordered = sorted(plan.records, key=lambda p: p.record.type is not RecordType.PARTICIPANT)
    conflict_count = 0
    participant_uid, consent_uid = str(manifest.participant_uid), str(opened.consent.uid)
    received: list[tuple[str, str, str]] = []  # (uid, type, hash) of each record kept
    fresh: list[CaseModel] = []  # new goals, meetings and safety: inserted together
    for item in ordered:
        record = item.record
        if item.action is RecordAction.CONFLICT:
            conflicts.add(
                record_uid=record.id,
                record_type=record.type.value,
                participant_uid=participant_uid,
                bundle_id=manifest.bundle_id,
                sender_fp=sender.fingerprint,
                consent_uid=consent_uid,
                incoming=record.data,
                incoming_hash=record.sha256,
                now=now,
            )
            conflict_count += 1
            continue
        if item.action is RecordAction.ADD and record.type in _BATCHED:
            assert item.model is not None  # validate_record returned it while planning
            fresh.append(item.model)
        elif item.action is not RecordAction.UNCHANGED:
            pid = write_record(repos, record, pid, now)
        received.append((record.id, record.type.value, record.sha256))
    # Nothing above reads what these write: a statement per table, as the loop would have.
    add_new_records(repos, fresh, pid)
    provenance.record_received(
        received,
        participant_uid=participant_uid,
        sender_fp=sender.fingerprint,
        bundle_id=manifest.bundle_id,
        consent_uid=consent_uid,
        imported_at=now,
    )
    for uid in manifest.removed:
        known = provenance.latest(uid)
        # check_removals refused anything else: these rows are all this sender's.
        if known is not None:
            provenance.forget(uid, sender.fingerprint)
            if known.record_type in ("goal", "meeting", "safety"):
                store.delete_by_uid(conn, known.record_type, uid)
    assert pid is not None
    _store_consent(ctx, repos, opened, pid)
    ctx.audit(
        conn,
        "exchange.import",
        str(manifest.participant_uid),
        bundle=manifest.bundle_id,
        records=len(opened.records),
        conflicts=conflict_count,
        from_=sender.fingerprint[:32],
    )
    return ImportResult(plan, pid, conflict_count, 0)


def _store_consent(ctx: Context, repos: Repos, opened: OpenedBundle, participant_id: int) -> None:
    """Keep the consent the data came under, with its signature, so this vault knows what it
    may do with it and can purge it on withdrawal."""
    assert opened.consent is not None and opened.manifest.consent is not None
    provenance = ProvenanceRepository(repos.conn)
    uid = str(opened.consent.uid)
    if repos.consents.get_by_uid(opened.consent.uid) is None:
        stored = repos.consents.add(
            opened.consent.model_copy(update={"id": None, "participant_id": participant_id})
        )
        assert stored.id is not None
        signed = opened.manifest.consent
        repos.consents.set_signature(stored.id, signed.signature, signed.payload)
        store.set_consent_signer(repos.conn, stored.id, signed.signer)
    elif provenance.owner(uid) != opened.sender.fingerprint:
        # A consent this vault wrote (or had from someone else) stays as it is, unclaimed.
        return
    provenance.record(
        Provenance(
            record_uid=uid,
            record_type="consent",
            participant_uid=str(opened.consent.participant_uid),
            sender_fp=opened.sender.fingerprint,
            bundle_id=opened.bundle_id,
            consent_uid=uid,
            record_hash="",
            imported_at=ctx.clock(),
        )
    )
