"""Writing the tombstone journal: every purge of received records is also recorded outside the
vault (see ``vault/tombstones.py``), so a restored older backup cannot keep what was purged."""

from __future__ import annotations

from pathlib import Path

from exitdesk.app.context import Context
from exitdesk.vault.tombstones import append_tombstone, journal_path


def tombstone_journal(ctx: Context) -> Path:
    """This vault's journal file in the per-user state folder (``Options.state_dir``)."""
    return journal_path(ctx.vault.vault_id, ctx.options.state_dir)


def record_purge(ctx: Context, consent_uid: str, kind: str = "withdrawn") -> None:
    """Call in the same operation as each purge (withdrawal or expiry), before it returns. A
    line for a purge whose transaction then rolls back only purges again later, never less."""
    append_tombstone(
        tombstone_journal(ctx), ctx.vault.journal_key(), kind, consent_uid, ctx.clock()
    )
