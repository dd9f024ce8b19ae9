"""Consent expiry at a receiving vault: what was received under a consent that has run out
(or whose consent record is no longer here) is purged, tombstoned and audited. Runs on unlock
and, in the window, periodically while the vault is open."""

from __future__ import annotations

from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.exchange.results import ExpiryResult
from exitdesk.app.exchange.withdrawal import purge_consent
from exitdesk.app.repos import Repos
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import ProvenanceRepository


def purge_expired_consents(ctx: Context) -> ExpiryResult:
    """Purge everything received under consents no longer in force here; one transaction,
    one audit entry per consent, and the WAL written away before returning."""
    now = ctx.clock()
    consents = 0
    records = 0
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        for consent_uid in ProvenanceRepository(conn).consents():
            consent = repos.consents.get_by_uid(UUID(consent_uid))
            # A received record is held only while a consent covers it: a consent missing
            # here covers nothing. (Withdrawals purge through their own path.)
            if consent is not None and now < consent.valid_until:
                continue
            purged = purge_consent(repos, consent_uid)
            store.tombstone_consent(conn, consent_uid, now, purged)
            ctx.audit(conn, "exchange.consent_expired", consent_uid, records=purged)
            consents += 1
            records += purged
    if consents:
        ctx.vault.checkpoint()
    return ExpiryResult(consents=consents, records=records)
