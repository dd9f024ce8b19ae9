"""What every CLI command group shares: the parser class, the vault options, the session opener,
the way a command is registered and JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from exitdesk.app import secrets_input
from exitdesk.app.context import Options
from exitdesk.app.errors import InputError
from exitdesk.app.locations import default_vault_dir
from exitdesk.app.session import Session, open_vault
from exitdesk.cli.text import say
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

E = TypeVar("E", bound=StrEnum)

Handler = Callable[[argparse.Namespace], int]
Subparsers = Any  # argparse's _SubParsersAction is private


class OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus an error over several lines; a worker gets one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"exitdesk: {message} (see 'exitdesk --help')\n")


def add_vault_options(parser: argparse.ArgumentParser, *, passphrase: bool = True) -> None:
    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        metavar="DIR",
        help="vault folder (default: the platform user-data folder)",
    )
    if passphrase:
        parser.add_argument(
            "--passphrase-file",
            type=Path,
            default=None,
            metavar="FILE",
            help="read the vault's passphrase from FILE (UTF-8, one trailing newline ignored; "
            f"otherwise ${secrets_input.PASSPHRASE_ENV}, otherwise a prompt)",
        )


def add_command(
    parent: Subparsers,
    name: str,
    handler: Handler,
    help_text: str,
    *,
    passphrase: bool = True,
    epilog: str | None = None,
) -> argparse.ArgumentParser:
    """One sub-command that works on a vault: it takes the vault options and runs ``handler``.
    ``passphrase=False`` for commands that do not open the vault with its passphrase."""
    parser: argparse.ArgumentParser = parent.add_parser(
        name,
        help=help_text,
        description=help_text[0].upper() + help_text[1:] + ".",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_vault_options(parser, passphrase=passphrase)
    parser.set_defaults(handler=handler)
    return parser


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help="print JSON for scripts instead of text (schema: docs/cli.md)",
    )


def add_group(parent: Subparsers, name: str, help_text: str) -> Subparsers:
    """A command group such as ``contact``: its actions are added to what this returns."""
    group = parent.add_parser(
        name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
    )
    return group.add_subparsers(
        dest=f"{name}_command", metavar="ACTION", required=True, parser_class=OneLineParser
    )


def int_range(low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number from ``low`` to ``high``; the help says the range."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}, not {value}")
        return value

    parse.__name__ = "whole number"
    return parse


def day(text: str) -> date:
    """An argparse type for a calendar date written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31"
        ) from None


def comma_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def enum_list(kind: type[E], text: str, option: str) -> list[E]:
    """Values of ``kind`` separated by commas; an unknown one is refused naming the valid ones."""
    chosen = []
    for part in comma_list(text):
        try:
            chosen.append(kind(part))
        except ValueError:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "unknown value '{value}' for {option}; use {known}"),
                value=part,
                option=option,
                known=", ".join(k.value for k in kind),
            ) from None
    return chosen


def vault_dir(args: argparse.Namespace) -> Path:
    return args.vault if args.vault is not None else default_vault_dir()


def options() -> Options:
    """What this process runs with (KDF choice, keyring use, state folder): decided once by the
    services from the environment, the same way for every command."""
    return Options.from_environment()


def open_session(args: argparse.Namespace) -> Session:
    passphrase = secrets_input.read_passphrase(args.passphrase_file)
    session = open_vault(vault_dir(args), passphrase, options())
    done = session.tombstones
    if done.consents:
        print(
            f"note: purged {done.records} records again under {done.consents} withdrawn"
            " consent(s) that a restored backup had brought back",
            file=sys.stderr,
        )
    if done.handovers:
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "note: a restored backup had brought back cases handed over since; removed again: {count}",  # noqa: E501
            ),
            file=sys.stderr,
            count=done.handovers,
        )
    if not done.journal_intact:
        print(
            "warning: the tombstone journal failed its check (changed or damaged)", file=sys.stderr
        )
    return session


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))
