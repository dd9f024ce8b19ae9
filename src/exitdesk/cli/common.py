"""What every CLI command group shares: the parser class, the vault options, the session opener,
the way a command is registered and JSON output."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from exitdesk.app import secrets_input
from exitdesk.app.locations import default_vault_dir
from exitdesk.app.session import Session, open_vault
from exitdesk.vault import KdfParams

Handler = Callable[[argparse.Namespace], int]
Subparsers = Any  # argparse's _SubParsersAction is private

# Tests and very slow machines may ask for the design floor (64 MiB, t=3, p=4) instead of a
# calibrated ~0.6 s; nothing can go below the floor.
KDF_ENV = "EXITDESK_KDF"


class OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus an error over several lines; a worker gets one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"exitdesk: {message} (see 'exitdesk --help')\n")


def add_vault_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        metavar="DIR",
        help="vault folder (default: the platform user-data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        default=None,
        metavar="FILE",
        help=f"read the passphrase from FILE instead of ${secrets_input.PASSPHRASE_ENV}",
    )


def add_command(
    parent: Subparsers, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    """One sub-command that works on a vault: it takes the vault options and runs ``handler``."""
    parser: argparse.ArgumentParser = parent.add_parser(name, help=help_text)
    add_vault_options(parser)
    parser.set_defaults(handler=handler)
    return parser


def add_group(parent: Subparsers, name: str, help_text: str) -> Subparsers:
    """A command group such as ``contact``: its actions are added to what this returns."""
    group = parent.add_parser(name, help=help_text)
    return group.add_subparsers(
        dest=f"{name}_command", metavar="ACTION", required=True, parser_class=OneLineParser
    )


def vault_dir(args: argparse.Namespace) -> Path:
    return args.vault if args.vault is not None else default_vault_dir()


def kdf_choice() -> KdfParams:
    return KdfParams.FLOOR if os.environ.get(KDF_ENV) == "minimum" else KdfParams.calibrate()


def open_session(args: argparse.Namespace) -> Session:
    passphrase = secrets_input.read_passphrase(args.passphrase_file)
    return open_vault(vault_dir(args), passphrase)


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))
