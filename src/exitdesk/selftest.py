"""The self-test as ``exitdesk --self-test`` runs it: the core's diagnostics together with the
checks the window contributes. Lives beside the CLI, the one place that knows both."""

from __future__ import annotations

from typing import TextIO

from exitdesk import diagnostics
from exitdesk.diagnostics import CheckFailed, plain_reason
from exitdesk.ui.selftest_checks import check_translations, qt_checks

__all__ = ["CheckFailed", "check_translations", "plain_reason", "run_self_test"]


def run_self_test(out: TextIO) -> int:
    """Every check of this installation, core and window; 0 when all pass, else 1."""
    return diagnostics.run_self_test(out, providers=(qt_checks,))
