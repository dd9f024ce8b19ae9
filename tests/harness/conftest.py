"""Fixtures for the reliability harness: the CLI runner, a small real filesystem that can be
filled or made read-only, and running the CLI as an ordinary (non-root) user."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import exitdesk
from exitdesk.vault import KdfParams
from tests.cli.conftest import PASSPHRASE, Result, Run, cli_env, run, vault
from tests.vault.conftest import no_keyring

__all__ = [
    "PASSPHRASE",
    "Result",
    "Run",
    "SmallDisk",
    "cli_env",
    "no_keyring",
    "run",
    "small_disk",
    "vault",
]

_BLOCK = 16 * 1024


@dataclass
class SmallDisk:
    """A tmpfs of a few MiB: fill it to make writes fail with ENOSPC, remount it read-only."""

    root: Path

    def fill(self, leave: int = 0) -> Path:
        """Take all free space, then give back about ``leave`` bytes."""
        filler = self.root / "filler"
        with filler.open("ab") as out:
            while True:
                try:
                    out.write(b"\0" * _BLOCK)
                    out.flush()
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC, exc
                    break
        if leave:
            size = filler.stat().st_size
            os.truncate(filler, max(0, size - leave))
        return filler

    def free(self) -> None:
        (self.root / "filler").unlink(missing_ok=True)

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.root)], check=True)


def _mount(where: Path, size: str) -> str | None:
    if shutil.which("mount") is None:
        return "there is no mount command"
    if os.geteuid() != 0:
        return "mounting a small filesystem needs root"
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    return None if proc.returncode == 0 else proc.stderr.strip() or "mount failed"


@pytest.fixture
def small_disk() -> Iterator[SmallDisk]:
    # Outside pytest's tmp_path, whose folders only root may enter: an ordinary user runs here.
    root = Path(tempfile.mkdtemp(prefix="exitdesk-small-disk-"))
    os.chmod(root, 0o755)
    why = _mount(root, "6M")
    if why is not None:
        root.rmdir()
        pytest.skip(f"a small real filesystem cannot be mounted here: {why}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)
        shutil.rmtree(root, ignore_errors=True)


NOBODY = 65534


@pytest.fixture
def run_as_user(small_disk: SmallDisk, cli_env: dict[str, str]) -> Iterator[object]:
    """Run the CLI as an ordinary user (root ignores file modes); its home is on the small disk."""
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is not installed; cannot run as an ordinary user")
    home = small_disk.root / "home"
    home.mkdir()
    os.chown(home, NOBODY, NOBODY)
    env = dict(cli_env)
    env.update(
        {
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "EXITDESK_PASSPHRASE": PASSPHRASE,
            # The run starts in the user's home: a relative PYTHONPATH (``src``) would miss,
            # and the installed copy of ExitDesk would be tested instead of this one.
            "PYTHONPATH": str(Path(exitdesk.__file__).resolve().parents[1]),
        }
    )

    def _run(*args: str | Path) -> Result:
        proc = subprocess.run(
            [
                "setpriv",
                f"--reuid={NOBODY}",
                f"--regid={NOBODY}",
                "--clear-groups",
                sys.executable,
                "-m",
                "exitdesk",
                *map(str, args),
            ],
            env=env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=300,
            cwd=home,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    yield _run


@pytest.fixture(autouse=True)
def _real_key_derivation_afterwards() -> Iterator[None]:
    """The harness remembers Argon2id results for speed; afterwards the real derivation comes
    back, or a later test timing it (KDF calibration) would time a dictionary look-up."""
    real = KdfParams.derive
    yield
    KdfParams.derive = real  # type: ignore[method-assign]
