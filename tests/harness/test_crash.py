"""CI's quick run of the crash harness: 50 SIGKILLs at random moments of real vault writes
(``tools/crash_harness.py --runs N`` runs thousands)."""

from __future__ import annotations

from pathlib import Path

from tests.harness.crash import run_kills

CI_KILLS = 50


def test_fifty_kills_lose_nothing_reported_saved_and_leave_nothing_half_written(
    tmp_path: Path,
) -> None:
    summary = run_kills(tmp_path, CI_KILLS, seed=20261201)
    assert summary.kills == CI_KILLS
    assert summary.problems == []
    # Not vacuous: the children really wrote between the kills.
    assert summary.operations_done >= CI_KILLS // 5
