"""The ``exitdesk`` parser and the one place a command's error becomes a single line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence

from exitdesk import APP_NAME, __version__
from exitdesk.app.errors import AppError
from exitdesk.app.scrub import scrub_exception
from exitdesk.app.translations import LANGUAGES, language_from_environment
from exitdesk.cli import (
    audit_commands,
    case_commands,
    contact_commands,
    exchange_commands,
    key_commands,
    knowledge_commands,
    lifecycle_commands,
    outbox_commands,
    participant_commands,
    plan_commands,
    policy_commands,
    report_commands,
    retention_commands,
    stats_commands,
    vault_commands,
)
from exitdesk.cli.common import Handler, OneLineParser
from exitdesk.cli.errors import describe_error
from exitdesk.cli.text import shown_safely, use_language
from exitdesk.domain.display import shown
from exitdesk.domain.errors import DomainError

log = logging.getLogger("exitdesk")

# What a shell reports for a standard tool that a closed pipe stopped (killed by SIGPIPE,
# 128 + 13): ``yes | head -1`` under ``set -o pipefail`` sees 141, and so does a script here.
EXIT_BROKEN_PIPE = 141

COMMAND_GROUPS = (
    vault_commands,
    key_commands,
    participant_commands,
    lifecycle_commands,
    case_commands,
    plan_commands,
    contact_commands,
    exchange_commands,
    outbox_commands,
    audit_commands,
    report_commands,
    knowledge_commands,
    policy_commands,
    retention_commands,
    stats_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="exitdesk",
        description=f"{APP_NAME}: encrypted case records and consent-gated exchange. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="language of messages: en, fi or sv (default: from LC_ALL, LC_MESSAGES or LANG; "
        "else en)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run a headless check of this installation and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def run_cli(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    use_language(args.language or language_from_environment(os.environ))
    # The window and the self-test load Qt: imported only when asked for, so that every
    # command starts quickly and works where Qt cannot load.
    if args.self_test:
        from exitdesk.selftest import run_self_test

        return run_self_test(sys.stdout)
    if args.command is None:
        from exitdesk.ui.main import run_gui

        return run_gui()
    handler: Handler = args.handler
    started = time.perf_counter()
    try:
        with shown_safely():
            code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit where it cannot be handled
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except (Exception, KeyboardInterrupt) as exc:  # the one place errors become a single line
        scrub_exception(exc)  # nothing a failed command held stays reachable from the error
        print(f"exitdesk: {shown(describe_error(exc))}", file=sys.stderr)
        if not isinstance(exc, AppError | DomainError | KeyboardInterrupt):
            log.debug("command failed", exc_info=False)
        return 1
    log.debug("command %s took %.3f s", args.command, time.perf_counter() - started)
    return code


def _quiet_stdout() -> None:
    """The reader went away (``| head -1``): end without a message, like standard tools, and
    point stdout at the null device so the interpreter's final flush cannot complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
