"""What every CLI command group shares: the parser class, the vault options, the session opener,
the way a command is registered and JSON output."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from exitdesk.app import secrets_input
from exitdesk.app.context import Options
from exitdesk.app.locations import default_vault_dir
from exitdesk.app.session import Session, open_vault

Handler = Callable[[argparse.Namespace], int]
Subparsers = Any  # argparse's _SubParsersAction is private


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


def options() -> Options:
    """What this process runs with (KDF choice, keyring use, state folder): decided once by the
    services from the environment, the same way for every command."""
    return Options.from_environment()


def open_session(args: argparse.Namespace) -> Session:
    passphrase = secrets_input.read_passphrase(args.passphrase_file)
    return open_vault(vault_dir(args), passphrase, options())


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))
