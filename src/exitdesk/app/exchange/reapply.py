"""Re-applying the tombstone journal on unlock: a consent purged here whose received records
are back (an older backup was restored) is purged again, audited, and the WAL checkpointed."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.exchange.journal import tombstone_journal
from exitdesk.app.exchange.withdrawal import purge_consent
from exitdesk.app.repos import Repos
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import ProvenanceRepository
from exitdesk.vault.tombstones import read_journal

# Audited on each such purge, in the shape audit details take (no spaces).
REAPPLIED = "reapplied_after_restore"


@dataclass(frozen=True)
class Reapplied:
    consents: int  # consents whose received records were purged again
    records: int
    journal_intact: bool  # False: the journal failed its check; only lines before it were used


def reapply_tombstones(ctx: Context) -> Reapplied:
    journal = read_journal(tombstone_journal(ctx), ctx.vault.journal_key())
    consents = records = 0
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        if not journal.intact:
            ctx.audit(conn, "tombstones.journal_damaged")
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
    if consents:
        ctx.vault.checkpoint()
    return Reapplied(consents, records, journal.intact)
