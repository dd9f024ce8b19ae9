"""Entry point: ``exitdesk`` with a sub-command runs the CLI, without one opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from exitdesk.cli.main import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
