"""Export: a consented case bundle or a termination notice for one verified contact, and the
one place any outgoing bundle is built, logged and written."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any
from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError
from exitdesk.app.exchange.consent import (
    check_consent_at_export,
    live_consent_for,
    signed_consent,
)
from exitdesk.app.exchange.contacts import contact_or_fail, public_identity, sendable
from exitdesk.app.exchange.files import write_outgoing_file
from exitdesk.app.exchange.journal import record_sent, record_shared
from exitdesk.app.exchange.records import case_records, lifecycle_record
from exitdesk.app.exchange.results import ExportResult
from exitdesk.app.repos import Repos, require_participant
from exitdesk.domain import ConsentScopeError, DataCategory, LifecycleState
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import (
    BundleKind,
    BundleRecord,
    RecordType,
    SignedConsent,
    SignedWithdrawal,
    build_bundle,
    new_bundle_id,
)
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import (
    BundleLogEntry,
    BundleLogRepository,
    ContactRepository,
    ProvenanceRepository,
    SentRecordRepository,
    SequenceRepository,
    StoredContact,
)


def export_case(
    ctx: Context,
    participant_id: int,
    contact_id: int,
    out: Path,
    categories: Iterable[DataCategory] | None = None,
) -> ExportResult:
    """Write a bundle for one contact under a live consent. A later export to the same contact
    carries only what changed since the previous one (a case update)."""
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        contact = contact_or_fail(ContactRepository(conn), contact_id)
        view = sendable(ctx, contact)
        participant = require_participant(repos, participant_id)
        consent = live_consent_for(ctx, repos, participant_id, contact, view.label)
        wanted = set(consent.categories if categories is None else categories)
        check_consent_at_export(
            ctx, consent, contact, view.label, wanted, repos=repos, participant=participant
        )
        if DataCategory.IDENTITY not in wanted:
            raise ConsentScopeError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "consent {consent}: a case cannot be sent without its identity category",
                ),
                consent=consent.reference(),
            )
        records, withheld = _own_records(
            conn, str(participant.uid), case_records(repos, participant, wanted)
        )
        if not records:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "everything about this participant was received from another worker; received records are not passed on",  # noqa: E501
                )
            )
        sent = SentRecordRepository(conn)
        previous = sent.hashes(contact.id, str(participant.uid))
        last = _last_case_bundle(BundleLogRepository(conn), contact.id, str(participant.uid))
        kind = BundleKind.CASE_TRANSFER
        removed: tuple[str, ...] = ()
        if previous and last is not None:
            kind = BundleKind.CASE_UPDATE
            current = {r.id for r in records}
            removed = tuple(sorted(uid for uid in previous if uid not in current))
            records = [r for r in records if previous.get(r.id) != r.sha256]
            if not records and not removed:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "nothing has changed since the last bundle to {contact}"
                    ),
                    contact=view.label,
                )
        bundle_id = send_bundle(
            ctx,
            conn,
            [contact],
            kind,
            records,
            out,
            consent=signed_consent(repos, consent),
            participant_uid=participant.uid,
            consent_uid=str(consent.uid),
            base=last if kind is BundleKind.CASE_UPDATE else None,
            removed=removed,
        )
        sent.record_many(
            contact.id, str(participant.uid), ((r.id, r.sha256) for r in records), bundle_id
        )
        for uid in removed:
            sent.forget(contact.id, uid)
        ctx.audit(
            conn,
            "exchange.export",
            str(participant.uid),
            bundle=bundle_id,
            records=len(records),
            to=contact.fingerprint[:32],
            withheld=len(withheld),
        )
    return ExportResult(
        path=out,
        bundle_id=bundle_id,
        kind=kind,
        records=len(records),
        removed=len(removed),
        consent_label=consent.label(),
        contact=view,
        received_not_sent=withheld,
    )


def _own_records(
    conn: Any, participant_uid: str, records: list[BundleRecord]
) -> tuple[list[BundleRecord], tuple[RecordType, ...]]:
    """Split a case into what this vault owns and what it received: received records are
    never passed on (only their sender may send them), so the export leaves them out and
    says how many of which type it left out."""
    owners = ProvenanceRepository(conn).owners([participant_uid, *(r.id for r in records)])
    own: list[BundleRecord] = []
    withheld: list[RecordType] = []
    for record in records:
        owner = owners.get(record.id)
        if owner is None and record.type is RecordType.LIFECYCLE:  # as record_owner
            owner = owners.get(participant_uid)
        if owner is None:
            own.append(record)
        else:
            withheld.append(record.type)
    return own, tuple(withheld)


def send_termination_notice(
    ctx: Context, participant_id: int, contact_id: int, out: Path
) -> ExportResult:
    """Tell a contact that participation has ended, and by whom (no reasons: the programme
    ends without repercussions). Travels under a live consent covering the status."""
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        contact = contact_or_fail(ContactRepository(conn), contact_id)
        view = sendable(ctx, contact)
        participant = require_participant(repos, participant_id)
        if participant.state is not LifecycleState.ENDED:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "participation has not ended; end it before sending a notice"
                )
            )
        consent = live_consent_for(ctx, repos, participant_id, contact, view.label)
        check_consent_at_export(
            ctx,
            consent,
            contact,
            view.label,
            [DataCategory.STATUS],
            repos=repos,
            participant=participant,
        )
        record = lifecycle_record(participant)
        bundle_id = send_bundle(
            ctx,
            conn,
            [contact],
            BundleKind.TERMINATION_NOTICE,
            [record],
            out,
            consent=signed_consent(repos, consent),
            participant_uid=participant.uid,
            consent_uid=str(consent.uid),
        )
        SentRecordRepository(conn).record(
            contact.id, str(participant.uid), record.id, record.sha256, bundle_id
        )
        ctx.audit(
            conn,
            "exchange.termination_notice",
            str(participant.uid),
            bundle=bundle_id,
            to=contact.fingerprint[:32],
        )
    return ExportResult(
        path=out,
        bundle_id=bundle_id,
        kind=BundleKind.TERMINATION_NOTICE,
        records=1,
        removed=0,
        consent_label=consent.label(),
        contact=view,
    )


def send_bundle(
    ctx: Context,
    conn: Any,
    recipients: list[StoredContact],
    kind: BundleKind,
    records: list[BundleRecord],
    out: Path,
    *,
    consent: SignedConsent | None = None,
    withdrawal: SignedWithdrawal | None = None,
    participant_uid: UUID | None,
    consent_uid: str | None,
    base: str | None = None,
    removed: tuple[str, ...] = (),
    sync_folder: bool = True,
) -> str:
    """Build, log and write one bundle inside the caller's transaction. The file is written
    last and atomically: if writing fails, the transaction rolls back and nothing is logged.
    ``sync_folder=False``: the caller fsyncs the folder before its commit."""
    bundle_id, data = prepare_bundle(
        ctx,
        conn,
        recipients,
        kind,
        records,
        consent=consent,
        withdrawal=withdrawal,
        participant_uid=participant_uid,
        consent_uid=consent_uid,
        base=base,
        removed=removed,
    )
    write_outgoing_file(out, data, sync_folder=sync_folder)
    if consent_uid is not None and records:
        # Only once the file is there: withdrawing the consent later tells these recipients
        # even if this vault is restored from a backup from before this bundle.
        for contact in recipients:
            record_shared(ctx, consent_uid, contact.fingerprint)
    return bundle_id


def prepare_bundle(
    ctx: Context,
    conn: Any,
    recipients: list[StoredContact],
    kind: BundleKind,
    records: list[BundleRecord],
    *,
    consent: SignedConsent | None = None,
    withdrawal: SignedWithdrawal | None = None,
    participant_uid: UUID | None,
    consent_uid: str | None,
    base: str | None = None,
    removed: tuple[str, ...] = (),
) -> tuple[str, bytes]:
    """Build and log one bundle inside the caller's transaction (sequence numbers, the bundle
    log, its recipients) and return its id and bytes, for the caller to write or queue."""
    me = ctx.identity
    sequences = SequenceRepository(conn)
    numbers = {c.fingerprint: sequences.last(me.fingerprint, c.fingerprint) + 1 for c in recipients}
    bundle_id = new_bundle_id()
    data = build_bundle(
        me,
        [public_identity(c) for c in recipients],
        kind,
        records,
        consent=consent,
        withdrawal=withdrawal,
        sequences=numbers,
        participant_uid=participant_uid,
        clock=ctx.clock,
        bundle_id=bundle_id,
        base=base,
        removed=removed,
    )
    now = ctx.clock()
    for contact in recipients:
        sequences.record(me.fingerprint, contact.fingerprint, numbers[contact.fingerprint])
        # Also outside the vault: a backup restored later numbers on from here.
        record_sent(ctx, contact.fingerprint, numbers[contact.fingerprint])
    BundleLogRepository(conn).add(
        BundleLogEntry(
            bundle_id=bundle_id,
            direction="out",
            kind=kind.value,
            contact_id=recipients[0].id if len(recipients) == 1 else None,
            consent_uid=consent_uid,
            participant_uid=None if participant_uid is None else str(participant_uid),
            sequence=max(numbers.values()),
            at=now,
            record_count=len(records),
            base_bundle_id=base,
            acknowledged_at=None,
        )
    )
    for contact in recipients:
        store.log_recipient(conn, bundle_id, contact.id)
    return bundle_id, data


def _last_case_bundle(
    log: BundleLogRepository, contact_id: int, participant_uid: str
) -> str | None:
    for entry in reversed(log.for_participant(participant_uid)):
        if (
            entry.direction == "out"
            and entry.contact_id == contact_id
            and entry.kind in (BundleKind.CASE_TRANSFER.value, BundleKind.CASE_UPDATE.value)
        ):
            return entry.bundle_id
    return None
