"""The audit command of the CLI: the signed log of sensitive actions, and whether its chain
verifies."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, time

from exitdesk.app.audit_report import audit_report
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_json_option,
    day,
    open_session,
    print_json,
)
from exitdesk.cli.text import say
from exitdesk.domain.messages import QT_TRANSLATE_NOOP


def cmd_audit(args: argparse.Namespace) -> int:
    since = None if args.since is None else datetime.combine(args.since, time.min, tzinfo=UTC)
    with open_session(args) as session:
        report = audit_report(session, args.action, since)
    if args.json:
        print_json(
            {
                "chain": {
                    "ok": report.chain_ok,
                    "entries": report.chain_entries,
                    "problems": report.problems,
                },
                "entries": [
                    {
                        "seq": e.seq,
                        "at": e.at.isoformat(),
                        "action": e.action,
                        "subject": e.subject,
                        "detail": e.detail,
                    }
                    for e in report.entries
                ],
            }
        )
        return 0 if report.chain_ok else 1
    if report.chain_ok:
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Audit chain verifies: {chain_entries} entries, signed head matches"
            ),
            chain_entries=report.chain_entries,
        )
    else:
        say(QT_TRANSLATE_NOOP("Cli", "Audit chain does NOT verify:"))
        for problem in report.problems:
            print(f"  {problem}")
    if not report.entries:
        say(QT_TRANSLATE_NOOP("Cli", "No entries match"))
    for e in report.entries:
        subject = "" if e.subject is None else f"  {e.subject}"
        detail = "".join(f" {k}={v}" for k, v in sorted(e.detail.items()))
        print(f"{e.seq:>6}  {e.at:%Y-%m-%d %H:%M:%S}  {e.action:<28}{subject}{detail}")
    return 0 if report.chain_ok else 1


def register(sub: Subparsers) -> None:
    p = add_command(
        sub,
        "audit",
        cmd_audit,
        "list the audit log, newest first, and check its "
        "chain (exit 1 if the chain does not verify)",
    )
    p.add_argument(
        "--action",
        default=None,
        metavar="ACTION",
        help="only this action, e.g. participant.open, consent.grant, exchange.export",
    )
    p.add_argument(
        "--since",
        type=day,
        default=None,
        metavar="YYYY-MM-DD",
        help="only entries from this day on (UTC)",
    )
    add_json_option(p)
