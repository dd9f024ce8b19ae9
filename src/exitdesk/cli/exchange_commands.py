"""The exchange commands of the CLI: export, termination notices, import, inspect, history and
conflicts (the consent commands are registered from here, in their own module)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from exitdesk.app.errors import InputError
from exitdesk.app.exchange import BUNDLE_SUFFIX, ImportResult, read_bundle_file
from exitdesk.app.policy import LeftOut
from exitdesk.app.session import Session
from exitdesk.cli import consent_commands, policy_commands
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_json_option,
    open_session,
    print_json,
)
from exitdesk.cli.errors import describe_error
from exitdesk.cli.text import say
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import inspect_without_keys


def read_bundle(path: Path) -> bytes:
    return read_bundle_file(path)


def cmd_notify_ended(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = session.exchange.send_termination_notice(args.participant, args.to, args.out)
    print(
        f"Wrote a termination notice to {result.path.name} for {result.contact.label} "
        f"under {result.consent_label}"
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    categories = None if args.categories is None else consent_commands.categories(args.categories)
    with open_session(args) as session:
        result = session.exchange.export(args.participant, args.to, args.out, categories)
    detail = f"{result.records} records"
    if result.removed:
        detail += f", {result.removed} removed"
    if result.received_not_sent:
        detail += f"; {result.withheld_line()}"
    print(
        f"Wrote {result.kind.value.replace('_', ' ')} to {result.path.name} for "
        f"{result.contact.label} under {result.consent_label} ({detail})"
    )
    return 0


def _left_out(left_out: Sequence[LeftOut]) -> None:
    """What this vault's data policy does not keep of the received records, and why."""
    for left in left_out:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "  left out of one {record} record (your data policy does not keep it): {fields}",
            ),
            record=left.record_type,
            fields=policy_commands.field_names(left.fields),
        )


def cmd_import(args: argparse.Namespace) -> int:
    failures = 0
    with open_session(args) as session:
        bundles: list[tuple[Path, bytes]] = []
        for path in args.files:
            try:
                bundles.append((path, read_bundle(path)))
            except InputError as exc:  # the message names the file already
                print(f"exitdesk: {describe_error(exc)}", file=sys.stderr)
                failures += 1
        if args.preview:
            return _preview_imports(session, bundles) or (1 if failures else 0)
        # One transaction for all the files, each file all or nothing within it.
        items = session.exchange.import_bundles([(p.name, data) for p, data in bundles])
        ack_dir: Path | None = None  # where the queued replies go: --ack-dir, or beside a file
        for (path, _), item in zip(bundles, items, strict=True):
            if item.result is None:
                assert item.refused is not None
                print(f"exitdesk: {path.name}: {describe_error(item.refused)}", file=sys.stderr)
                failures += 1
                continue
            _said_imported(path, item.result)
            if item.result.outbox_ids and ack_dir is None:
                ack_dir = args.ack_dir or path.parent
        if ack_dir is not None:
            _write_outbox(session, ack_dir)
    return 1 if failures else 0


def _preview_imports(session: Session, bundles: list[tuple[Path, bytes]]) -> int:
    failures = 0
    for path, data in bundles:
        try:
            preview = session.exchange.preview_import(data)
        except Exception as exc:  # the preview writes nothing; report and go on
            print(f"exitdesk: {path.name}: {describe_error(exc)}", file=sys.stderr)
            failures += 1
            continue
        say(
            QT_TRANSLATE_NOOP("Cli", "{name}: would import {what} (nothing written)"),
            name=path.name,
            what=preview.describe(),
        )
        _left_out(preview.left_out)
    return 1 if failures else 0


def _said_imported(path: Path, result: ImportResult) -> None:
    plan = result.plan
    line = f"{path.name}: imported {plan.describe()}"
    if result.participant_id is not None:
        line += f" (participant {result.participant_id})"
    print(line)
    _left_out(plan.left_out)
    for warning in plan.warnings:
        say(QT_TRANSLATE_NOOP("Cli", "  note: {warning}"), warning=warning)
    if result.conflicts:
        say(
            QT_TRANSLATE_NOOP("Cli", "  {count} conflict(s) to resolve: run 'exitdesk conflicts'"),
            count=result.conflicts,
        )
    if result.purged:
        say(QT_TRANSLATE_NOOP("Cli", "  purged {count} records"), count=result.purged)


def _write_outbox(session: Session, folder: Path) -> None:
    """After the import committed: write what it queued. A folder that is missing or not
    writable leaves it all in the outbox, said in one line (the import itself stands)."""
    try:
        written = session.exchange.write_outbox(folder)
    except InputError as exc:
        print(
            f"exitdesk: {describe_error(exc)}; run 'exitdesk outbox write DIR' to write them",
            file=sys.stderr,
        )
        return
    for item in written:
        say(QT_TRANSLATE_NOOP("Cli", "  send {name} back to the sender"), name=item.name)


def cmd_inspect(args: argparse.Namespace) -> int:
    data = read_bundle(args.file)
    outer = inspect_without_keys(data)
    say(
        QT_TRANSLATE_NOOP("Cli", "File: {name}, {size} bytes"), name=args.file.name, size=outer.size
    )
    if not outer.is_age:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not an age-encrypted ExitDesk bundle"),
            name=args.file.name,
        )
    say(
        QT_TRANSLATE_NOOP("Cli", "age v1 file, {count} recipient(s)"), count=outer.recipient_stanzas
    )
    if args.vault is None:
        return 0
    with open_session(args) as session:
        report = session.exchange.inspect(data)
    opened = report.opened
    assert opened is not None
    manifest = opened.manifest
    say(
        QT_TRANSLATE_NOOP("Cli", "Verified: signed by {name} ({party_id})"),
        name=opened.sender.name,
        party_id=opened.sender.party_id,
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "Kind: {kind}; bundle {bundle}"),
        kind=manifest.kind.value,
        bundle=manifest.bundle_id,
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "Created {created} UTC, expires {expires}"),
        created=f"{manifest.created:%Y-%m-%d %H:%M}",
        expires=f"{manifest.expires:%Y-%m-%d}",
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "Sequence for you: {sequence}; records: {count}"),
        sequence=opened.my_sequence,
        count=len(opened.records),
    )
    if opened.consent is not None:
        cats = ", ".join(sorted(c.value for c in opened.consent.categories))
        until = f"{opened.consent.valid_until:%Y-%m-%d}"
        say(
            QT_TRANSLATE_NOOP("Cli", "Consent {consent}: {categories}; until {until}"),
            consent=opened.consent.uid.hex[:8],
            categories=cats,
            until=until,
        )
    for note in report.notes:
        say(QT_TRANSLATE_NOOP("Cli", "Note: {note}"), note=note)
    return 0


class Conflict(Protocol):
    """What the listing shows of a stored conflict (the services' conflict record)."""

    @property
    def id(self) -> int: ...
    @property
    def record_type(self) -> str: ...
    @property
    def record_uid(self) -> str: ...
    @property
    def participant_uid(self) -> str: ...
    @property
    def bundle_id(self) -> str: ...
    @property
    def consent_uid(self) -> str: ...
    @property
    def found_at(self) -> datetime: ...


def conflict_json(c: Conflict) -> dict[str, Any]:
    return {
        "id": c.id,
        "record_type": c.record_type,
        "record_uid": c.record_uid,
        "participant_uid": c.participant_uid,
        "bundle_id": c.bundle_id,
        "consent_uid": c.consent_uid,
        "found_at": c.found_at.isoformat(),
    }


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        conflicts = session.exchange.conflicts()
    if args.json:
        print_json([conflict_json(c) for c in conflicts])
        return 0
    if not conflicts:
        say(QT_TRANSLATE_NOOP("Cli", "No conflicts"))
    for c in conflicts:
        print(f"{c.id:>4}  {c.record_type:<12} found {c.found_at:%Y-%m-%d}")
    return 0


def _value(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def cmd_conflict_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        sides = session.exchange.conflict_sides(args.conflict_id)
    if args.json:
        print_json(
            {
                **conflict_json(sides.conflict),
                "participant_alias": sides.participant_alias,
                "sender": sides.sender,
                "mine": sides.mine,
                "theirs": sides.theirs,
            }
        )
        return 0
    c = sides.conflict
    print(
        f"Conflict {c.id}: {c.record_type} of {sides.participant_alias or 'a removed participant'}"
        f", changed here and by {sides.sender or 'an unknown sender'}"
    )
    mine = sides.mine or {}
    if sides.mine is None:
        say(QT_TRANSLATE_NOOP("Cli", "  Yours: no longer in this vault"))
    for key in sorted(set(mine) | set(sides.theirs)):
        here, there = mine.get(key), sides.theirs.get(key)
        mark = "  " if here == there else "* "
        print(f"{mark}{key}:")
        print(f"    mine:   {_value(here)}")
        print(f"    theirs: {_value(there)}")
    say(
        QT_TRANSLATE_NOOP("Cli", "Keep one: exitdesk conflict resolve {id} --keep mine|theirs"),
        id=c.id,
    )
    return 0


def cmd_conflict_resolve(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        session.exchange.resolve_conflict(args.conflict_id, take_incoming=args.keep == "theirs")
    say(
        QT_TRANSLATE_NOOP("Cli", "Conflict {id} resolved: kept {keep}"),
        id=args.conflict_id,
        keep=args.keep,
    )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        entries = session.exchange.history(args.participant)
    if args.json:
        print_json(
            [
                {
                    "at": e.at.isoformat(),
                    "direction": e.direction,
                    "kind": e.kind,
                    "contact": e.contact,
                    "consent_uid": e.consent_uid,
                    "records": e.records,
                    "acknowledged": e.acknowledged,
                }
                for e in entries
            ]
        )
        return 0
    if not entries:
        say(QT_TRANSLATE_NOOP("Cli", "No bundles went out or came in for this participant"))
    for e in entries:
        ack = ", acknowledged" if e.acknowledged else ""
        print(
            f"{e.at:%Y-%m-%d %H:%M}  {e.direction:<4} {e.kind:<20} {e.contact} "
            f"({e.records} records{ack})"
        )
    return 0


def register(sub: Subparsers) -> None:
    consent_commands.register(sub)
    p = add_command(sub, "export", cmd_export, "write a bundle for a contact")
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    p.add_argument(
        "--to",
        type=int,
        required=True,
        metavar="CONTACT_ID",
        help="the verified contact to write it for",
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=f"the bundle file to write (conventionally *{BUNDLE_SUFFIX})",
    )
    p.add_argument(
        "--categories",
        default=None,
        metavar="CATEGORY[,...]",
        help=f"only these, separated by commas: {consent_commands.CATEGORY_NAMES} "
        "(default: all the consent covers)",
    )

    p = add_command(
        sub, "notify-ended", cmd_notify_ended, "tell a contact that participation ended"
    )
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    p.add_argument(
        "--to", type=int, required=True, metavar="CONTACT_ID", help="the contact to tell"
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the notice file to write"
    )

    p = add_command(sub, "import", cmd_import, "import bundle files")
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="bundle files; each is imported whole or not at all",
    )
    p.add_argument(
        "--preview",
        action="store_true",
        help="verify and say what would change and what your data policy leaves out; write nothing",
    )
    p.add_argument(
        "--ack-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="where to write acknowledgements (default: beside the bundle)",
    )

    p = add_command(sub, "inspect", cmd_inspect, "describe a bundle (with --vault: verify it)")
    p.add_argument("file", type=Path, metavar="FILE", help="the bundle file")

    p = add_command(
        sub, "history", cmd_history, "list the bundles that went out or came in for a participant"
    )
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    add_json_option(p)

    p = add_command(sub, "conflicts", cmd_conflicts, "list import conflicts")
    add_json_option(p)
    rsub = add_group(sub, "conflict", "show or resolve an import conflict")
    p = add_command(rsub, "show", cmd_conflict_show, "show both versions of a conflict")
    p.add_argument("conflict_id", type=int, metavar="CONFLICT_ID", help="the conflict's id")
    add_json_option(p)
    p = add_command(rsub, "resolve", cmd_conflict_resolve, "keep your version or theirs")
    p.add_argument("conflict_id", type=int, metavar="CONFLICT_ID", help="the conflict's id")
    p.add_argument(
        "--keep",
        required=True,
        choices=["mine", "theirs"],
        help="mine: keep this vault's version; theirs: take the sender's",
    )
