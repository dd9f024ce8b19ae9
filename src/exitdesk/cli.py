"""The command line: the same services as the window, scriptable. Errors are one plain line."""

from __future__ import annotations

import argparse
import errno
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from pydantic import ValidationError

from exitdesk import APP_NAME, __version__
from exitdesk.app import secrets_input
from exitdesk.app.errors import AppError
from exitdesk.app.locations import default_vault_dir
from exitdesk.domain.errors import DomainError

log = logging.getLogger("exitdesk")

Command = Callable[[argparse.Namespace], int]


class _OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus an error over several lines; a worker gets one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"exitdesk: {message} (see 'exitdesk --help')\n")


def _vault_option(parser: argparse.ArgumentParser) -> None:
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


def vault_dir(args: argparse.Namespace) -> Path:
    return args.vault if args.vault is not None else default_vault_dir()


def build_parser() -> argparse.ArgumentParser:
    from exitdesk import cli_commands

    parser = _OneLineParser(
        prog="exitdesk",
        description=f"{APP_NAME}: encrypted case records and consent-gated exchange. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run a headless check of this installation and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_OneLineParser)
    cli_commands.register(sub, _vault_option)
    return parser


def describe_error(exc: BaseException) -> str:
    """One plain line for any error a user can hit; nothing personal, no traceback."""
    if isinstance(exc, AppError | DomainError):
        return str(exc)
    from exitdesk.vault.errors import VaultError

    if isinstance(exc, VaultError):
        return str(exc)
    try:
        from exitdesk.exchange.errors import ExchangeError
    except ImportError:  # pragma: no cover - exchange package always ships
        ExchangeError = ()  # type: ignore[assignment,misc]
    if isinstance(exc, ExchangeError):
        return str(exc)
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        message = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
        return f"{where}: {message}" if where else message
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "the disk is full; nothing was written"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "permission denied for a file or folder ExitDesk needs"
        if exc.errno == errno.ENOENT:
            return "a file or folder does not exist"
        code = errno.errorcode.get(exc.errno or 0, "error")
        return f"the operating system refused a file operation ({code})"
    if isinstance(exc, KeyboardInterrupt):
        return "cancelled"
    return f"an unexpected problem stopped ExitDesk ({type(exc).__name__}); nothing was changed"


def run_cli(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.self_test:
        from exitdesk.selftest import run_self_test

        return run_self_test(sys.stdout)
    if args.command is None:
        from exitdesk.ui.main import run_gui

        return run_gui()
    handler: Command = args.handler
    started = time.perf_counter()
    try:
        code = handler(args)
    except (Exception, KeyboardInterrupt) as exc:  # the one place errors become a single line
        print(f"exitdesk: {describe_error(exc)}", file=sys.stderr)
        if not isinstance(exc, AppError | DomainError | KeyboardInterrupt):
            log.debug("command failed", exc_info=False)
        return 1
    log.debug("command %s took %.3f s", args.command, time.perf_counter() - started)
    return code


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))
