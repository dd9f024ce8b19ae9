"""``exitdesk --self-test``: a headless smoke test of an installation or frozen build on a
throwaway vault, one line per check. Qt-free; the window contributes its checks as providers."""

from __future__ import annotations

from exitdesk.diagnostics.checks import run_self_test, self_test_checks
from exitdesk.diagnostics.runner import (
    Check,
    CheckContext,
    CheckFailed,
    CheckProvider,
    CheckResult,
    plain_reason,
    run_checks,
    write_report,
)

__all__ = [
    "Check",
    "CheckContext",
    "CheckFailed",
    "CheckProvider",
    "CheckResult",
    "plain_reason",
    "run_checks",
    "run_self_test",
    "self_test_checks",
    "write_report",
]
