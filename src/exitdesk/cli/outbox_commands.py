"""The outbox and hand-over commands of the CLI: list and write pending outgoing files, and
preview or send a hand-over, one case or a whole caseload."""

from __future__ import annotations

import argparse
from pathlib import Path

from exitdesk.cli.common import Subparsers, add_command, add_group, open_session, print_json
from exitdesk.cli.errors import describe_error
from exitdesk.cli.text import say
from exitdesk.domain.messages import QT_TRANSLATE_NOOP


def cmd_outbox_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        entries = session.exchange.outbox()
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "kind": e.kind.value,
                    "contact": e.contact,
                    "created": e.created_at.isoformat(),
                    "bytes": e.size,
                }
                for e in entries
            ]
        )
        return 0
    if not entries:
        say(QT_TRANSLATE_NOOP("Cli", "The outbox is empty"))
    for e in entries:
        to = e.contact or "(contact removed)"
        print(f"{e.id:>4}  {e.kind.value:<20} for {to}, queued {e.created_at:%Y-%m-%d %H:%M}")
    return 0


def cmd_outbox_write(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        written = session.exchange.write_outbox(args.folder)
    if not written:
        say(QT_TRANSLATE_NOOP("Cli", "The outbox is empty; nothing to write"))
    for path in written:
        say(QT_TRANSLATE_NOOP("Cli", "Wrote {name}"), name=path.name)
    return 0


def cmd_handover_preview(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        preview = session.exchange.preview_handover(args.participant, args.to)
    sending = ", ".join(f"{n} {kind}" for kind, n in preview.sending.items())
    say(
        QT_TRANSLATE_NOOP("Cli", "Hand-over to {contact} under {consent}"),
        contact=preview.contact.label,
        consent=preview.consent_label,
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "Leaves this vault: {sending} ({count} records)"),
        sending=sending,
        count=preview.total,
    )
    if preview.not_sent:
        kept = ", ".join(f"{n} {kind}" for kind, n in preview.not_sent.items())
        say(QT_TRANSLATE_NOOP("Cli", "Not sent, deleted here with the case: {kept}"), kept=kept)
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "This vault's copy is removed when the receiver's acknowledgement is imported"
        )
    )
    return 0


def cmd_handover_send(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = session.exchange.send_handover(args.participant, args.to, args.out)
    print(
        f"Wrote a hand-over to {result.path.name} for {result.preview.contact.label} "
        f"({result.preview.total} records); the case stays here until they acknowledge it"
    )
    return 0


def cmd_handover_caseload_preview(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        preview = session.exchange.preview_caseload(args.to, args.participant)
    for case in preview.going:
        say(
            QT_TRANSLATE_NOOP("Cli", "Participant {id} ({alias}): would go ({count} records)"),
            id=case.participant_id,
            alias=case.alias,
            count=case.records,
        )
    for kept in preview.staying:
        say(
            QT_TRANSLATE_NOOP("Cli", "Participant {id}: would stay here: {reason}"),
            id=kept.participant_id,
            reason=describe_error(kept.reason),
        )
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Cases that would be handed over: {sent}. Cases that would stay here: {kept}. "
            "Nothing was written",
        ),
        sent=len(preview.going),
        kept=len(preview.staying),
    )
    return 0


def cmd_handover_caseload(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = session.exchange.send_caseload(args.to, args.folder, args.participant)
    for pid, sent in result.sent:
        say(
            QT_TRANSLATE_NOOP("Cli", "Participant {id}: wrote {name} ({count} records)"),
            id=pid,
            name=sent.path.name,
            count=sent.preview.total,
        )
    for pid, reason in result.not_sent:
        say(
            QT_TRANSLATE_NOOP("Cli", "Participant {id}: not handed over: {reason}"),
            id=pid,
            reason=describe_error(reason),
        )
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Cases handed over: {sent}. Cases staying here: {kept}. Each leaves this vault when "
            "its acknowledgement is imported",
        ),
        sent=len(result.sent),
        kept=len(result.not_sent),
    )
    return 0 if result.sent or not result.not_sent else 1


def register(sub: Subparsers) -> None:
    osub = add_group(sub, "outbox", "acknowledgements and notices waiting to be sent")
    p = add_command(osub, "list", cmd_outbox_list, "list what waits in the outbox")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p = add_command(osub, "write", cmd_outbox_write, "write pending files into a folder")
    p.add_argument("folder", type=Path, metavar="DIR", help="the folder to write the files to")

    hsub = add_group(sub, "handover", "hand a case over to another worker")
    for name, handler, text in (
        ("preview", cmd_handover_preview, "say what a hand-over would send and remove"),
        ("send", cmd_handover_send, "write a hand-over bundle"),
    ):
        p = add_command(hsub, name, handler, text)
        p.add_argument(
            "--participant", type=int, required=True, metavar="ID", help="the participant's id"
        )
        p.add_argument(
            "--to", type=int, required=True, metavar="CONTACT_ID", help="the receiving contact's id"
        )
        if name == "send":
            p.add_argument(
                "--out", type=Path, required=True, metavar="FILE", help="the bundle file to write"
            )
    for name, handler, text in (
        ("caseload", cmd_handover_caseload, "hand every case you can over to one colleague"),
        (
            "caseload-preview",
            cmd_handover_caseload_preview,
            "say which cases a caseload hand-over would send and which stay, and why",
        ),
    ):
        p = add_command(hsub, name, handler, text)
        p.add_argument(
            "--to", type=int, required=True, metavar="CONTACT_ID", help="the receiving contact's id"
        )
        if name == "caseload":
            p.add_argument(
                "--folder",
                type=Path,
                required=True,
                metavar="DIR",
                help="the folder to write bundles to",
            )
        p.add_argument(
            "--participant",
            type=int,
            nargs="+",
            default=None,
            metavar="ID",
            help="only these participants (default: every participant in the vault)",
        )
