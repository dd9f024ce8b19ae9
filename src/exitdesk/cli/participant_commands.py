"""The participant commands of the CLI: add, list, show, edit, delete, and synthetic demo data."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

from exitdesk.app import casework
from exitdesk.app.errors import InputError
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_json_option,
    comma_list,
    day,
    int_range,
    open_session,
    print_json,
)
from exitdesk.cli.text import remind, say
from exitdesk.domain import Participant
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.views import MAX_PAGE, MAX_SEARCH_CHARS, ParticipantQuery, ParticipantSummary

_PARTIES_HELP = "party ids separated by commas, e.g. fi-rise,fi-aggredi"


def participant_json(p: Participant) -> dict[str, Any]:
    return {
        "id": p.id,
        "uid": str(p.uid),
        "alias": p.alias,
        "legal_name": p.legal_name,
        "birth_year": p.birth_year,
        "contact": p.contact,
        "institution": p.institution,
        "release_date": None if p.release_date is None else p.release_date.isoformat(),
        "parties": sorted(p.parties),
        "state": p.state.value,
        "history": [
            {
                "state": e.state.value,
                "at": e.at.isoformat(),
                "ended_by": None
                if e.ended_by is None
                else "participant"
                if e.ended_by.participant
                else e.ended_by.party_id,
            }
            for e in p.history
        ],
        "created_at": None if p.created_at is None else p.created_at.isoformat(),
        "updated_at": None if p.updated_at is None else p.updated_at.isoformat(),
    }


def cmd_participant_add(args: argparse.Namespace) -> int:
    parties = None if args.parties is None else casework.known_parties(comma_list(args.parties))
    with open_session(args) as session:
        saved = session.add_participant(
            args.alias,
            legal_name=args.legal_name,
            birth_year=args.birth_year,
            contact=args.contact,
            institution=args.institution,
            release_date=args.release_date,
            parties=parties,
            note=args.note,
        )
    print(saved.id)
    remind(args.note)
    return 0


def cmd_participant_list(args: argparse.Namespace) -> int:
    rows: list[ParticipantSummary] = []
    with open_session(args) as session:
        # The list query pages (at most MAX_PAGE rows a call); walk the pages.
        while True:
            page = session.summaries(
                ParticipantQuery(text=args.search or "", offset=len(rows), limit=MAX_PAGE)
            )
            rows.extend(page)
            if len(page) < MAX_PAGE:
                break
    if args.json:
        print_json([row.model_dump(mode="json") for row in rows])
        return 0
    if not rows:
        say(
            QT_TRANSLATE_NOOP("Cli", "No participant matches")
            if args.search
            else QT_TRANSLATE_NOOP("Cli", "No participants yet")
        )
    for row in rows:
        urgent = "  URGENT" if row.urgent else ""
        print(f"{row.id:>6}  {row.alias:<24} {row.state.value:<14}{urgent}")
    return 0


def cmd_participant_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = session.participant(args.participant_id)
    if args.json:
        print_json(participant_json(found))
        return 0
    say(QT_TRANSLATE_NOOP("Cli", "Participant {id}: {alias}"), id=found.id, alias=found.alias)
    for label, value in (
        ("Legal name", found.legal_name),
        ("Birth year", found.birth_year),
        ("Contact", found.contact),
        ("Institution", found.institution),
        ("Release date", found.release_date),
    ):
        if value is not None:
            print(f"  {label}: {value}")
    say(
        QT_TRANSLATE_NOOP("Cli", "  Parties: {parties}"),
        parties=", ".join(sorted(found.parties)) or "-",
    )
    say(QT_TRANSLATE_NOOP("Cli", "  State: {state}"), state=found.state.value)
    for event in found.history:
        who = ""
        if event.ended_by is not None:
            who = (
                " by the participant"
                if event.ended_by.participant
                else (f" by {event.ended_by.party_id}")
            )
        print(f"    {event.at:%Y-%m-%d %H:%M}  {event.state.value}{who}")
    return 0


def _optional(text: str | None) -> str | None:
    """For an edit: an empty value clears the field."""
    return None if text is None or text == "" else text


def cmd_participant_edit(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {}
    if args.alias is not None:
        changes["alias"] = args.alias
    for name in ("legal_name", "contact", "institution"):
        if getattr(args, name) is not None:
            changes[name] = _optional(getattr(args, name))
    if args.birth_year is not None:
        changes["birth_year"] = None if args.birth_year == "" else _birth_year(args.birth_year)
    if args.release_date is not None:
        changes["release_date"] = None if args.release_date == "" else day(args.release_date)
    if args.parties is not None:
        changes["parties"] = comma_list(args.parties)
    with open_session(args) as session:
        saved = casework.edit_participant(session, args.participant_id, changes)
    say(QT_TRANSLATE_NOOP("Cli", "Participant {id} saved"), id=saved.id)
    return 0


def _birth_year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "the birth year must be a whole number, e.g. 1991")
        ) from None


def cmd_participant_delete(args: argparse.Namespace) -> int:
    if not args.yes:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "deleting removes the participant and everything recorded about them; "
                "add --yes to confirm",
            )
        )
    with open_session(args) as session:
        session.delete_participant(args.participant_id)
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Participant {participant_id} and everything recorded about them deleted"
        ),
        participant_id=args.participant_id,
    )
    return 0


class _Interrupted(BaseException):
    """Ctrl-C seen between two demo chunks; carries how many participants were saved."""

    def __init__(self, done: int) -> None:
        super().__init__(done)
        self.done = done


@contextlib.contextmanager
def _ctrl_c_between_chunks(seen: threading.Event) -> Iterator[None]:
    # Ctrl-C only sets a flag: interrupting SQLite mid-statement left committed chunks
    # unaudited and once raised on a closed connection. The flag is read between chunks.
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, lambda *_: seen.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_demo(args: argparse.Namespace) -> int:
    seen = threading.Event()

    def between_chunks(done: int, total: int) -> None:
        if seen.is_set() and done < total:
            raise _Interrupted(done)

    with _ctrl_c_between_chunks(seen), open_session(args) as session:
        if seen.is_set():
            raise KeyboardInterrupt
        try:
            made = session.generate_demo(args.participants, seed=args.seed, progress=between_chunks)
        except _Interrupted as stop:
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "exitdesk: cancelled; {done} of {total} synthetic participants were added "
                    "and recorded in the audit log",
                ),
                done=stop.done,
                total=args.participants,
                file=sys.stderr,
            )
            return 130
    say(QT_TRANSLATE_NOOP("Cli", "Added {made} synthetic participants"), made=made)
    return 0


def _details(p: argparse.ArgumentParser, *, editing: bool) -> None:
    clear = " (an empty value clears it)" if editing else ""
    p.add_argument(
        "--legal-name", default=None, metavar="NAME", help=f"legal name, 1 to 200 characters{clear}"
    )
    p.add_argument(
        "--contact",
        default=None,
        metavar="TEXT",
        help=f"how to reach them, 1 to 200 characters{clear}",
    )
    p.add_argument(
        "--institution",
        default=None,
        metavar="TEXT",
        help=f"prison or office, 1 to 200 characters{clear}",
    )
    default = "" if editing else " (default: your own)"
    p.add_argument(
        "--parties",
        default=None,
        metavar="PARTY_ID[,...]",
        help=f"the parties the participant chose to work with: {_PARTIES_HELP}{default}",
    )


def register(sub: Subparsers) -> None:
    actions = add_group(sub, "participant", "add, list, show, edit or delete participants")
    p = add_command(actions, "add", cmd_participant_add, "add a participant (prints the new id)")
    p.add_argument(
        "--alias",
        required=True,
        metavar="TEXT",
        help="the name the programme uses, one line of 1 to 200 characters",
    )
    _details(p, editing=False)
    p.add_argument(
        "--birth-year", type=int, default=None, metavar="YEAR", help="from 1900 to this year"
    )
    p.add_argument(
        "--release-date", type=day, default=None, metavar="YYYY-MM-DD", help="expected release date"
    )
    p.add_argument(
        "--note",
        default=None,
        metavar="TEXT",
        help="a first case note (not for minimal-record parties)",
    )

    p = add_command(actions, "list", cmd_participant_list, "list participants")
    add_json_option(p)
    p.add_argument(
        "--search",
        default=None,
        metavar="TEXT",
        help=f"only those matching these words, each as a prefix (up to "
        f"{MAX_SEARCH_CHARS} characters)",
    )

    p = add_command(actions, "show", cmd_participant_show, "show a participant's details")
    p.add_argument("participant_id", type=int, metavar="ID", help="the participant's id")
    add_json_option(p)

    p = add_command(
        actions,
        "edit",
        cmd_participant_edit,
        "change a participant's details or chosen parties; options not given stay as they are",
    )
    p.add_argument("participant_id", type=int, metavar="ID", help="the participant's id")
    p.add_argument("--alias", default=None, metavar="TEXT", help="one line of 1 to 200 characters")
    _details(p, editing=True)
    p.add_argument(
        "--birth-year",
        default=None,
        metavar="YEAR",
        help="from 1900 to this year (an empty value clears it)",
    )
    p.add_argument(
        "--release-date",
        default=None,
        metavar="YYYY-MM-DD",
        help="expected release date (an empty value clears it)",
    )

    p = add_command(
        actions,
        "delete",
        cmd_participant_delete,
        "delete a participant and everything recorded about them",
    )
    p.add_argument("participant_id", type=int, metavar="ID", help="the participant's id")
    p.add_argument("--yes", action="store_true", help="confirm the deletion")

    p = add_command(sub, "demo", cmd_demo, "add realistic synthetic participants")
    p.add_argument(
        "--participants",
        type=int_range(1, 50_000),
        required=True,
        metavar="N",
        help="how many, from 1 to 50000",
    )
    p.add_argument(
        "--seed",
        type=int_range(0, 2**31 - 1),
        default=0,
        metavar="N",
        help="random seed, from 0 to 2147483647; the same seed gives the same data (default: 0)",
    )
