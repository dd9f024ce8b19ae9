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


def isolated_env(base: Path) -> dict[str, str]:
    """The environment of a CLI run that cannot touch the user's keyring or data folders."""
    # Messages follow the locale: start from none, so every run speaks English unless a test
    # asks for a language.
    locale_vars = {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("EXITDESK_") and k not in locale_vars
    }
    env.update(
        {
            "EXITDESK_KDF": "minimum",
            # Never touch the developer's real keyring or data folders.
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "XDG_DATA_HOME": str(base / "xdg-data"),
            "XDG_STATE_HOME": str(base / "xdg-state"),
            "XDG_CONFIG_HOME": str(base / "xdg-config"),
            "HOME": str(base / "home"),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return env


def runner(base_env: dict[str, str]) -> Run:
    def _run(*args: str | Path, passphrase: str | None = PASSPHRASE, **extra: str) -> Result:
        env = dict(base_env)
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


def make_vault(
    run: Run, directory: Path, worker: str = "Aino Worker", party: str = "fi-rise"
) -> Path:
    result = run("init", "--vault", directory, "--worker", worker, "--party", party)
    assert result.code == 0, result.err
    return directory


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    return isolated_env(tmp_path)


@pytest.fixture
def run(cli_env: dict[str, str]) -> Run:
    return runner(cli_env)


@pytest.fixture
def vault(tmp_path: Path, run: Run) -> Path:
    return make_vault(run, tmp_path / "vault")


@pytest.fixture(scope="module")
def module_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-module")


@pytest.fixture(scope="module")
def module_run(module_dir: Path) -> Run:
    """One runner for a whole test module, for tests that share a vault (and change nothing
    another test of the module relies on)."""
    return runner(isolated_env(module_dir))


@pytest.fixture(scope="module")
def module_vault(module_dir: Path, module_run: Run) -> Path:
    return make_vault(module_run, module_dir / "vault")


def recovery_code_from(init_output: str) -> str:
    lines = init_output.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("Recovery code"))
    return lines[index + 1].strip()
