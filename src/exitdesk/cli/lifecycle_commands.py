"""The lifecycle command of the CLI: move a participant through enquiry, assessment, active,
after release and ended, saying who ended it."""

from __future__ import annotations

import argparse

from exitdesk.cli.common import Subparsers, add_command, open_session
from exitdesk.cli.text import say
from exitdesk.domain import ALLOWED_TRANSITIONS, EndedBy, LifecycleState, party_by_id
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

PARTICIPANT = "participant"


def ended_by(text: str | None) -> EndedBy | None:
    """``participant`` or a party id (an unknown one is refused naming the valid ids)."""
    if text is None:
        return None
    if text == PARTICIPANT:
        return EndedBy(participant=True)
    return EndedBy(party_id=party_by_id(text).id)


def cmd_lifecycle(args: argparse.Namespace) -> int:
    who = ended_by(args.ended_by)
    with open_session(args) as session:
        saved = session.change_lifecycle(args.participant, LifecycleState(args.to_state), who)
    say(
        QT_TRANSLATE_NOOP("Cli", "Participant {id} is now {state}"),
        id=saved.id,
        state=saved.state.value,
    )
    return 0


def _transitions() -> str:
    return "\n".join(
        f"  {state.value:<14} -> {', '.join(sorted(t.value for t in targets)) or '(final)'}"
        for state, targets in ALLOWED_TRANSITIONS.items()
    )


def register(sub: Subparsers) -> None:
    p = add_command(
        sub,
        "lifecycle",
        cmd_lifecycle,
        "move a participant to another lifecycle state",
        epilog=f"allowed changes:\n{_transitions()}\nEnding needs --ended-by; the participant "
        "or a party they work with may end participation at any time. Active needs both "
        "target-group answers yes; after release starts on the recorded release date.",
    )
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    p.add_argument(
        "to_state",
        choices=[s.value for s in LifecycleState],
        metavar="TO_STATE",
        help="one of: " + ", ".join(s.value for s in LifecycleState),
    )
    p.add_argument(
        "--ended-by",
        default=None,
        metavar="participant|PARTY_ID",
        help="who ended participation (only with 'ended'): 'participant' or a "
        "party id such as fi-rise",
    )
