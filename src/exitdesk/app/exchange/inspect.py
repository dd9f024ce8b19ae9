"""Inspecting a bundle: everything that can be said about it after verification, without
importing anything."""

from __future__ import annotations

from exitdesk.app.context import Context
from exitdesk.app.exchange.contacts import sender_resolver
from exitdesk.app.exchange.results import InspectReport
from exitdesk.exchange import inspect_without_keys, open_bundle
from exitdesk.vault.exchange_store import BundleLogRepository, ContactRepository


def inspect_bundle(ctx: Context, data: bytes) -> InspectReport:
    outer = inspect_without_keys(data)
    notes: list[str] = []
    with ctx.vault.reading() as conn:
        opened = open_bundle(
            data, ctx.identity, resolve_sender=sender_resolver(ctx, conn), clock=ctx.clock
        )
        sender = ContactRepository(conn).by_fingerprint(opened.sender.fingerprint)
        if sender is not None and not sender.verified:
            notes.append("the sender is not verified yet")
        if BundleLogRepository(conn).seen(opened.bundle_id):
            notes.append("this bundle was already imported")
    return InspectReport(outer=outer, opened=opened, notes=tuple(notes))
