"""Importing many bundles at once (a caseload hand-over, or a week's exchange folder): each is
verified completely first, outside any write transaction, then all are applied in one
transaction, each whole or not at all under its own savepoint, in each sender's own order.
One commit, one rollback-anchor write and one checkpoint for the lot, instead of one each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from exitdesk.app.context import Context
from exitdesk.app.errors import AppError
from exitdesk.app.exchange.importing import (
    apply_import,
    open_and_verify,
    plan_import,
    sender_still_trusted,
)
from exitdesk.app.exchange.journal import journal_batch
from exitdesk.app.exchange.results import ImportResult
from exitdesk.app.repos import Repos
from exitdesk.domain.errors import DomainError
from exitdesk.exchange import OpenedBundle
from exitdesk.exchange.errors import ExchangeError

# What refuses one bundle and leaves the others to go on: the bundle's own fault or a rule of
# this vault. Anything else (a full disk, a damaged vault) stops the whole batch, which then
# changes nothing.
REFUSALS = (AppError, DomainError, ExchangeError, ValidationError)


@dataclass(frozen=True)
class BatchItem:
    """What became of one bundle of a batch: its result, or the refusal that left it out."""

    name: str
    result: ImportResult | None = None
    refused: Exception | None = None


def import_bundles(ctx: Context, bundles: Sequence[tuple[str, bytes]]) -> list[BatchItem]:
    """Import ``(name, bytes)`` bundles; returns one item per bundle, in the order given. Each
    bundle is all or nothing; a bundle refused leaves the others as they would be alone. The
    bundles of one sender are applied in their sequence order, whatever order the files came
    in, so a folder listed by name does not refuse a bundle as older than its successor."""
    items: dict[int, BatchItem] = {}
    verified: list[tuple[int, OpenedBundle]] = []
    for index, (name, data) in enumerate(bundles):
        try:
            opened, _ = open_and_verify(ctx, data)
        except REFUSALS as exc:
            items[index] = BatchItem(name, refused=exc)
            continue
        verified.append((index, opened))
    verified.sort(key=lambda pair: (pair[1].sender.fingerprint, pair[1].my_sequence, pair[0]))
    if verified:
        with ctx.vault.transaction() as conn, journal_batch(ctx):
            repos = Repos.over(conn, ctx.clock)
            for index, opened in verified:
                name = bundles[index][0]
                try:
                    with ctx.vault.part():
                        sender = sender_still_trusted(ctx, conn, opened)
                        plan = plan_import(ctx, repos, opened, sender)
                        result = apply_import(ctx, repos, plan, sender)
                except REFUSALS as exc:
                    items[index] = BatchItem(name, refused=exc)
                else:
                    items[index] = BatchItem(name, result=result)
        # A purge or an overwrite leaves the old content in WAL frames until this.
        ctx.vault.checkpoint()
    return [items[i] for i in range(len(bundles))]
