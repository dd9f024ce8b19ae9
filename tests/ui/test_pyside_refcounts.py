"""The installed PySide6 keeps the reference counts of ``True`` and ``None`` steady over a long
session (6.12.0 on Python 3.11 returned them without a reference from ``Signal.emit()`` and an
empty ``QModelIndex.data()``, and the interpreter aborted), and the window package does not hide
such a bug by making the singletons immortal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).resolve().parents[1] / "support" / "refcount_probe.py"
CALLS = 200_000
# Creating a few objects along the way may move a count by a handful; a leak moves it per call.
TOLERANCE = 1_000


def _probe() -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A fresh interpreter: on an affected release the drift aborts the process, not pytest.
    done = subprocess.run(
        [sys.executable, str(PROBE), str(CALLS), str(TOLERANCE)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    lines = done.stdout.strip().splitlines()
    report: dict[str, object] = json.loads(lines[-1]) if lines else {}
    assert done.returncode == 0, (
        f"the probe ended with status {done.returncode} after {report}: {done.stderr[-2000:]}"
    )
    return report


def _assert_steady(report: dict[str, object], path: str) -> None:
    figures = report[path]
    assert isinstance(figures, dict)
    assert figures["calls"] >= CALLS, (
        f"{path} stopped early on PySide6 {report['pyside']}: {figures}"
    )
    assert abs(figures["drift_True"]) < TOLERANCE, figures
    assert abs(figures["drift_None"]) < TOLERANCE, figures


def test_signals_and_empty_indexes_leave_true_and_none_reference_counts_steady() -> None:
    report = _probe()
    assert report["immortalised"] is False, "exitdesk.ui patches the singletons' reference counts"
    _assert_steady(report, "emit")
    assert report["received"] == CALLS
    _assert_steady(report, "index_data")
