"""Long fuzzing runs over the parsers of outside data (bundle container, records, contact cards,
key-slot file, age header). With atheris installed it runs coverage-guided:

    python tools/fuzz.py -atheris_runs=10000000        # all targets, libFuzzer options after

Without atheris (it may not build on this Python) the same targets run under hypothesis:

    python tools/fuzz.py --hypothesis --examples 1000000

Any exception other than the parser's own plain error is a crash and stops the run."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.harness.fuzz_targets import all_targets  # noqa: E402


def _with_hypothesis(examples: int) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=examples, deadline=None, database=None,
              phases=[Phase.generate, Phase.shrink],
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(st.binary(max_size=4096))
    def run(data: bytes) -> None:
        all_targets(data)

    run()


def main(argv: list[str]) -> int:
    if "--hypothesis" in argv:
        examples = int(argv[argv.index("--examples") + 1]) if "--examples" in argv else 100_000
        _with_hypothesis(examples)
        sys.stdout.write(f"{examples} inputs, no crash\n")
        return 0
    import atheris  # type: ignore[import-not-found]

    atheris.Setup(argv, all_targets)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
