"""The contact commands of the CLI: this vault's card, and adding, verifying, listing and
revoking the contacts bundles go to and come from."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.app.exchange import ContactStatus
from exitdesk.cli.common import Subparsers, add_command, add_group, open_session

_MAX_CARD_FILE = 16 * 1024


def cmd_identity(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        card = session.exchange.my_card()
    sys.stdout.write(card if card.endswith("\n") else card + "\n")
    return 0


def cmd_contact_add(args: argparse.Namespace) -> int:
    try:
        raw = args.card.read_bytes()[: _MAX_CARD_FILE + 1]
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise InputError(f"{args.card.name} is not a readable contact card") from None
    with open_session(args) as session:
        added = session.exchange.add_contact(text)
    contact = added.contact
    print(f"Contact {contact.id}: {contact.label}")
    print(f"Safety number: {contact.safety_number}")
    if added.status is ContactStatus.KEYS_CHANGED:
        print("This contact's keys have changed: compare the safety number again before use")
    elif added.status is ContactStatus.UNCHANGED and contact.verified:
        print("Already known and verified")
    else:
        print(f"Unverified: compare the number with them, then run 'contact verify {contact.id}'")
    return 0


def cmd_contact_verify(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        contact = session.exchange.verify_contact(args.contact_id, " ".join(args.number))
    print(f"Contact {contact.id} ({contact.label}) is verified")
    return 0


def cmd_contact_revoke(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        contact = session.exchange.revoke_contact(args.contact_id)
    print(f"Contact {contact.id} ({contact.label}) is revoked: nothing more goes to or from them")
    return 0


def cmd_contact_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        contacts = session.exchange.contacts()
    for c in contacts:
        state = "verified" if c.verified else "keys changed" if c.key_changed else "unverified"
        print(f"{c.id:>4}  {c.label:<50} {state}")
    return 0


def register(sub: Subparsers) -> None:
    add_command(sub, "identity", cmd_identity, "print this vault's contact card")
    actions = add_group(sub, "contact", "add, verify or list contacts")
    p = add_command(actions, "add", cmd_contact_add, "add a contact from their card file")
    p.add_argument("card", type=Path, metavar="CARD_FILE")
    p = add_command(actions, "verify", cmd_contact_verify, "mark a contact verified")
    p.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    p.add_argument("number", nargs="+", metavar="SAFETY_NUMBER")
    add_command(actions, "list", cmd_contact_list, "list contacts")
    p = add_command(actions, "revoke", cmd_contact_revoke, "stop trusting a contact's keys")
    p.add_argument("contact_id", type=int, metavar="CONTACT_ID")
