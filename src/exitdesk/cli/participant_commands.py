"""The participant commands of the CLI: add, list, and synthetic demo data."""

from __future__ import annotations

import argparse

from exitdesk.app.errors import InputError
from exitdesk.cli.common import Subparsers, add_command, add_group, open_session, print_json
from exitdesk.domain.views import MAX_PAGE, ParticipantQuery, ParticipantSummary


def cmd_participant_add(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        saved = session.add_participant(
            args.alias, legal_name=args.legal_name, birth_year=args.birth_year, note=args.note
        )
    print(saved.id)
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
    for row in rows:
        urgent = "  URGENT" if row.urgent else ""
        print(f"{row.id:>6}  {row.alias:<24} {row.state.value:<14}{urgent}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.participants <= 10_000:
        raise InputError("--participants must be between 1 and 10000")
    with open_session(args) as session:
        made = session.generate_demo(args.participants, seed=args.seed)
    print(f"Added {made} synthetic participants")
    return 0


def register(sub: Subparsers) -> None:
    actions = add_group(sub, "participant", "add or list participants")
    p = add_command(actions, "add", cmd_participant_add, "add a participant")
    p.add_argument("--alias", required=True)
    p.add_argument("--legal-name", default=None)
    p.add_argument("--birth-year", type=int, default=None)
    p.add_argument("--note", default=None)
    p = add_command(actions, "list", cmd_participant_list, "list participants")
    p.add_argument("--json", action="store_true")
    p.add_argument("--search", default=None, metavar="TEXT")

    p = add_command(sub, "demo", cmd_demo, "add realistic synthetic participants")
    p.add_argument("--participants", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=0)
