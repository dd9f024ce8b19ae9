"""Entry point: ``exitdesk`` with a sub-command runs the CLI, without one opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        # Imported here so a Ctrl-C while the modules load ends as quietly as one later.
        from exitdesk.cli.main import run_cli
    except KeyboardInterrupt:
        sys.stderr.write("exitdesk: cancelled\n")
        return 130
    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
