"""The wrong-passphrase pause: schedule, persistence across restarts, privacy of its file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from exitdesk.domain import FixedClock
from exitdesk.vault.throttle import Throttle, delay_after

from .conftest import FakeSleep


def test_first_three_failures_are_free_then_the_pause_doubles_up_to_thirty_seconds() -> None:
    assert [delay_after(n) for n in range(0, 12)] == [0, 0, 0, 0, 1, 2, 4, 8, 16, 30, 30, 30]


def test_failures_persist_across_instances_and_reset_on_success(
    tmp_path: Path, fake_sleep: FakeSleep, clock: FixedClock
) -> None:
    def gate() -> Throttle:
        return Throttle("ab" * 16, state_dir=tmp_path, sleep=fake_sleep, clock=clock)

    for _ in range(4):
        gate().record_failure()
    assert fake_sleep.delays == [1.0]
    assert gate().failures == 4
    gate().record_failure()
    assert fake_sleep.delays == [1.0, 2.0]
    gate().reset()
    assert gate().failures == 0
    assert list(tmp_path.iterdir()) == []


def test_a_pause_cut_short_by_quitting_is_served_on_the_next_attempt(
    tmp_path: Path, clock: FixedClock
) -> None:
    slept: list[float] = []

    def interrupted(seconds: float) -> None:
        slept.append(seconds)
        raise KeyboardInterrupt  # the worker closes the app during the pause

    gate = Throttle("cd" * 16, state_dir=tmp_path, sleep=interrupted, clock=clock)
    for _ in range(3):
        gate.record_failure()
    with pytest.raises(KeyboardInterrupt):
        gate.record_failure()
    restarted: list[float] = []
    Throttle(
        "cd" * 16, state_dir=tmp_path, sleep=restarted.append, clock=clock
    ).wait_before_attempt()
    assert restarted == [1.0]
    clock.advance(timedelta(seconds=5))
    later: list[float] = []
    Throttle("cd" * 16, state_dir=tmp_path, sleep=later.append, clock=clock).wait_before_attempt()
    assert later == []


def test_state_file_name_reveals_nothing(tmp_path: Path, fake_sleep: FakeSleep) -> None:
    vault_id = "0123456789abcdef" * 2
    gate = Throttle(vault_id, state_dir=tmp_path, sleep=fake_sleep)
    gate.record_failure()
    (name,) = [p.name for p in tmp_path.iterdir()]
    assert vault_id not in name and vault_id[:8] not in name


def test_a_damaged_state_file_starts_from_zero(tmp_path: Path, fake_sleep: FakeSleep) -> None:
    gate = Throttle("ef" * 16, state_dir=tmp_path, sleep=fake_sleep)
    gate.record_failure()
    gate.path.write_text("{not json")
    assert gate.failures == 0
