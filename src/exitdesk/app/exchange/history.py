"""A participant's exchange history: what went out and came in, with whom, under which consent."""

from __future__ import annotations

from exitdesk.app.context import Context
from exitdesk.app.exchange.contacts import contact_view
from exitdesk.app.exchange.results import HistoryEntry
from exitdesk.app.repos import Repos, require_participant
from exitdesk.vault.exchange_store import BundleLogRepository, ContactRepository


def participant_history(ctx: Context, participant_id: int) -> list[HistoryEntry]:
    with ctx.vault.reading() as conn:
        participant = require_participant(Repos.over(conn, ctx.clock), participant_id)
    with ctx.vault.reading() as conn:
        entries = BundleLogRepository(conn).for_participant(str(participant.uid))
        contacts = {c.id: c for c in ContactRepository(conn).all()}
    result = []
    for e in entries:
        contact = contacts.get(e.contact_id) if e.contact_id is not None else None
        result.append(
            HistoryEntry(
                at=e.at,
                direction=e.direction,
                kind=e.kind,
                contact=contact_view(ctx, contact).label if contact else "several contacts",
                consent_uid=e.consent_uid,
                records=e.record_count,
                acknowledged=e.acknowledged_at is not None,
            )
        )
    return result
