"""The key commands of the CLI: rekey after a suspected leak, and exporting this vault's age
identity as a passphrase-protected file for the standard ``age`` tool."""

from __future__ import annotations

import argparse
from pathlib import Path

from exitdesk.app import keys, secrets_input
from exitdesk.cli.common import Subparsers, add_command, open_session
from exitdesk.cli.text import say
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

_IDENTITY_EPILOG = (
    "The file is an age-encrypted age identity: 'age -d -i FILE bundle.exitbundle' asks for "
    "its passphrase and decrypts a bundle sent to this vault (see docs/bundle-format.md).\n"
    "The file's passphrase comes from --identity-passphrase-file, otherwise "
    f"${secrets_input.IDENTITY_PASSPHRASE_ENV}, otherwise a prompt that asks twice; a "
    "plain-text export is refused."
)


def cmd_rekey(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        code = keys.rekey(session)
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "The vault is re-encrypted under a new key; the old recovery code no longer works.",
        )
    )
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "New recovery code (write it down and keep it in a safe; it is shown only once):"
        )
    )
    print(f"  {code}")
    return 0


def cmd_export_identity(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        passphrase = secrets_input.read_new_passphrase(
            secrets_input.IDENTITY_PASSPHRASE_ENV,
            args.identity_passphrase_file,
            label="passphrase for the identity file",
        )
        keys.export_age_identity(session, args.out, passphrase)
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Wrote this vault's age identity, encrypted with your passphrase, to {out}"
        ),
        out=args.out,
    )
    return 0


def register(sub: Subparsers) -> None:
    add_command(
        sub,
        "rekey",
        cmd_rekey,
        "re-encrypt the vault under a new key and print a new "
        "recovery code (after a suspected key leak)",
    )
    p = add_command(
        sub,
        "export-identity",
        cmd_export_identity,
        "write this vault's age identity to a passphrase-protected file",
        epilog=_IDENTITY_EPILOG,
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the identity file to write (owner-only permissions)",
    )
    p.add_argument(
        "--identity-passphrase-file",
        type=Path,
        default=None,
        metavar="FILE",
        help="read the identity file's passphrase from FILE (at least 12 characters)",
    )
