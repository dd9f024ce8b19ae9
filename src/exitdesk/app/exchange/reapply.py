"""Re-applying the tombstone journal on unlock: a consent purged here whose received records
are back (an older backup was restored) is purged again, a case handed over whose
acknowledgement the database does not know yet is removed again, each audited, and the WAL
checkpointed."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.exchange.handover import case_size, remove_case
from exitdesk.app.exchange.journal import by_recipient_key, read_own_journal
from exitdesk.app.exchange.notices import end_consents_with_case
from exitdesk.app.exchange.withdrawal import purge_consent
from exitdesk.app.repos import Repos
from exitdesk.exchange import BundleKind
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import (
    BundleLogEntry,
    BundleLogRepository,
    ContactRepository,
    HandoverRepository,
    ProvenanceRepository,
    SequenceRepository,
)
from exitdesk.vault.tombstones import HandedOver

# Audited on each such purge, in the shape audit details take (no spaces).
REAPPLIED = "reapplied_after_restore"


@dataclass(frozen=True)
class Reapplied:
    consents: int  # consents whose received records were purged again
    records: int  # records those purges and hand-overs deleted
    journal_intact: bool  # False: the journal failed its check; only lines before it were used
    handovers: int = 0  # handed-over cases removed again


def reapply_tombstones(ctx: Context) -> Reapplied:
    journal = read_own_journal(ctx)
    consents = records = handovers = 0
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        if not journal.intact:
            ctx.audit(conn, "tombstones.journal_damaged")
        # First: the withdrawals a hand-over done again queues take numbers after these.
        _number_on(ctx, repos, dict(journal.sent))
        for hex_uid in journal.consent_uids:
            consent_uid = str(UUID(hex_uid))
            back = ProvenanceRepository(conn).under_consent(consent_uid)
            if not back and store.is_tombstoned(conn, consent_uid):
                continue
            purged = purge_consent(repos, consent_uid)
            store.tombstone_consent(conn, consent_uid, ctx.clock(), purged)
            ctx.audit(conn, "exchange.purge", consent_uid, records=purged, **{REAPPLIED: True})
            consents += 1
            records += purged
        for handed in journal.handovers:
            removed = _hand_over_again(ctx, repos, handed)
            if removed is not None:
                handovers += 1
                records += removed
    if consents or handovers:
        ctx.vault.checkpoint()
    return Reapplied(consents, records, journal.intact, handovers)


def _hand_over_again(ctx: Context, repos: Repos, handed: HandedOver) -> int | None:
    """Redo an acknowledged hand-over in a database from before its acknowledgement (from
    before the hand-over was even sent, too), as importing that acknowledgement did; ``None``
    if the database already has it. Only the acknowledgement's id in the bundle log tells:
    the case itself may be here again by right, sent back later by its new owner."""
    log = BundleLogRepository(repos.conn)
    if log.seen(handed.ack_bundle_id):
        return None
    participant_uid = str(UUID(handed.participant_uid))
    removed = case_size(repos, participant_uid)
    now = ctx.clock()
    handovers = HandoverRepository(repos.conn)
    pending = handovers.pending_for(participant_uid)  # at most one: a second waits for it
    receiver = pending[0].contact_id if pending else None
    # The withdrawals importing the acknowledgement queued are not in this older database:
    # queued again (a recipient that already purged takes a second one harmlessly).
    withdrawals = end_consents_with_case(ctx, repos, participant_uid, receiver)
    remove_case(repos, participant_uid)
    for entry in pending:
        handovers.acknowledge(entry.bundle_id, now)
    base = pending[0] if pending else None
    # Logged as imported: the next unlock leaves the case alone, and the acknowledgement
    # itself, if it is offered again, is refused as seen.
    log.add(
        BundleLogEntry(
            bundle_id=handed.ack_bundle_id,
            direction="in",
            kind=BundleKind.HANDOVER_ACK.value,
            contact_id=None if base is None else base.contact_id,
            consent_uid=None,
            participant_uid=participant_uid,
            sequence=0,
            at=now,
            record_count=0,
            base_bundle_id=None if base is None else base.bundle_id,
            acknowledged_at=None,
        )
    )
    ctx.audit(
        repos.conn,
        "exchange.handover_completed",
        participant_uid,
        records=removed,
        withdrawals=len(withdrawals),
        **{REAPPLIED: True},
    )
    return removed


def _number_on(ctx: Context, repos: Repos, sent: dict[str, int]) -> None:
    """Outgoing sequence numbers at least the journal's: after a restore, the next bundle to a
    contact follows the last one sent to it, so it is not refused as older than one imported
    (a withdrawal from a restored vault would be). Not audited: no record changes."""
    if not sent:
        return
    me = ctx.identity.fingerprint
    sequences = SequenceRepository(repos.conn)
    for name, contact in by_recipient_key(ctx, ContactRepository(repos.conn).all()).items():
        highest = sent.get(name)
        if highest is not None and sequences.last(me, contact.fingerprint) < highest:
            sequences.record(me, contact.fingerprint, highest)
