"""Run as a script: drive PySide6 paths that once returned ``True``/``None`` without a reference,
and print as JSON how far the singletons' reference counts moved.

It runs in its own interpreter because on an affected release (PySide6 6.12.0 on Python 3.11)
the drift ends in freeing ``True`` or ``None`` and the process aborts; the test reads the exit
status and the last line printed before it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

# Import the window package as the app does, so a workaround hidden there is measured too.
import exitdesk.ui  # noqa: F401

# Far more than any real drift of a few hundred, far below what an immortalising hack adds.
_IMMORTAL = 1 << 32
# ``True`` starts with only a few dozen references on 3.11, so measure often enough to stop (and
# report) long before a leaking path frees it.
_BATCH = 16


class _Ticker(QObject):
    ticked = Signal()


def _counts() -> dict[str, int]:
    return {"True": sys.getrefcount(True), "None": sys.getrefcount(None)}


def _drift(start: dict[str, int]) -> dict[str, int]:
    now = _counts()
    return {name: now[name] - start[name] for name in start}


def _drive(step: Callable[[], object], calls: int, limit: int) -> dict[str, int | bool]:
    start = _counts()
    done = 0
    worst = 0
    while done < calls:
        for _ in range(_BATCH):
            step()
        done += _BATCH
        drift = _drift(start)
        worst = max(worst, *(abs(value) for value in drift.values()))
        # Stop at half the starting count too: the crash would come before ``limit`` is reached.
        if worst >= limit or any(-drift[name] * 2 > start[name] for name in start):
            break
    report: dict[str, int | bool] = {"calls": done, "worst": worst}
    report.update({f"drift_{name}": value for name, value in _drift(start).items()})
    return report


def main() -> int:
    calls = int(sys.argv[1])
    limit = int(sys.argv[2])
    received = [0]

    def count() -> None:
        received[0] += 1

    ticker = _Ticker()
    ticker.ticked.connect(count)
    empty = QModelIndex()

    result: dict[str, object] = {
        "pyside": pyside_version,
        "immortalised": sys.getrefcount(None) >= _IMMORTAL or sys.getrefcount(True) >= _IMMORTAL,
    }
    # Each result is printed as soon as it is known, so a crash later still leaves figures.
    result["emit"] = _drive(ticker.ticked.emit, calls, limit)
    result["received"] = received[0]
    print(json.dumps(result), flush=True)
    result["index_data"] = _drive(lambda: empty.data(Qt.ItemDataRole.DisplayRole), calls, limit)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
