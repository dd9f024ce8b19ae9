"""Run the crash harness: ``python tools/crash_harness.py --runs 2000 [--seed N]``. Each run
SIGKILLs a child doing real vault writes and checks the vault afterwards; prints the figures
docs/reliability.md quotes. POSIX only (it forks)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="how many kills (default 50)")
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="exitdesk-crash-") as work:
        os.environ.setdefault("EXITDESK_STATE_DIR", str(Path(work) / "throttle"))
        from tests.harness.crash import run_kills

        summary = run_kills(Path(work) / "h", args.runs, args.seed)
    lines = [
        f"kills: {summary.kills}",
        f"operations reported done: {summary.operations_done}",
        f"participants at the end: {summary.participants}",
        f"imports reported done: {summary.imports.done}",
        f"imports cut short by a kill: {summary.imports.cut}"
        f" ({summary.imports.cut_there} wholly there, {summary.imports.cut_absent} wholly absent;"
        f" {summary.imports.cut_batches} of them batches of several bundles)",
        f"problems: {len(summary.problems)}",
        *(f"  {problem}" for problem in summary.problems),
        f"seconds: {summary.seconds:.1f}",
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return 1 if summary.problems else 0


if __name__ == "__main__":
    sys.exit(main())
