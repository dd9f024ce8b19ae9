"""Ctrl-C during ``demo``: either nothing or whole, audited chunks, reported in one line; never a
traceback. Signals arrive at several moments of a real CLI run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exitdesk.app.context import Options
from exitdesk.app.session import open_vault
from exitdesk.domain.views import ParticipantQuery
from tests.harness.conftest import PASSPHRASE, Run


def _demo_interrupted_after(delay: float, vault: Path, env: dict[str, str]) -> tuple[int, str]:
    env = dict(env, EXITDESK_PASSPHRASE=PASSPHRASE)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "exitdesk",
            "demo",
            "--vault",
            str(vault),
            "--participants",
            "10000",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=120)
    return proc.returncode, err


@pytest.mark.parametrize("delay", [0.3, 5.0])
def test_ctrl_c_during_demo_leaves_nothing_or_audited_whole_chunks(
    delay: float, run: Run, vault: Path, cli_env: dict[str, str]
) -> None:
    code, err = _demo_interrupted_after(delay, vault, cli_env)
    assert "Traceback" not in err, err
    assert "Error" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    # 10,000 participants take far longer than the latest signal, so every run is interrupted.
    assert code != 0 and len(lines) == 1, err
    assert "cancelled" in lines[0]
    assert run("check", "--vault", vault).code == 0
    os.environ.setdefault("EXITDESK_STATE_DIR", cli_env["XDG_STATE_HOME"])
    with open_vault(vault, PASSPHRASE, Options(use_keyring=False)) as session:
        stored = session.count(ParticipantQuery())
        audited = sum(
            int(entry.detail["participants"])
            for entry in session.audit_entries(action="demo.generate", limit=1000)
        )
    assert stored == audited
    if stored:
        assert f"{stored} of 10000" in lines[0]
