"""ruff and mypy are part of the test suite, so CI fails on a lint or type regression."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> list[str]:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return [str(exe)]
    found = shutil.which(name)
    assert found, f"{name} is not installed; install the test extra: pip install -e '.[test]'"
    return [found]


def test_ruff_lint_and_format_are_clean() -> None:
    lint = subprocess.run(
        [*_tool("ruff"), "check", "src", "tests", "benchmarks", "packaging", "tools"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert lint.returncode == 0, lint.stdout[-4000:]
    fmt = subprocess.run(
        [*_tool("ruff"), "format", "--check", "src", "tests"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert fmt.returncode == 0, fmt.stdout[-4000:]


def test_mypy_is_clean_strict_on_the_core() -> None:
    result = subprocess.run(
        [*_tool("mypy"), "--no-error-summary"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-4000:]
