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
from exitdesk.app.exchange.handover import HandoverResult, prepare_handover, send_in_transaction
from exitdesk.app.exchange.journal import journal_batch
from exitdesk.app.repos import Repos
from exitdesk.exchange import BundleKind


@dataclass(frozen=True)
class CaseloadResult:
    """The hand-overs written (one file each) and the cases left here, with the reason."""

    sent: tuple[tuple[int, HandoverResult], ...]
    not_sent: tuple[tuple[int, Exception], ...]


@dataclass(frozen=True)
class CaseGoing:
    """A case the caseload would hand over: whose (their alias) and how many records leave."""

    participant_id: int
    alias: str
    records: int


@dataclass(frozen=True)
class CaseStaying:
    """A case that would stay here, with the refusal ``send_caseload`` would meet (``alias``
    is None when no such participant is in the vault)."""

    participant_id: int
    alias: str | None
    reason: Exception


@dataclass(frozen=True)
class CaseloadPreview:
    """What a caseload hand-over to one contact would do, case by case; nothing written."""

    going: tuple[CaseGoing, ...]
    staying: tuple[CaseStaying, ...]

    @property
    def records(self) -> int:
        return sum(case.records for case in self.going)


def _wanted(repos: Repos, participant_ids: Sequence[int] | None) -> list[int]:
    """Every participant, or the ones asked for, each once: a case named twice is one case."""
    if participant_ids is None:
        return list(repos.participants.ids())
    return list(dict.fromkeys(participant_ids))


def preview_caseload(
    ctx: Context, contact_id: int, participant_ids: Sequence[int] | None = None
) -> CaseloadPreview:
    """Say, for each participant (every one when ``participant_ids`` is None), whether
    ``send_caseload`` would hand the case over to this contact or leave it here and why: the
    same checks as each hand-over's, all under one read of the vault; writes nothing."""
    going: list[CaseGoing] = []
    staying: list[CaseStaying] = []
    with ctx.vault.reading() as conn:
        repos = Repos.over(conn, ctx.clock)
        for pid in _wanted(repos, participant_ids):
            try:
                _, participant, preview, _, _ = prepare_handover(ctx, repos, pid, contact_id)
            except REFUSALS as exc:
                found = repos.participants.get(pid)
                staying.append(CaseStaying(pid, None if found is None else found.alias, exc))
            else:
                going.append(CaseGoing(pid, participant.alias, preview.total))
    return CaseloadPreview(tuple(going), tuple(staying))


def send_caseload(
    ctx: Context, contact_id: int, folder: Path, participant_ids: Sequence[int] | None = None
) -> CaseloadResult:
    """Write a hand-over bundle into ``folder`` for each participant (every one in the vault
    when ``participant_ids`` is None) whose live consent lets the case go to this contact; a
    case refused (no such consent, a minor without the guardian's, already handed over) stays
    here unchanged and is named in the result (``preview_caseload`` says which beforehand; a
    participant named twice is handed over once). A failure to write a file undoes the whole
    caseload: the transaction rolls back and the files already written are removed."""
    sent: list[tuple[int, HandoverResult]] = []
    not_sent: list[tuple[int, Exception]] = []
    try:
        with ctx.vault.transaction() as conn, journal_batch(ctx):
            repos = Repos.over(conn, ctx.clock)
            for pid in _wanted(repos, participant_ids):
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
