"""The consent commands of the CLI: grant, list, show and withdraw."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from exitdesk.app import casework
from exitdesk.app.errors import InputError
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_json_option,
    comma_list,
    enum_list,
    open_session,
    print_json,
)
from exitdesk.cli.text import remind, say
from exitdesk.domain import Consent, ConsentMethod, DataCategory
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

CATEGORY_NAMES = ",".join(c.value for c in DataCategory)


def contact_ids(text: str) -> list[int]:
    try:
        return [int(part) for part in comma_list(text)]
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "--to takes contact ids separated by commas, e.g. 2,5")
        ) from None


def categories(text: str) -> list[DataCategory]:
    return enum_list(DataCategory, text, "--categories")


def _when(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def consent_json(c: Consent, state: str) -> dict[str, Any]:
    return {
        "id": c.id,
        "uid": str(c.uid),
        "participant_id": c.participant_id,
        "state": state,
        "recipients": [
            {"party_id": r.party_id, "contact_fingerprint": r.contact_fingerprint, "label": r.label}
            for r in c.recipients
        ],
        "categories": sorted(k.value for k in c.categories),
        "purpose": c.purpose,
        "valid_from": c.valid_from.isoformat(),
        "valid_until": c.valid_until.isoformat(),
        "method": c.method.value,
        "witness": c.witness,
        "guardian": c.guardian,
        "recorded_by": c.recorded_by,
        "recorded_at": c.recorded_at.isoformat(),
        "withdrawn_at": _when(c.withdrawn_at),
    }


def cmd_consent_grant(args: argparse.Namespace) -> int:
    if args.to is None and args.to_party is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "name who may receive the data: --to or --to-party")
        )
    parties = [] if args.to_party is None else comma_list(args.to_party)
    with open_session(args) as session:
        consent = session.exchange.grant_consent(
            args.participant,
            contact_ids=[] if args.to is None else contact_ids(args.to),
            party_ids=list(casework.known_parties(parties)),
            categories=categories(args.categories),
            purpose=args.purpose,
            days=args.days,
            method=ConsentMethod(args.method),
            witness=args.witness,
            guardian=args.guardian,
            adult_confirmed=args.confirm_adult,
        )
    print(consent.id)
    remind(args.purpose)
    return 0


def cmd_consent_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = casework.consents(session, args.participant)
        now = session.clock()
    if args.json:
        print_json([consent_json(c, casework.consent_state(c, now)) for c in found])
        return 0
    if not found:
        say(QT_TRANSLATE_NOOP("Cli", "No consents"))
    for c in found:
        cats = ",".join(sorted(k.value for k in c.categories))
        to = ", ".join(r.label for r in c.recipients)
        state = casework.consent_state(c, now)
        print(f"{c.id:>5}  {state:<9} until {c.valid_until:%Y-%m-%d}  {cats}  to {to}")
    return 0


def cmd_consent_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = casework.consent(session, args.consent_id)
        state = casework.consent_state(found, session.clock())
    if args.json:
        print_json(consent_json(found, state))
        return 0
    say(
        QT_TRANSLATE_NOOP("Cli", "Consent {id} for participant {participant_id}: {state}"),
        id=found.id,
        participant_id=found.participant_id,
        state=state,
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "  Categories: {categories}"),
        categories=", ".join(sorted(k.value for k in found.categories)),
    )
    for r in found.recipients:
        say(
            QT_TRANSLATE_NOOP("Cli", "  To: {label} ({party_id})"),
            label=r.label,
            party_id=r.party_id,
        )
    say(QT_TRANSLATE_NOOP("Cli", "  Purpose: {purpose}"), purpose=found.purpose)
    say(
        QT_TRANSLATE_NOOP("Cli", "  Valid: {start} to {end} UTC"),
        start=f"{found.valid_from:%Y-%m-%d %H:%M}",
        end=f"{found.valid_until:%Y-%m-%d %H:%M}",
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "  Given: {method}, recorded by {who}"),
        method=found.method.value,
        who=found.recorded_by,
    )
    if found.witness:
        say(QT_TRANSLATE_NOOP("Cli", "  Witness: {witness}"), witness=found.witness)
    if found.guardian:
        say(QT_TRANSLATE_NOOP("Cli", "  Guardian: {guardian}"), guardian=found.guardian)
    if found.withdrawn_at is not None:
        say(
            QT_TRANSLATE_NOOP("Cli", "  Withdrawn: {at} UTC"),
            at=f"{found.withdrawn_at:%Y-%m-%d %H:%M}",
        )
    return 0


def cmd_consent_withdraw(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        result = session.exchange.withdraw_consent(args.consent_id, args.out)
    if result.queued:
        names = ", ".join(c.label for c in result.notified)
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{consent} withdrawn; purged {purged} received records; a withdrawal notice for "
                "{names} waits in the outbox: run 'exitdesk outbox write DIR'",
            ),
            consent=result.consent.label(),
            purged=result.purged,
            names=names,
        )
    elif result.path is None and result.purged:
        say(
            QT_TRANSLATE_NOOP("Cli", "{consent} withdrawn; purged {purged} received records"),
            consent=result.consent.label(),
            purged=result.purged,
        )
    elif result.path is None:
        say(
            QT_TRANSLATE_NOOP("Cli", "{consent} withdrawn; no data had gone out under it"),
            consent=result.consent.label(),
        )
    else:
        names = ", ".join(c.label for c in result.notified)
        say(
            QT_TRANSLATE_NOOP("Cli", "{consent} withdrawn; wrote {name} for {names}"),
            consent=result.consent.label(),
            name=result.path.name,
            names=names,
        )
    return 0


def register(sub: Subparsers) -> None:
    ksub = add_group(sub, "consent", "grant, list, show or withdraw consent")
    p = add_command(
        ksub, "grant", cmd_consent_grant, "record a participant's consent (prints its id)"
    )
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    p.add_argument(
        "--to",
        default=None,
        metavar="CONTACT_ID[,...]",
        help="contact ids the data may go to, separated by commas",
    )
    p.add_argument(
        "--to-party",
        default=None,
        metavar="PARTY_ID[,...]",
        help="whole parties the data may go to, e.g. fi-aggredi",
    )
    p.add_argument(
        "--categories",
        required=True,
        metavar="CATEGORY[,...]",
        help=f"what may go, separated by commas: {CATEGORY_NAMES}",
    )
    p.add_argument(
        "--purpose",
        required=True,
        metavar="TEXT",
        help="why, in the participant's words (3 to 20000 characters)",
    )
    p.add_argument(
        "--days",
        type=int,
        required=True,
        metavar="N",
        help="how long it lasts, from 1 to 3660 days",
    )
    p.add_argument(
        "--method",
        required=True,
        choices=[m.value for m in ConsentMethod],
        help="how it was given: " + ", ".join(m.value for m in ConsentMethod),
    )
    p.add_argument(
        "--witness", default=None, metavar="NAME", help="the witness (needed for verbal-witnessed)"
    )
    p.add_argument(
        "--guardian",
        default=None,
        metavar="NAME",
        help="guardian or social services co-consent (needed for minors)",
    )
    p.add_argument(
        "--confirm-adult",
        action="store_true",
        help="the participant's birth year is unknown and you confirm they are an adult (audited)",
    )
    p = add_command(ksub, "list", cmd_consent_list, "list a participant's consents")
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )
    add_json_option(p)
    p = add_command(ksub, "show", cmd_consent_show, "show one consent in full")
    p.add_argument("consent_id", type=int, metavar="CONSENT_ID", help="the consent's id")
    add_json_option(p)
    p = add_command(ksub, "withdraw", cmd_consent_withdraw, "withdraw a consent")
    p.add_argument("consent_id", type=int, metavar="CONSENT_ID", help="the consent's id")
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help="where to write the withdrawal notice for those who received data "
        "under it (needed when data went out)",
    )
