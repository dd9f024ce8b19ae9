"""Figures from the frozen-build test, shown in the terminal summary whether or not output is
captured (``-s`` is not needed to see the build's size and start time)."""

from __future__ import annotations

import pytest

_REPORT = pytest.StashKey[list[str]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_REPORT] = []


@pytest.fixture
def build_report(request: pytest.FixtureRequest) -> list[str]:
    """Lines appended here are printed at the end of the run under "frozen build"."""
    return request.config.stash[_REPORT]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = terminalreporter.config.stash.get(_REPORT, [])
    if lines:
        terminalreporter.write_sep("-", "frozen build")
        for line in lines:
            terminalreporter.write_line(line)
