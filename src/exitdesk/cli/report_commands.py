"""The report commands of the CLI: the participant's access report as a PDF and as JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from exitdesk.app.access_report import access_report
from exitdesk.app.errors import InputError
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_json_option,
    open_session,
    print_json,
)
from exitdesk.cli.text import catalogue, say
from exitdesk.domain.messages import QT_TRANSLATE_NOOP


def cmd_report_access(args: argparse.Namespace) -> int:
    if args.out is None and not args.json:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "name the PDF file with --out, or give --json")
        )
    with open_session(args) as session:
        report = access_report(session, args.participant)
    if args.out is not None:
        # Qt renders the PDF: loaded only for this command, so every other one starts quickly
        # and works where Qt cannot load.
        from exitdesk.ui.participant.access_report import write_report_pdf

        target = args.out if args.out.suffix.lower() == ".pdf" else args.out.with_suffix(".pdf")
        write_report_pdf(report, target, catalogue().language)
        if not args.json:
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Access report written to {name}; the PDF is not encrypted: print it and "
                    "delete the file",
                ),
                name=target.name,
            )
    if args.json:
        print_json(report.to_json())
    return 0


def register(sub: Subparsers) -> None:
    reports = add_group(sub, "report", "reports for a reader")
    p = add_command(
        reports,
        "access",
        cmd_report_access,
        "everything this vault holds about one participant, for them to read",
    )
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE.pdf",
        help="write the report as a PDF in the --language chosen (not encrypted: print it)",
    )
    add_json_option(p)
