"""The case-note and meeting commands of the CLI: add, list, edit and delete."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, time
from typing import Any

from exitdesk.app import casework
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_json_option,
    day,
    open_session,
    print_json,
)
from exitdesk.cli.text import remind, say
from exitdesk.domain import Meeting, MeetingMethod, MeetingMode, Note
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

_MODES = [m.value for m in MeetingMode]
_METHODS = [m.value for m in MeetingMethod]


def note_json(n: Note) -> dict[str, Any]:
    return {
        "id": n.id,
        "uid": str(n.uid),
        "participant_id": n.participant_id,
        "text": n.text,
        "created_at": n.created_at.isoformat(),
        "expires_at": None if n.expires_at is None else n.expires_at.isoformat(),
    }


def meeting_json(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "uid": str(m.uid),
        "participant_id": m.participant_id,
        "on": m.on.isoformat(),
        "mode": m.mode.value,
        "method": m.method.value,
        "summary": m.summary,
        "next_steps": m.next_steps,
    }


def cmd_note_add(args: argparse.Namespace) -> int:
    expires = None
    if args.expires is not None:
        expires = datetime.combine(args.expires, time.min, tzinfo=UTC)
    with open_session(args) as session:
        saved = session.add_note(args.participant, args.text, expires)
    print(saved.id)
    remind(args.text)
    return 0


def cmd_note_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = casework.notes(session, args.participant)
    if args.json:
        print_json([note_json(n) for n in found])
        return 0
    if not found:
        say(QT_TRANSLATE_NOOP("Cli", "No notes"))
    for n in found:
        until = "" if n.expires_at is None else f" (until {n.expires_at:%Y-%m-%d})"
        print(f"{n.id:>5}  {n.created_at:%Y-%m-%d}{until}  {n.text}")
    return 0


def cmd_note_delete(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        casework.delete_note(session, args.note_id)
    say(QT_TRANSLATE_NOOP("Cli", "Note {note_id} deleted"), note_id=args.note_id)
    return 0


def cmd_meeting_add(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        saved = casework.add_meeting(
            session,
            args.participant,
            args.on,
            mode=MeetingMode(args.mode),
            method=MeetingMethod(args.method),
            summary=args.summary,
            next_steps=args.next_steps,
        )
    print(saved.id)
    remind(args.summary, args.next_steps)
    return 0


def cmd_meeting_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = casework.meetings(session, args.participant)
    if args.json:
        print_json([meeting_json(m) for m in found])
        return 0
    if not found:
        say(QT_TRANSLATE_NOOP("Cli", "No meetings"))
    for m in found:
        print(f"{m.id:>5}  {m.on}  {m.mode.value:<9} {m.method.value:<11} {m.summary}")
        if m.next_steps:
            print(f"       next: {m.next_steps}")
    return 0


def cmd_meeting_edit(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {}
    for name in ("on", "summary", "next_steps"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.mode is not None:
        changes["mode"] = MeetingMode(args.mode)
    if args.method is not None:
        changes["method"] = MeetingMethod(args.method)
    with open_session(args) as session:
        saved = casework.update_meeting(session, args.meeting_id, changes)
    say(QT_TRANSLATE_NOOP("Cli", "Meeting {id} saved"), id=saved.id)
    remind(args.summary, args.next_steps)
    return 0


def cmd_meeting_delete(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        casework.delete_meeting(session, args.meeting_id)
    say(QT_TRANSLATE_NOOP("Cli", "Meeting {meeting_id} deleted"), meeting_id=args.meeting_id)
    return 0


def _meeting_fields(p: argparse.ArgumentParser, *, adding: bool) -> None:
    keep = "" if adding else " (not given: unchanged)"
    p.add_argument(
        "--mode",
        choices=_MODES,
        default=MeetingMode.IN_PERSON.value if adding else None,
        help=f"one of {', '.join(_MODES)}" + (" (default: in_person)" if adding else keep),
    )
    p.add_argument(
        "--method",
        choices=_METHODS,
        default=MeetingMethod.DIALOGICAL.value if adding else None,
        help=f"one of {', '.join(_METHODS)}" + (" (default: dialogical)" if adding else keep),
    )
    p.add_argument(
        "--summary",
        default="" if adding else None,
        metavar="TEXT",
        help=f"what was talked about, up to 20000 characters{keep}",
    )
    p.add_argument(
        "--next-steps",
        default="" if adding else None,
        metavar="TEXT",
        help=f"what happens next, up to 20000 characters{keep}",
    )


def register(sub: Subparsers) -> None:
    notes = add_group(sub, "note", "add, list or delete case notes")
    p = add_command(notes, "add", cmd_note_add, "add a case note (prints its id)")
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    p.add_argument("--text", required=True, metavar="TEXT", help="the note, 1 to 20000 characters")
    p.add_argument(
        "--expires",
        type=day,
        default=None,
        metavar="YYYY-MM-DD",
        help="delete the note automatically from this day on",
    )
    p = add_command(notes, "list", cmd_note_list, "list a participant's case notes")
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    add_json_option(p)
    p = add_command(notes, "delete", cmd_note_delete, "delete a case note")
    p.add_argument("note_id", type=int, metavar="NOTE_ID", help="the note's id")

    meetings = add_group(sub, "meeting", "add, list, edit or delete meetings")
    p = add_command(meetings, "add", cmd_meeting_add, "record a meeting (prints its id)")
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    p.add_argument(
        "--on", type=day, required=True, metavar="YYYY-MM-DD", help="the day of the meeting"
    )
    _meeting_fields(p, adding=True)
    p = add_command(meetings, "list", cmd_meeting_list, "list a participant's meetings")
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    add_json_option(p)
    p = add_command(meetings, "edit", cmd_meeting_edit, "change a recorded meeting")
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID", help="the meeting's id")
    p.add_argument(
        "--on",
        type=day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day of the meeting (not given: unchanged)",
    )
    _meeting_fields(p, adding=False)
    p = add_command(meetings, "delete", cmd_meeting_delete, "delete a recorded meeting")
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID", help="the meeting's id")
