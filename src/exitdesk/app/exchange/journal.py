"""Writing the tombstone journal: every purge of received records, every case removed on a
hand-over's acknowledgement and every outgoing bundle's sequence number is also recorded
outside the vault (see ``vault/tombstones.py``), so a restored older backup cannot keep what
was purged or handed over, nor number its next bundles as ones its contacts have seen."""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from exitdesk.app.context import Context
from exitdesk.vault.exchange_store import StoredContact
from exitdesk.vault.tombstones import (
    HANDED_OVER,
    SENT,
    SHARED,
    JournalRead,
    append_tombstone,
    deferred_sync,
    journal_path,
    read_journal,
)


def tombstone_journal(ctx: Context) -> Path:
    """This vault's journal file in the per-user state folder (``Options.state_dir``)."""
    return journal_path(ctx.vault.vault_id, ctx.options.state_dir)


def read_own_journal(ctx: Context) -> JournalRead:
    """This vault's journal, checked under its key."""
    return read_journal(tombstone_journal(ctx), ctx.vault.journal_key())


@contextmanager
def journal_batch(ctx: Context) -> Iterator[None]:
    """Many operations in one transaction: their journal lines are fsynced once, when the
    block ends. Open it inside the transaction, so that it ends before the commit."""
    with deferred_sync(tombstone_journal(ctx)):
        yield


def _append(ctx: Context, kind: str, uid: str, extra: str | None = None) -> None:
    append_tombstone(tombstone_journal(ctx), ctx.vault.journal_key(), kind, uid, ctx.clock(), extra)


def record_purge(ctx: Context, consent_uid: str, kind: str = "withdrawn") -> None:
    """Call in the same operation as each purge (withdrawal or expiry), before it returns. A
    line for a purge whose transaction then rolls back only purges again later, never less."""
    _append(ctx, kind, consent_uid)


def record_handover(ctx: Context, participant_uid: str, ack_bundle_id: str) -> None:
    """Call inside the transaction that removes a handed-over case on its acknowledgement. A
    line whose transaction then rolls back costs nothing: the acknowledgement is not logged as
    imported, so unlocking removes the case as importing it again would."""
    _append(ctx, HANDED_OVER, participant_uid, ack_bundle_id)


def record_sent(ctx: Context, recipient_fingerprint: str, number: int) -> None:
    """Call inside the transaction that takes sequence ``number`` for a bundle to this
    recipient. A line whose transaction then rolls back only skips a number later (a gap the
    recipient is told about), never reuses one."""
    _append(ctx, SENT, recipient_key(ctx, recipient_fingerprint), str(number))


def record_shared(ctx: Context, consent_uid: str, recipient_fingerprint: str) -> None:
    """Call inside the transaction that sends data under ``consent_uid`` to this recipient:
    withdrawing the consent later tells them even if this vault was restored from a backup
    from before the bundle went out."""
    _append(ctx, SHARED, consent_uid, recipient_key(ctx, recipient_fingerprint))


def _keyed(key: bytes, fingerprint: str) -> str:
    digest = hmac.new(key, b"recipient\x00" + fingerprint.encode(), "sha256")
    return digest.hexdigest()[:32]


def recipient_key(ctx: Context, fingerprint: str) -> str:
    """The journal's name for a recipient: keyed under the journal's key, so the file outside
    the vault does not say whom this vault exchanges with."""
    return _keyed(ctx.vault.journal_key(), fingerprint)


def by_recipient_key(ctx: Context, contacts: Iterable[StoredContact]) -> dict[str, StoredContact]:
    """``contacts`` by their journal name (the journal's key derived once for all of them)."""
    key = ctx.vault.journal_key()
    return {_keyed(key, c.fingerprint): c for c in contacts}


def journal_recipients(
    ctx: Context, contacts: Iterable[StoredContact], consent_uid: str
) -> list[StoredContact]:
    """The unrevoked ``contacts`` the journal says received data under ``consent_uid``."""
    wanted = consent_uid.replace("-", "").lower()
    keys = {key for uid, key in read_own_journal(ctx).shared if uid == wanted}
    if not keys:
        return []
    live = (c for c in contacts if c.revoked_at is None)
    return [c for name, c in by_recipient_key(ctx, live).items() if name in keys]


def last_sent_to(ctx: Context, fingerprint: str) -> int:
    """The highest sequence number the journal says went to this recipient (0 if none)."""
    return dict(read_own_journal(ctx).sent).get(recipient_key(ctx, fingerprint), 0)
