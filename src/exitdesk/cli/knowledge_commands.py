"""The knowledge library commands of the CLI: search and show entries offline, preview, install
and roll back signed knowledge packs, and send a pack to verified contacts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from exitdesk.app import knowledge
from exitdesk.app.errors import NotFoundError
from exitdesk.app.exchange import read_bundle_file
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_json_option,
    open_session,
    print_json,
)
from exitdesk.cli.consent_commands import contact_ids
from exitdesk.cli.text import catalogue, say
from exitdesk.domain.knowledge import KnowledgeEntry
from exitdesk.domain.messages import QT_TRANSLATE_NOOP


def _entry_json(entry: KnowledgeEntry, language: str) -> dict[str, Any]:
    text = entry.text(language)
    return {
        "id": entry.id,
        "topic": entry.topic.value,
        "title": text.title,
        "summary": text.summary,
        "check": text.check,
        "source": entry.source,
        "source_date": entry.source_date,
    }


def _print_entry(entry: KnowledgeEntry, language: str, *, full: bool) -> None:
    text = entry.text(language)
    print(f"{entry.id}  {text.title}")
    if full:
        print(f"  {text.summary}")
    print(f"  {entry.source} ({entry.source_date})")
    print(f"  {text.check}")


def cmd_search(args: argparse.Namespace) -> int:
    language = catalogue().language
    with open_session(args) as session:
        found = knowledge.search_library(session, " ".join(args.text))
    if args.json:
        print_json([_entry_json(e, language) for e in found])
        return 0
    if not found:
        say(QT_TRANSLATE_NOOP("Cli", "No library entry matches"))
    for entry in found:
        _print_entry(entry, language, full=False)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    language = catalogue().language
    with open_session(args) as session:
        entries = knowledge.current_library(session).entries
    entry = next((e for e in entries if e.id == args.entry_id), None)
    if entry is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no library entry {entry_id}"),
            entry_id=args.entry_id,
        )
    if args.json:
        print_json(_entry_json(entry, language))
    else:
        _print_entry(entry, language, full=True)
    return 0


def _print_changes(preview: knowledge.PackPreview) -> None:
    say(
        QT_TRANSLATE_NOOP("Cli", "Knowledge pack from {sender}: version {version}, {n} changes"),
        sender=preview.sender,
        version=preview.next_version,
        n=len(preview.changes),
    )
    for change in preview.changes:
        print(f"  {change.kind.value:<8} {change.entry_id}  {change.title}")


def cmd_pack_preview(args: argparse.Namespace) -> int:
    data = read_bundle_file(args.file)
    with open_session(args) as session:
        preview = knowledge.preview_pack(session, data)
    _print_changes(preview)
    return 0


def cmd_pack_install(args: argparse.Namespace) -> int:
    data = read_bundle_file(args.file)
    with open_session(args) as session:
        preview = knowledge.install_pack(session, data)
    _print_changes(preview)
    say(
        QT_TRANSLATE_NOOP("Cli", "Installed as library version {version}"),
        version=preview.next_version,
    )
    return 0


def cmd_pack_send(args: argparse.Namespace) -> int:
    entries = knowledge.read_entry_files(args.entries)
    with open_session(args) as session:
        bundle_id = knowledge.send_pack(session, entries, contact_ids(args.to), args.out)
    say(
        QT_TRANSLATE_NOOP("Cli", "Wrote a knowledge pack with {n} entries to {name} ({bundle_id})"),
        n=len(entries),
        name=args.out.name,
        bundle_id=bundle_id[:8],
    )
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        version = knowledge.roll_back(session)
    say(QT_TRANSLATE_NOOP("Cli", "The library is back at version {version}"), version=version)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = knowledge.versions(session)
        current = knowledge.current_library(session).version
    if args.json:
        print_json(
            {
                "current": current,
                "versions": [
                    {
                        "version": v.version,
                        "installed_at": v.installed_at.isoformat(),
                        "bundle_id": v.bundle_id,
                        "rolled_back_at": None
                        if v.rolled_back_at is None
                        else v.rolled_back_at.isoformat(),
                    }
                    for v in found
                ],
            }
        )
        return 0
    say(QT_TRANSLATE_NOOP("Cli", "Library version in use: {version}"), version=current)
    for v in found:
        state = "" if v.rolled_back_at is None else f"  rolled back {v.rolled_back_at:%Y-%m-%d}"
        print(f"{v.version:>4}  {v.installed_at:%Y-%m-%d %H:%M}  {v.bundle_id[:8]}{state}")
    return 0


def register(sub: Subparsers) -> None:
    group = add_group(sub, "knowledge", "the knowledge library: methods, guidelines, rules")
    p = add_command(group, "search", cmd_search, "search the library offline, in every language")
    p.add_argument("text", nargs="+", metavar="TEXT", help="words to look for")
    add_json_option(p)
    p = add_command(group, "show", cmd_show, "show one library entry in full")
    p.add_argument("entry_id", metavar="ENTRY_ID", help="the entry's id, e.g. se-secrecy-act")
    add_json_option(p)
    add_command(group, "rollback", cmd_rollback, "undo the newest installed knowledge pack")
    p = add_command(group, "history", cmd_history, "the installed library versions")
    add_json_option(p)
    packs = add_group(group, "pack", "signed knowledge packs")
    p = add_command(packs, "preview", cmd_pack_preview, "list what a knowledge pack would change")
    p.add_argument("file", type=Path, metavar="FILE", help="the pack file")
    p = add_command(packs, "install", cmd_pack_install, "install a knowledge pack")
    p.add_argument("file", type=Path, metavar="FILE", help="the pack file")
    p = add_command(packs, "send", cmd_pack_send, "write a knowledge pack for verified contacts")
    p.add_argument("entries", type=Path, nargs="+", metavar="ENTRY.toml", help="entry files")
    p.add_argument(
        "--to", required=True, metavar="CONTACT_IDS", help="contact ids separated by commas"
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the pack file")
