"""Running the real ``exitdesk`` CLI in subprocesses, isolated from the user's machine."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery staple"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def one_line_error(self) -> str:
        """Errors must be exactly one plain line on stderr, never a traceback."""
        assert self.code != 0, self.out
        assert "Traceback" not in self.err, self.err
        lines = [line for line in self.err.splitlines() if line.strip()]
        assert len(lines) == 1, self.err
        return lines[0]


Run = Callable[..., Result]


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXITDESK_")}
    env.update(
        {
            "EXITDESK_KDF": "minimum",
            # Never touch the developer's real keyring or data folders.
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
            "XDG_STATE_HOME": str(tmp_path / "xdg-state"),
            "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
            "HOME": str(tmp_path / "home"),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return env


@pytest.fixture
def run(cli_env: dict[str, str]) -> Run:
    def _run(*args: str | Path, passphrase: str | None = PASSPHRASE, **extra: str) -> Result:
        env = dict(cli_env)
        if passphrase is not None:
            env["EXITDESK_PASSPHRASE"] = passphrase
        env.update(extra)
        proc = subprocess.run(
            [sys.executable, "-m", "exitdesk", *map(str, args)],
            env=env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=300,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    return _run


@pytest.fixture
def vault(tmp_path: Path, run: Run) -> Path:
    directory = tmp_path / "vault"
    result = run("init", "--vault", directory, "--worker", "Aino Worker", "--party", "fi-rise")
    assert result.code == 0, result.err
    return directory


def recovery_code_from(init_output: str) -> str:
    lines = init_output.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("Recovery code"))
    return lines[index + 1].strip()
