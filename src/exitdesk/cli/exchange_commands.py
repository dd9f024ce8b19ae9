"""The exchange commands of the CLI: consent, export, termination notices, import, inspect and
conflicts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.app.exchange import read_bundle_file, save_acknowledgement
from exitdesk.cli.common import Subparsers, add_command, add_group, open_session
from exitdesk.cli.errors import describe_error
from exitdesk.domain import ConsentMethod, DataCategory
from exitdesk.exchange import inspect_without_keys


def _read_bundle(path: Path) -> bytes:
    return read_bundle_file(path)


def _ids(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise InputError("--to takes contact ids separated by commas, e.g. 2,5") from None


def _categories(text: str) -> list[DataCategory]:
    chosen = []
    for part in text.split(","):
        try:
            chosen.append(DataCategory(part.strip()))
        except ValueError:
            known = ", ".join(c.value for c in DataCategory)
            raise InputError(f"unknown category '{part.strip()}'; use {known}") from None
    return chosen


def cmd_notify_ended(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = session.exchange.send_termination_notice(args.participant, args.to, args.out)
    print(
        f"Wrote a termination notice to {result.path.name} for {result.contact.label} "
        f"under {result.consent_label}"
    )
    return 0


def cmd_consent_grant(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        consent = session.exchange.grant_consent(
            args.participant,
            contact_ids=_ids(args.to),
            categories=_categories(args.categories),
            purpose=args.purpose,
            days=args.days,
            method=ConsentMethod(args.method),
            witness=args.witness,
            guardian=args.guardian,
        )
    print(consent.id)
    return 0


def cmd_consent_withdraw(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = session.exchange.withdraw_consent(args.consent_id, args.out)
    if result.path is None:
        print(f"{result.consent.label()} withdrawn; no data had gone out under it")
    else:
        names = ", ".join(c.label for c in result.notified)
        print(f"{result.consent.label()} withdrawn; wrote {result.path.name} for {names}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    categories = None if args.categories is None else _categories(args.categories)
    with open_session(args) as session:
        result = session.exchange.export(args.participant, args.to, args.out, categories)
    detail = f"{result.records} records"
    if result.removed:
        detail += f", {result.removed} removed"
    print(
        f"Wrote {result.kind.value.replace('_', ' ')} to {result.path.name} for "
        f"{result.contact.label} under {result.consent_label} ({detail})"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    failures = 0
    with open_session(args) as session:
        for path in args.files:
            try:
                result = session.exchange.import_bundle(_read_bundle(path))
            except Exception as exc:  # each file is all or nothing; report and go on
                print(f"exitdesk: {path.name}: {describe_error(exc)}", file=sys.stderr)
                failures += 1
                continue
            plan = result.plan
            line = f"{path.name}: imported {plan.describe()}"
            if result.participant_id is not None:
                line += f" (participant {result.participant_id})"
            print(line)
            for warning in plan.warnings:
                print(f"  note: {warning}")
            if result.conflicts:
                print(f"  {result.conflicts} conflict(s) to resolve: run 'exitdesk conflicts'")
            if result.acknowledgement is not None:
                ack_dir = args.ack_dir if args.ack_dir is not None else path.parent
                ack = save_acknowledgement(result.acknowledgement, folder=ack_dir)
                print(f"  purged {result.purged} records; send {ack.name} back to the sender")
    return 1 if failures else 0


def cmd_inspect(args: argparse.Namespace) -> int:
    data = _read_bundle(args.file)
    outer = inspect_without_keys(data)
    print(f"File: {args.file.name}, {outer.size} bytes")
    if not outer.is_age:
        raise InputError(f"{args.file.name} is not an age-encrypted ExitDesk bundle")
    print(f"age v1 file, {outer.recipient_stanzas} recipient(s)")
    if args.vault is None:
        return 0
    with open_session(args) as session:
        report = session.exchange.inspect(data)
    opened = report.opened
    assert opened is not None
    manifest = opened.manifest
    print(f"Verified: signed by {opened.sender.name} ({opened.sender.party_id})")
    print(f"Kind: {manifest.kind.value}; bundle {manifest.bundle_id}")
    print(f"Created {manifest.created:%Y-%m-%d %H:%M} UTC, expires {manifest.expires:%Y-%m-%d}")
    print(f"Sequence for you: {opened.my_sequence}; records: {len(opened.records)}")
    if opened.consent is not None:
        cats = ", ".join(sorted(c.value for c in opened.consent.categories))
        until = f"{opened.consent.valid_until:%Y-%m-%d}"
        print(f"Consent {opened.consent.uid.hex[:8]}: {cats}; until {until}")
    for note in report.notes:
        print(f"Note: {note}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        conflicts = session.exchange.conflicts()
    if not conflicts:
        print("No conflicts")
    for c in conflicts:
        print(f"{c.id:>4}  {c.record_type:<12} found {c.found_at:%Y-%m-%d}")
    return 0


def cmd_conflict_resolve(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        session.exchange.resolve_conflict(args.conflict_id, take_incoming=args.keep == "theirs")
    print(f"Conflict {args.conflict_id} resolved: kept {args.keep}")
    return 0


def register(sub: Subparsers) -> None:
    ksub = add_group(sub, "consent", "grant or withdraw consent")
    p = add_command(ksub, "grant", cmd_consent_grant, "record a participant's consent")
    p.add_argument("--participant", type=int, required=True, metavar="ID")
    p.add_argument("--to", required=True, metavar="CONTACT_ID[,...]")
    p.add_argument("--categories", required=True, metavar="identity,status,plan,meetings,safety")
    p.add_argument("--purpose", required=True, metavar="TEXT")
    p.add_argument("--days", type=int, required=True, metavar="N")
    p.add_argument("--method", required=True, choices=[m.value for m in ConsentMethod])
    p.add_argument("--witness", default=None, metavar="NAME")
    p.add_argument("--guardian", default=None, metavar="NAME",
                   help="guardian or social services co-consent (needed for minors)")  # fmt: skip
    p = add_command(ksub, "withdraw", cmd_consent_withdraw, "withdraw a consent")
    p.add_argument("consent_id", type=int, metavar="CONSENT_ID")
    p.add_argument("--out", type=Path, default=None, metavar="FILE")

    p = add_command(sub, "export", cmd_export, "write a bundle for a contact")
    p.add_argument("--participant", type=int, required=True, metavar="ID")
    p.add_argument("--to", type=int, required=True, metavar="CONTACT_ID")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--categories", default=None, metavar="LIST")

    p = add_command(
        sub, "notify-ended", cmd_notify_ended, "tell a contact that participation ended"
    )
    p.add_argument("--participant", type=int, required=True, metavar="ID")
    p.add_argument("--to", type=int, required=True, metavar="CONTACT_ID")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")

    p = add_command(sub, "import", cmd_import, "import bundle files")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--ack-dir", type=Path, default=None, metavar="DIR",
                   help="where to write acknowledgements (default: beside the bundle)")  # fmt: skip

    p = add_command(sub, "inspect", cmd_inspect, "describe a bundle (with --vault: verify it)")
    p.add_argument("file", type=Path, metavar="FILE")

    add_command(sub, "conflicts", cmd_conflicts, "list import conflicts")
    rsub = add_group(sub, "conflict", "resolve an import conflict")
    p = add_command(rsub, "resolve", cmd_conflict_resolve, "keep your version or theirs")
    p.add_argument("conflict_id", type=int, metavar="CONFLICT_ID")
    p.add_argument("--keep", required=True, choices=["mine", "theirs"])
