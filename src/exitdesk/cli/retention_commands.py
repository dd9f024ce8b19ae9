"""The retention commands of the CLI: preview what the data policy says is due, and purge it
with an optional certificate (a Qt-free PDF with counts only)."""

from __future__ import annotations

import argparse
from pathlib import Path

from exitdesk.app.retention import write_certificate
from exitdesk.app.retention_words import certificate_lines
from exitdesk.cli.common import Subparsers, add_command, add_group, open_session
from exitdesk.cli.text import catalogue, say
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.retention import RetentionCategory


def cmd_retention_preview(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        preview = session.retention.preview()
    counts = preview.counts()
    for category in RetentionCategory:
        print(f"{category.value}: {counts[category]}")
    say(QT_TRANSLATE_NOOP("Cli", "Total due: {count}"), count=preview.total)
    if preview.next_due is not None:
        say(QT_TRANSLATE_NOOP("Cli", "Next due: {day}"), day=preview.next_due.date().isoformat())
    if args.details:
        for item in preview.items:
            print(f"  {item.category.value}  {item.label}  {item.due_since.date()}")
    return 0


def cmd_retention_purge(args: argparse.Namespace) -> int:
    target: Path | None = args.certificate
    with open_session(args) as session:
        certificate = session.retention.purge()
    lookup = catalogue().text
    for line in certificate_lines(lookup, certificate)[1:-1]:
        print(line)
    if target is not None:
        write_certificate(certificate, target, lookup)
        say(QT_TRANSLATE_NOOP("Cli", "Certificate written to {name}"), name=target.name)
    return 0


def register(sub: Subparsers) -> None:
    retention = add_group(sub, "retention", "what the data policy says is due, and purging it")
    p = add_command(retention, "preview", cmd_retention_preview, "count what is due for deletion")
    p.add_argument("--details", action="store_true", help="also list each record with its alias")
    p = add_command(retention, "purge", cmd_retention_purge, "delete what is due, for real")
    p.add_argument(
        "--certificate",
        type=Path,
        default=None,
        metavar="FILE.pdf",
        help="also write a purge certificate (counts only, no personal data)",
    )
