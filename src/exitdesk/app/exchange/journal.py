"""Writing the tombstone journal: every purge of received records, and every case removed on a
hand-over's acknowledgement, is also recorded outside the vault (see ``vault/tombstones.py``),
so a restored older backup cannot keep what was purged or handed over."""

from __future__ import annotations

from pathlib import Path

from exitdesk.app.context import Context
from exitdesk.vault.tombstones import HANDED_OVER, append_tombstone, journal_path


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
