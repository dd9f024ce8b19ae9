"""The contact commands of the CLI: this vault's card, and adding, verifying, listing and
revoking the contacts bundles go to and come from."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.app.exchange import ContactStatus, ContactView
from exitdesk.app.input_files import read_capped
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_json_option,
    open_session,
    print_json,
)
from exitdesk.cli.text import say
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

_MAX_CARD_FILE = 16 * 1024


def cmd_identity(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        card = session.exchange.my_card()
    sys.stdout.write(card if card.endswith("\n") else card + "\n")
    return 0


def cmd_contact_add(args: argparse.Namespace) -> int:
    raw = read_capped(args.card, _MAX_CARD_FILE)
    text = None if raw is None else raw.decode("utf-8", errors="replace")
    if text is None or "\ufffd" in text:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a contact card"), name=args.card.name
        )
    with open_session(args) as session:
        added = session.exchange.add_contact(text)
    contact = added.contact
    say(QT_TRANSLATE_NOOP("Cli", "Contact {id}: {label}"), id=contact.id, label=contact.label)
    say(QT_TRANSLATE_NOOP("Cli", "Safety number: {number}"), number=contact.safety_number)
    if added.status is ContactStatus.KEYS_CHANGED:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "A key change signed by their verified key: the new keys replace the old ones",
            )
        )
    elif added.status is ContactStatus.SAME_NAME_AND_PARTY:
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Same name and party as contact {same_as}, with other keys: unverified."
            ),
            same_as=contact.same_as,
        )
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Their verified keys stay in use until you compare this number with them and run",
            )
        )
        say(
            QT_TRANSLATE_NOOP("Cli", "'contact verify {id}' (that retires the old keys)"),
            id=contact.id,
        )
    elif added.status is ContactStatus.UNCHANGED and contact.verified:
        say(QT_TRANSLATE_NOOP("Cli", "Already known and verified"))
    else:
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Unverified: compare the number with them, then run 'contact verify {id}'"
            ),
            id=contact.id,
        )
    _warn_if_mixed_scripts(contact)
    return 0


def _warn_if_mixed_scripts(contact: ContactView) -> None:
    if contact.mixed_scripts:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Warning: this name mixes letters of different scripts ({scripts}); it may be "
                "made to look like someone else's. Trust the safety number, not the name",
            ),
            scripts=", ".join(s.title() for s in contact.mixed_scripts),
        )


def cmd_contact_verify(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        contact = session.exchange.verify_contact(args.contact_id, " ".join(args.number))
    say(
        QT_TRANSLATE_NOOP("Cli", "Contact {id} ({label}) is verified"),
        id=contact.id,
        label=contact.label,
    )
    _warn_if_mixed_scripts(contact)
    return 0


def cmd_contact_revoke(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        contact = session.exchange.revoke_contact(args.contact_id)
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Contact {id} ({label}) is revoked: nothing more goes to or from them"
        ),
        id=contact.id,
        label=contact.label,
    )
    return 0


def cmd_contact_restore_keys(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        contact = session.exchange.restore_keys(args.contact_id)
    print(
        f"Contact {contact.id} ({contact.label}): these keys are in force again; the newer keys"
        " of the same name and party need verifying again"
    )
    return 0


def cmd_contact_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        contacts = session.exchange.contacts()
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "name": c.name,
                    "party_id": c.party_id,
                    "fingerprint": c.fingerprint,
                    "safety_number": c.safety_number,
                    "verified": c.verified,
                    "key_changed": c.key_changed,
                    "revoked": c.revoked,
                }
                for c in contacts
            ]
        )
        return 0
    if not contacts:
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "No contacts yet: add one with 'exitdesk contact add CARD_FILE'"
            )
        )
    for c in contacts:
        if c.retired:
            state = "keys replaced (contact restore-keys undoes it)"
        elif c.revoked:
            state = "revoked"
        elif c.verified:
            state = "verified"
        elif c.same_as is not None:
            state = f"unverified, same name and party as {c.same_as}"
        else:
            state = "keys changed" if c.key_changed else "unverified"
        print(f"{c.id:>4}  {c.label:<50} {state}")
    return 0


def register(sub: Subparsers) -> None:
    add_command(sub, "identity", cmd_identity, "print this vault's contact card")
    actions = add_group(sub, "contact", "add, verify, list or revoke contacts")
    p = add_command(actions, "add", cmd_contact_add, "add a contact from their card file")
    p.add_argument(
        "card",
        type=Path,
        metavar="CARD_FILE",
        help="the card they printed with 'exitdesk identity'",
    )
    p = add_command(actions, "verify", cmd_contact_verify, "mark a contact verified")
    p.add_argument("contact_id", type=int, metavar="CONTACT_ID", help="the contact's id")
    p.add_argument(
        "number",
        nargs="+",
        metavar="SAFETY_NUMBER",
        help="the 60-digit safety number they read to you (spaces allowed)",
    )
    p = add_command(actions, "list", cmd_contact_list, "list contacts")
    add_json_option(p)
    p = add_command(actions, "revoke", cmd_contact_revoke, "stop trusting a contact's keys")
    p.add_argument("contact_id", type=int, metavar="CONTACT_ID", help="the contact's id")
    p = add_command(
        actions,
        "restore-keys",
        cmd_contact_restore_keys,
        "put a contact's replaced keys back in force (audited)",
    )
    p.add_argument("contact_id", type=int, metavar="CONTACT_ID", help="the contact's id")
