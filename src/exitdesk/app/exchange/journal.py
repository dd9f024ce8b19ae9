"""Writing the tombstone journal: every purge of received records, every case removed on a
hand-over's acknowledgement and every outgoing bundle's sequence number is also recorded
outside the vault (see ``vault/tombstones.py``), so a restored older backup cannot keep what
was purged or handed over, nor number its next bundles as ones its contacts have seen."""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from pathlib import Path

from exitdesk.app.context import Context
from exitdesk.vault.exchange_store import StoredContact
from exitdesk.vault.tombstones import (
    HANDED_OVER,
    SENT,
    SHARED,
    append_tombstone,
    journal_path,
    read_journal,
)


def tombstone_journal(ctx: Context) -> Path:
    """This vault's journal file in the per-user state folder (``Options.state_dir``)."""
    return journal_path(ctx.vault.vault_id, ctx.options.state_dir)


def record_purge(ctx: Context, consent_uid: str, kind: str = "withdrawn") -> None:
    """Call in the same operation as each purge (withdrawal or expiry), before it returns. A
    line for a purge whose transaction then rolls back only purges again later, never less."""
    append_tombstone(
        tombstone_journal(ctx), ctx.vault.journal_key(), kind, consent_uid, ctx.clock()
    )


def record_handover(ctx: Context, participant_uid: str, ack_bundle_id: str) -> None:
    """Call inside the transaction that removes a handed-over case on its acknowledgement. A
    line whose transaction then rolls back costs nothing: the acknowledgement is not logged as
    imported, so unlocking removes the case as importing it again would."""
    append_tombstone(
        tombstone_journal(ctx),
        ctx.vault.journal_key(),
        HANDED_OVER,
        participant_uid,
        ctx.clock(),
        ack_bundle_id,
    )


def record_sent(ctx: Context, recipient_fingerprint: str, number: int) -> None:
    """Call inside the transaction that takes sequence ``number`` for a bundle to this
    recipient. A line whose transaction then rolls back only skips a number later (a gap the
    recipient is told about), never reuses one."""
    append_tombstone(
        tombstone_journal(ctx),
        ctx.vault.journal_key(),
        SENT,
        recipient_key(ctx, recipient_fingerprint),
        ctx.clock(),
        str(number),
    )


def recipient_key(ctx: Context, fingerprint: str) -> str:
    """The journal's name for a recipient: keyed under the journal's key, so the file outside
    the vault does not say whom this vault exchanges with."""
    digest = hmac.new(ctx.vault.journal_key(), b"recipient\x00" + fingerprint.encode(), "sha256")
    return digest.hexdigest()[:32]


def journal_recipients(
    ctx: Context, contacts: Iterable[StoredContact], consent_uid: str
) -> list[StoredContact]:
    """The unrevoked ``contacts`` the journal says received data under ``consent_uid``."""
    keys = shared_under(ctx, consent_uid)
    if not keys:
        return []
    return [
        c for c in contacts if c.revoked_at is None and recipient_key(ctx, c.fingerprint) in keys
    ]


def record_shared(ctx: Context, consent_uid: str, recipient_fingerprint: str) -> None:
    """Call inside the transaction that sends data under ``consent_uid`` to this recipient:
    withdrawing the consent later tells them even if this vault was restored from a backup
    from before the bundle went out."""
    append_tombstone(
        tombstone_journal(ctx),
        ctx.vault.journal_key(),
        SHARED,
        consent_uid,
        ctx.clock(),
        recipient_key(ctx, recipient_fingerprint),
    )


def shared_under(ctx: Context, consent_uid: str) -> set[str]:
    """The recipient keys the journal says received data under ``consent_uid``."""
    journal = read_journal(tombstone_journal(ctx), ctx.vault.journal_key())
    wanted = consent_uid.replace("-", "").lower()
    return {key for uid, key in journal.shared if uid == wanted}


def last_sent_to(ctx: Context, fingerprint: str) -> int:
    """The highest sequence number the journal says went to this recipient (0 if none)."""
    journal = read_journal(tombstone_journal(ctx), ctx.vault.journal_key())
    return dict(journal.sent).get(recipient_key(ctx, fingerprint), 0)
