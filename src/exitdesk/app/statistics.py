"""Monitoring statistics as use cases: this vault's exact tables for a period, the published
(suppressed) CSV files and PDF, the statistics bundle to a coordinating contact, and the
coordinator's combination of such bundles. Only suppressed tables are ever written to disk."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError
from exitdesk.app.exchange.contacts import contact_or_fail, sendable
from exitdesk.app.exchange.export import send_bundle
from exitdesk.app.exchange.files import read_bundle_file
from exitdesk.app.exchange.importing import open_and_verify
from exitdesk.app.statistics_pdf import ChartText, statistics_pdf
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.statistics import (
    MAX_YEARS,
    ExactTables,
    combine,
    count_tables,
    from_dict,
    to_dict,
)
from exitdesk.domain.statistics_csv import to_csv
from exitdesk.domain.statistics_facts import fact_in_period
from exitdesk.domain.suppression import PublishedTables, publish
from exitdesk.exchange import BundleKind, BundleRecord, RecordType
from exitdesk.exchange.canonical import JsonObject
from exitdesk.vault.exchange_store import ContactRepository
from exitdesk.vault.fsutil import atomic_write
from exitdesk.vault.repositories.statistics import participant_outlines

PDF_NAME = "statistics.pdf"
# How many years a period covers when the worker names no start: the programme's usual span.
DEFAULT_YEARS = 5


@dataclass(frozen=True)
class Period:
    first: date
    last: date


def period(ctx: Context, first: date | None, last: date | None) -> Period:
    """The reporting period: ``last`` defaults to today, ``first`` to 1 January four years
    before it; a period that ends in the future, runs backwards or spans more than 30 years is
    refused."""
    today = ctx.clock().date()
    end = today if last is None else last
    start = date(end.year - DEFAULT_YEARS + 1, 1, 1) if first is None else first
    if end > today:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "the period cannot end after today"))
    if start > end:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "the period must start before it ends"))
    if end.year - start.year + 1 > MAX_YEARS:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "a period may cover at most {most} years"), most=MAX_YEARS
        )
    return Period(start, end)


def vault_statistics(ctx: Context, when: Period) -> ExactTables:
    """Exact counts of the participants whose first contact lies in the period, as they stood
    on its last day. Never shown as they are: publish them, or send them to a coordinator."""
    party = ctx.worker.party_id
    with ctx.vault.reading() as conn:
        outlines = participant_outlines(conn)
    facts = [
        fact
        for outline in outlines
        if (fact := fact_in_period(outline, party, when.first, when.last)) is not None
    ]
    return count_tables(
        facts, when.last, parties=[party], years=range(when.first.year, when.last.year + 1)
    )


def published_statistics(ctx: Context, when: Period) -> PublishedTables:
    """This vault's tables for the period as they may be read: small numbers suppressed and
    protected. What a screen shows; nothing is written and nothing leaves the vault."""
    return publish(vault_statistics(ctx, when))


def write_published(published: PublishedTables, out: Path, words: ChartText) -> list[Path]:
    """Write the suppressed tables as CSV files and the PDF with charts into folder ``out``
    (created if missing), each file atomically and owner-only; returns the files."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "the folder {name} cannot be created"), name=out.name
        ) from None
    if not out.is_dir():
        raise InputError(QT_TRANSLATE_NOOP("Errors", "{name} is not a folder"), name=out.name)
    written = []
    for name, text in to_csv(published).items():
        atomic_write(out / name, text.encode("utf-8"))
        written.append(out / name)
    atomic_write(out / PDF_NAME, statistics_pdf(published, words))
    written.append(out / PDF_NAME)
    return written


def publish_vault_statistics(
    ctx: Context, when: Period, out: Path, words: Callable[[Period], ChartText]
) -> tuple[PublishedTables, list[Path]]:
    """This vault's statistics for the period, suppressed, written to ``out``; audited."""
    published = published_statistics(ctx, when)
    files = write_published(published, out, words(when))
    with ctx.vault.transaction() as conn:
        ctx.audit(conn, "statistics.publish", from_=str(when.first), to=str(when.last))
    return published, files


def send_statistics(ctx: Context, contact_id: int, when: Period, out: Path) -> str:
    """A statistics bundle for a verified coordinating contact: this vault's exact counts for
    the period and nothing else, signed and encrypted like every bundle; returns its id."""
    exact = vault_statistics(ctx, when)
    # to_dict builds only ints, strings and lists of them: JSON by construction.
    content = cast(JsonObject, to_dict(exact))
    record = BundleRecord.from_object(uuid.uuid4(), RecordType.STATISTICS, None, content)
    with ctx.vault.transaction() as conn:
        contact = contact_or_fail(ContactRepository(conn), contact_id)
        sendable(ctx, contact)
        bundle_id = send_bundle(
            ctx,
            conn,
            [contact],
            BundleKind.STATISTICS,
            [record],
            out,
            participant_uid=None,
            consent_uid=None,
        )
        ctx.audit(
            conn,
            "statistics.send",
            bundle=bundle_id,
            to=contact.fingerprint[:32],
            participants=exact.total,
        )
    return bundle_id


def read_statistics_bundle(ctx: Context, path: Path) -> tuple[str, str, ExactTables]:
    """One statistics bundle, verified as every import is (a verified sender, a good
    signature, addressed here, in its time window) and refused if it carries anything but the
    tables; (sender fingerprint, bundle id, tables). Reads only."""
    opened, sender = open_and_verify(ctx, read_bundle_file(path))
    records = opened.records
    if (
        opened.kind is not BundleKind.STATISTICS
        or len(records) != 1
        or records[0].type is not RecordType.STATISTICS
    ):
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a statistics bundle; nothing was combined"),
            name=path.name,
        )
    # A malformed or inconsistent table is refused by the strict parse (StatisticsError).
    exact = from_dict(records[0].object())
    return sender.fingerprint, opened.manifest.bundle_id, exact


def combine_statistics(
    ctx: Context, paths: Sequence[Path], out: Path, words: Callable[[ExactTables], ChartText]
) -> tuple[ExactTables, PublishedTables, list[Path]]:
    """At a coordinator: verify every bundle first, refuse the same bundle or the same sender
    twice (a sender's counts would be added twice), add the exact tables up and write only
    the suppressed result. Nothing is written, and nothing recorded, unless every bundle
    passes."""
    if not paths:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "there are no statistics to combine"))
    parts: list[ExactTables] = []
    senders: set[str] = set()
    bundles: set[str] = set()
    for path in paths:
        sender, bundle_id, exact = read_statistics_bundle(ctx, path)
        if sender in senders or bundle_id in bundles:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} comes from a sender already given; combine one bundle per sender",
                ),
                name=path.name,
            )
        senders.add(sender)
        bundles.add(bundle_id)
        parts.append(exact)
    combined = combine(parts)
    published = publish(combined)
    files = write_published(published, out, words(combined))
    with ctx.vault.transaction() as conn:
        ctx.audit(conn, "statistics.combine", bundles=len(parts), participants=combined.total)
    return combined, published, files
