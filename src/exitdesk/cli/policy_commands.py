"""The programme-rules commands of the CLI: the data policy, enquiries and the target group
(the services decide; these commands only ask and show)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable

from exitdesk.app.errors import InputError
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_json_option,
    day,
    open_session,
    print_json,
)
from exitdesk.cli.text import catalogue, say, tr
from exitdesk.domain import ContactRoute
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.policy import FIELD_NAMES, DataPolicy, PolicyField
from exitdesk.domain.target_group import NeedsSupport, TargetGroupAssessment, WantsToLeave

POLICY_CONTEXT = "Policy"


def field_names(fields: Iterable[PolicyField]) -> str:
    """The fields' plain names in the reader's language, in the policy's own order."""
    chosen = set(fields)
    return ", ".join(
        catalogue().text(POLICY_CONTEXT, FIELD_NAMES[f]) for f in PolicyField if f in chosen
    )


def show_policy(policy: DataPolicy) -> None:
    minimal = tr(QT_TRANSLATE_NOOP("Cli", "  (minimal record)")) if policy.minimal_record else ""
    say(QT_TRANSLATE_NOOP("Cli", "Party: {party}{minimal}"), party=policy.party_id, minimal=minimal)
    say(
        QT_TRANSLATE_NOOP("Cli", "Keeps: {fields}"),
        fields=field_names(policy.kept_fields()) or tr(QT_TRANSLATE_NOOP("Cli", "none of these")),
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "Never stores: {fields}"),
        fields=field_names(policy.drops) or tr(QT_TRANSLATE_NOOP("Cli", "nothing")),
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "Enquiries that never start: deleted after {days} days"),
        days=policy.enquiry_days,
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "Ended cases: deleted {days} days after they end"),
        days=policy.ended_case_days,
    )
    if policy.note_days is None:
        say(QT_TRANSLATE_NOOP("Cli", "Notes: kept until their own expiry date"))
    else:
        say(QT_TRANSLATE_NOOP("Cli", "Notes: kept {days} days"), days=policy.note_days)


def cmd_policy_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        policy = session.policy.current()
    if args.json:
        print_json(policy.model_dump(mode="json"))
        return 0
    show_policy(policy)
    return 0


def cmd_policy_stricter(args: argparse.Namespace) -> int:
    try:
        drops = [PolicyField(value) for value in args.drop]
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "--drop takes one of: {fields}"),
            fields=", ".join(f.value for f in PolicyField),
        ) from None
    with open_session(args) as session:
        policy = session.policy.make_stricter(
            drop=drops,
            enquiry_days=args.enquiry_days,
            ended_case_days=args.ended_case_days,
            note_days=args.note_days,
        )
    show_policy(policy)
    return 0


def cmd_enquiry_add(args: argparse.Namespace) -> int:
    route = None if args.contact_route is None else ContactRoute(args.contact_route)
    with open_session(args) as session:
        saved = session.add_participant(args.alias, contact_route=route)
    print(saved.id)
    return 0


def cmd_target_group(args: argparse.Namespace) -> int:
    given = (args.needs_support, args.by, args.assessed_on)
    if any(v is not None for v in given) and any(v is None for v in given):
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "--needs-support, --by and --assessed-on go together")
        )
    assessment = TargetGroupAssessment(
        wants_to_leave=WantsToLeave(args.wants_to_leave),
        wants_to_leave_on=args.on,
        needs_support=None if args.needs_support is None else NeedsSupport(args.needs_support),
        needs_support_by=args.by,
        needs_support_on=args.assessed_on,
    )
    with open_session(args) as session:
        session.record_target_group(args.participant, assessment)
    say(QT_TRANSLATE_NOOP("Cli", "Target group recorded"))
    return 0


def _days_option(p: argparse.ArgumentParser, name: str, what: str) -> None:
    p.add_argument(
        name, type=int, default=None, metavar="N",
        help=f"{what}, 1 to 3650 days (only shorter than now)",
    )  # fmt: skip


def register(sub: Subparsers) -> None:
    policy = add_group(sub, "policy", "show or tighten this vault's data policy")
    p = add_command(policy, "show", cmd_policy_show, "what this vault keeps and for how long")
    add_json_option(p)
    p = add_command(policy, "stricter", cmd_policy_stricter, "keep less, or keep it shorter")
    fields = ", ".join(f.value for f in PolicyField)
    p.add_argument("--drop", action="append", default=[], metavar="FIELD",
                   help=f"a field never to store again (repeatable): {fields}")  # fmt: skip
    _days_option(p, "--enquiry-days", "how long an enquiry that never starts is kept")
    _days_option(p, "--ended-case-days", "how long a case is kept after it ends")
    _days_option(p, "--note-days", "how long a note is kept")

    enquiry = add_group(sub, "enquiry", "contact without commitment: an alias and a contact route")
    p = add_command(enquiry, "add", cmd_enquiry_add, "record an enquiry (prints its id)")
    p.add_argument("--alias", required=True, help="what to call the person, 1 to 80 characters")
    routes = [r.value for r in ContactRoute]
    p.add_argument("--contact-route", choices=routes, default=None,
                   help="how to reach them: " + ", ".join(routes))  # fmt: skip

    p = add_command(sub, "target-group", cmd_target_group, "record the target-group answers")
    p.add_argument("--participant", type=int, required=True, metavar="ID",
                   help="the participant's id")  # fmt: skip
    wants = [w.value for w in WantsToLeave]
    p.add_argument("--wants-to-leave", required=True, choices=wants,
                   help="wants to leave organised crime: " + ", ".join(wants))  # fmt: skip
    p.add_argument("--on", type=day, required=True, metavar="YYYY-MM-DD",
                   help="the day this was asked")  # fmt: skip
    needs = [n.value for n in NeedsSupport]
    p.add_argument(
        "--needs-support",
        choices=needs,
        default=None,
        help="assessed as needing support and protection: " + ", ".join(needs),
    )
    p.add_argument("--by", default=None, metavar="PARTY_ID",
                   help="the party that assessed the need, e.g. se-socialtjanst")  # fmt: skip
    p.add_argument("--assessed-on", type=day, default=None, metavar="YYYY-MM-DD",
                   help="the day the need was assessed")  # fmt: skip
