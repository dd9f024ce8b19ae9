"""The outbox: outgoing files (acknowledgements, withdrawal notices, withdrawals issued on a
notice or when a handed-over case's consents end, hand-over acknowledgements) queued inside
the vault in the same transaction as the change that produced them, and written out to a
folder until handed over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError
from exitdesk.app.exchange.contacts import contact_view
from exitdesk.app.exchange.files import new_outgoing_path, sync_folder, write_outgoing_file
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleKind
from exitdesk.vault.errors import DiskFullError
from exitdesk.vault.exchange_store import ContactRepository, OutboxItem, OutboxRepository


@dataclass(frozen=True)
class OutboxEntry:
    """One pending outgoing file, as the CLI and the window list it (no bytes)."""

    id: int
    kind: BundleKind
    contact: str | None
    created_at: datetime
    size: int


def queue_outgoing(
    ctx: Context,
    conn: Any,
    kind: BundleKind,
    contact_id: int | None,
    data: bytes,
    bundle_id: str | None = None,
) -> int:
    """Put an outgoing file into the outbox inside the caller's transaction; it commits or
    rolls back with the change that produced it, so it can never be lost in between."""
    item_id = OutboxRepository(conn).add(kind.value, contact_id, bundle_id, data, ctx.clock())
    ctx.audit(conn, "outbox.queued", None, kind=kind.value, item=item_id)
    return item_id


def pending(ctx: Context) -> list[OutboxEntry]:
    """Every outgoing file not yet written out, oldest first."""
    with ctx.vault.reading() as conn:
        contacts = ContactRepository(conn)
        entries = []
        for item in OutboxRepository(conn).pending():
            contact = None if item.contact_id is None else contacts.get(item.contact_id)
            entries.append(
                OutboxEntry(
                    id=item.id,
                    kind=BundleKind(item.kind),
                    contact=None if contact is None else contact_view(ctx, contact).label,
                    created_at=item.created_at,
                    size=len(item.data),
                )
            )
    return entries


def _unwritable(folder: Path, count: int) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "cannot write to the folder {name}; {count} file(s) stay in the outbox",
        ),
        name=folder.name or str(folder),
        count=count,
    )


def write_pending(ctx: Context, folder: Path) -> list[Path]:
    """Write every pending file under a neutral name into ``folder``; they are marked written,
    in one transaction, only once every file is durably on disk (written, fsynced, renamed,
    the folder fsynced). A crash before that leaves them pending, to be written again (a copy
    a contact imports twice is refused as already imported). A missing or unwritable folder
    leaves everything not yet written pending and says so in one line."""
    with ctx.vault.reading() as conn:
        items = OutboxRepository(conn).pending()
    if not items:
        return []
    if not folder.is_dir():
        raise _unwritable(folder, len(items))
    written: list[tuple[OutboxItem, Path]] = []
    failed = False
    for item in items:
        path = new_outgoing_path(folder, BundleKind(item.kind))
        try:
            write_outgoing_file(path, item.data, sync_folder=False)
        except (OSError, DiskFullError):
            failed = True
            break
        written.append((item, path))
    if written:
        try:
            sync_folder(folder)
        except (OSError, DiskFullError):
            raise _unwritable(folder, len(items)) from None
        with ctx.vault.transaction() as conn:
            outbox = OutboxRepository(conn)
            for item, _ in written:
                outbox.mark_written(item.id, ctx.clock())
                ctx.audit(conn, "outbox.written", None, kind=item.kind, item=item.id)
    if failed:
        raise _unwritable(folder, len(items) - len(written))
    return [path for _, path in written]


def mark_saved(ctx: Context, item_ids: tuple[int, ...]) -> None:
    """The window saved these files itself (to a path the worker chose): they are handed over."""
    with ctx.vault.transaction() as conn:
        outbox = OutboxRepository(conn)
        for item_id in item_ids:
            if outbox.mark_written(item_id, ctx.clock()):
                ctx.audit(conn, "outbox.written", None, item=item_id)
