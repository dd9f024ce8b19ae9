"""A caseload hand-over: a worker leaving hands every case they can to one colleague at once.
Each case is still its own hand-over bundle under that participant's own consent (a bundle
names one participant, and only their consent decides where their data goes); what the
caseload adds is one transaction for all of them, so a thousand cases cost one commit, and a
plain account of the cases that could not go and why."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from exitdesk.app.context import Context
from exitdesk.app.exchange.batch import REFUSALS
from exitdesk.app.exchange.files import new_outgoing_path, sync_folder
from exitdesk.app.exchange.handover import HandoverResult, send_in_transaction
from exitdesk.app.exchange.journal import journal_batch
from exitdesk.app.repos import Repos
from exitdesk.exchange import BundleKind


@dataclass(frozen=True)
class CaseloadResult:
    """The hand-overs written (one file each) and the cases left here, with the reason."""

    sent: tuple[tuple[int, HandoverResult], ...]
    not_sent: tuple[tuple[int, Exception], ...]


def send_caseload(
    ctx: Context, contact_id: int, folder: Path, participant_ids: Sequence[int] | None = None
) -> CaseloadResult:
    """Write a hand-over bundle into ``folder`` for each participant (every one in the vault
    when ``participant_ids`` is None) whose live consent lets the case go to this contact; a
    case refused (no such consent, a minor without the guardian's, already handed over) stays
    here unchanged and is named in the result. A failure to write a file undoes the whole
    caseload: the transaction rolls back and the files already written are removed."""
    sent: list[tuple[int, HandoverResult]] = []
    not_sent: list[tuple[int, Exception]] = []
    try:
        with ctx.vault.transaction() as conn, journal_batch(ctx):
            repos = Repos.over(conn, ctx.clock)
            wanted = repos.participants.ids() if participant_ids is None else participant_ids
            for pid in wanted:
                out = new_outgoing_path(folder, BundleKind.CASE_HANDOVER)
                try:
                    with ctx.vault.part():
                        done = send_in_transaction(
                            ctx, repos, pid, contact_id, out, sync_folder=False
                        )
                except REFUSALS as exc:
                    not_sent.append((pid, exc))
                else:
                    sent.append((pid, done))
            if sent:  # the files' names in the folder are durable before the commit
                sync_folder(folder)
    except BaseException:
        for _, result in sent:
            with contextlib.suppress(OSError):
                result.path.unlink()
        raise
    return CaseloadResult(tuple(sent), tuple(not_sent))
