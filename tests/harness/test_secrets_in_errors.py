"""A failed task or command must not keep the frames (and so the locals: passphrases, keys, case
data) of any exception in its chain alive through the error kept for its message."""

from __future__ import annotations

import argparse
import gc
import weakref
from pathlib import Path

import pytest

from exitdesk.cli import main as cli_main
from exitdesk.cli import vault_commands


class Secret:
    """Stands for a passphrase or key held in a local variable."""


def _fail_holding(refs: list[weakref.ref[Secret]]) -> None:
    secret = Secret()
    refs.append(weakref.ref(secret))
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise ValueError("outer") from inner


def _frames_in_chain(exc: BaseException | None) -> int:
    count = 0
    while exc is not None:
        count += exc.__traceback__ is not None
        exc = exc.__cause__ or exc.__context__
    return count


def test_a_failed_cli_command_keeps_no_frames(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    refs: list[weakref.ref[Secret]] = []
    kept: list[BaseException] = []

    def failing(args: argparse.Namespace) -> int:
        _fail_holding(refs)
        return 0

    def remember(exc: BaseException) -> str:
        kept.append(exc)
        return "failed"

    monkeypatch.setattr(vault_commands, "cmd_check", failing)
    monkeypatch.setattr(cli_main, "describe_error", remember)
    assert cli_main.run_cli(["check", "--vault", str(tmp_path)]) == 1
    gc.collect()
    assert kept and _frames_in_chain(kept[0]) == 0
    assert refs[0]() is None, "a local of the failed command is still reachable"


def test_a_failed_background_task_keeps_no_frames(qtbot: object) -> None:
    from exitdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    refs: list[weakref.ref[Secret]] = []
    failures: list[BaseException] = []
    try:
        runner.run(lambda: _fail_holding(refs), on_failure=failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)  # type: ignore[attr-defined]
    finally:
        runner.shutdown()
    gc.collect()
    assert isinstance(failures[0], ValueError)
    assert _frames_in_chain(failures[0]) == 0
    assert refs[0]() is None, "a local of the failed task is still reachable"
