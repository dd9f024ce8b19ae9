"""The stats command of the CLI: this vault's published monitoring statistics, the statistics
bundle for a coordinator, and the coordinator's combination of such bundles."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.app.exchange.files import outgoing_file_name
from exitdesk.app.statistics import (
    Period,
    combine_statistics,
    period,
    publish_vault_statistics,
    send_statistics,
)
from exitdesk.app.statistics_pdf import ChartText
from exitdesk.app.statistics_words import chart_text
from exitdesk.cli.common import Subparsers, add_command, day, open_session
from exitdesk.cli.text import catalogue, say
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.statistics import Dimension, ExactTables
from exitdesk.domain.suppression import Mark, PublishedTables
from exitdesk.exchange import BundleKind


def _words(first: date, last: date) -> ChartText:
    return chart_text(catalogue().text, first, last)


def _summary(published: PublishedTables, files: list[Path], out: Path) -> None:
    total = published.total
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Wrote {files} files to {folder}: {total} participants, {small} numbers shown as <5, {protecting} hidden as x",  # noqa: E501
        ),
        files=len(files),
        folder=out,
        total=total if isinstance(total, int) else total.value,
        small=published.count(Mark.SMALL),
        protecting=published.count(Mark.PROTECTING),
    )


def cmd_stats(args: argparse.Namespace) -> int:
    if args.out is None:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "say where to write: --out DIR"))
    with open_session(args) as session:
        when = period(session.context, args.from_, args.to)
        published, files = publish_vault_statistics(
            session.context, when, args.out, lambda p: _words(p.first, p.last)
        )
    _summary(published, files, args.out)
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    out = args.out or Path(outgoing_file_name(BundleKind.STATISTICS))
    with open_session(args) as session:
        when: Period = period(session.context, args.from_, args.to)
        send_statistics(session.context, args.contact, when, out)
    say(QT_TRANSLATE_NOOP("Cli", "Wrote a statistics bundle to {name}"), name=out.name)
    return 0


def cmd_combine(args: argparse.Namespace) -> int:
    def words(combined: ExactTables) -> ChartText:
        first = int(combined.categories[Dimension.START_YEAR][0])
        return _words(date(first, 1, 1), combined.as_of)

    with open_session(args) as session:
        _, published, files = combine_statistics(session.context, args.files, args.out, words)
    _summary(published, files, args.out)
    return 0


def _period_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from",
        dest="from_",
        type=day,
        default=None,
        metavar="YYYY-MM-DD",
        help="count participants whose first contact is on or after this day "
        "(default: 1 January four years before --to)",
    )
    p.add_argument(
        "--to",
        type=day,
        default=None,
        metavar="YYYY-MM-DD",
        help="and on or before this day; their state is counted as it was then (default: today)",
    )


def register(sub: Subparsers) -> None:
    p = add_command(
        sub,
        "stats",
        cmd_stats,
        "write this vault's monitoring statistics (CSV files and a PDF with charts, small "
        "numbers suppressed) into a folder",
    )
    _period_options(p)
    p.add_argument("--out", type=Path, metavar="DIR", help="the folder to write into")
    actions = p.add_subparsers(dest="stats_command", metavar="ACTION", required=False)
    send = add_command(
        actions,
        "send",
        cmd_send,
        "write a statistics bundle (exact counts, no personal data) for a coordinating contact",
    )
    _period_options(send)
    send.add_argument(
        "--contact", type=int, required=True, metavar="CONTACT_ID", help="the verified contact"
    )
    send.add_argument("--out", type=Path, default=None, metavar="FILE", help="the bundle file")
    combine = add_command(
        actions,
        "combine",
        cmd_combine,
        "add up statistics bundles from verified contacts and write only the suppressed tables",
    )
    combine.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="the statistics bundles to add up, one from each sender",
    )
    combine.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="the folder to write the tables into"
    )
