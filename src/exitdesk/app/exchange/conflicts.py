"""Conflicts: a record changed here and by its sender since the last exchange waits for the
worker, who keeps this vault's version or takes the sender's."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError, NotFoundError
from exitdesk.app.exchange.contacts import contact_view
from exitdesk.app.exchange.records import local_record, write_record
from exitdesk.app.exchange.results import ConflictSides
from exitdesk.app.repos import Repos
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleRecord, RecordType
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import (
    Conflict,
    ConflictRepository,
    ContactRepository,
    Provenance,
    ProvenanceRepository,
)


def open_conflicts(ctx: Context) -> list[Conflict]:
    with ctx.vault.reading() as conn:
        return ConflictRepository(conn).open()


def _conflict_or_fail(conflicts: ConflictRepository, conflict_id: int) -> Conflict:
    conflict = conflicts.get(conflict_id)
    if conflict is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no conflict {conflict_id}"),
            conflict_id=conflict_id,
        )
    return conflict


def _incoming(conflict: Conflict) -> BundleRecord:
    return BundleRecord(
        conflict.record_uid, RecordType(conflict.record_type), None, conflict.incoming
    )


def conflict_sides(ctx: Context, conflict_id: int) -> ConflictSides:
    """Both versions of a conflicting record, as field/value objects, for a side-by-side view:
    this vault's current one (``None`` if it is gone) and the incoming one."""
    with ctx.vault.reading() as conn:
        repos = Repos.over(conn, ctx.clock)
        conflict = _conflict_or_fail(ConflictRepository(conn), conflict_id)
        incoming = _incoming(conflict)
        current = local_record(repos, incoming)
        participant = repos.participants.get_by_uid(UUID(conflict.participant_uid))
        sender = ContactRepository(conn).by_fingerprint(conflict.sender_fp)
    return ConflictSides(
        conflict=conflict,
        participant_alias=None if participant is None else participant.alias,
        sender=None if sender is None else contact_view(ctx, sender).label,
        mine=None if current is None else current.object(),
        theirs=incoming.object(),
    )


def resolve_conflict(ctx: Context, conflict_id: int, *, take_incoming: bool) -> None:
    """Keep this vault's version or take the sender's; either way the conflict closes and the
    sender's version becomes the new common ground for the next exchange."""
    now = ctx.clock()
    with ctx.vault.transaction() as conn:
        repos = Repos.over(conn, ctx.clock)
        conflicts = ConflictRepository(conn)
        conflict = _conflict_or_fail(conflicts, conflict_id)
        live = _consent_still_live(ctx, repos, conflict)
        if take_incoming and not live:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the consent this version came under has ended or was withdrawn; it cannot be taken",  # noqa: E501
                )
            )
        if take_incoming:
            pid = repos.participants.id_for_uid(UUID(conflict.participant_uid))
            write_record(repos, _incoming(conflict), pid, now)
        # Nothing may become received under a dead consent: the conflict just closes.
        if live:
            _sender_version_is_common_ground(conn, conflict, now)
        conflicts.resolve(conflict_id)
        ctx.audit(
            conn,
            "exchange.conflict_resolved",
            conflict.participant_uid,
            took="theirs" if take_incoming else "mine",
        )
    # The version not kept is deleted with the conflict row: write it away now.
    ctx.vault.checkpoint()


def _sender_version_is_common_ground(conn: Any, conflict: Conflict, now: datetime) -> None:
    ProvenanceRepository(conn).record(
        Provenance(
            record_uid=conflict.record_uid,
            record_type=conflict.record_type,
            participant_uid=conflict.participant_uid,
            sender_fp=conflict.sender_fp,
            bundle_id=conflict.bundle_id,
            consent_uid=conflict.consent_uid,
            record_hash=conflict.incoming_hash,
            imported_at=now,
        )
    )


def _consent_still_live(ctx: Context, repos: Repos, conflict: Conflict) -> bool:
    """Received data may only be written while its consent is live here and not tombstoned."""
    if store.is_tombstoned(repos.conn, conflict.consent_uid):
        return False
    consent = repos.consents.get_by_uid(UUID(conflict.consent_uid))
    return consent is not None and consent.is_live(ctx.clock)
