"""The README's whole case, extracted from README.md and run as written in a shell."""

from __future__ import annotations

import re
import stat
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import isolated_env

README = Path(__file__).resolve().parents[2] / "README.md"
MARK = "<!-- cli-case-script -->"


def readme_script() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(re.escape(MARK) + r"\n```sh\n(.*?)\n```", text, re.DOTALL)
    assert found, f"README.md has no ```sh block after {MARK}"
    return found.group(1) + "\n"


def test_the_script_covers_the_whole_case() -> None:
    script = readme_script()
    for step in (
        "participant add", "lifecycle", " assessment", " active", "safety assess",
        "meeting add", "meeting edit", "plan goal add", "plan rate", "safety arrangement done",
        "consent grant", "export ", "import ", "after_release", "ended --ended-by",
        "notify-ended",
    ):  # fmt: skip
        assert step in script, step
    assert "exitdesk=.venv/bin/exitdesk" in script


def test_the_readme_case_runs_as_written(tmp_path: Path) -> None:
    # The script calls .venv/bin/exitdesk relative to the folder the README's install was made
    # in; here that folder is a temporary one whose .venv/bin/exitdesk runs this interpreter's
    # exitdesk, so the script itself runs unchanged.
    shim = tmp_path / ".venv" / "bin" / "exitdesk"
    shim.parent.mkdir(parents=True)
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m exitdesk "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    env = isolated_env(tmp_path)
    env["TMPDIR"] = str(tmp_path)  # where the script's mktemp -d puts the two vaults
    result = subprocess.run(
        ["bash", "-c", readme_script()],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stderr == "", result.stderr
    out = result.stdout
    assert "imported case transfer from Aino Virtanen" in out
    assert "imported termination notice from Aino Virtanen" in out
    assert '"state": "ended"' in out  # Bertta's copy after the ending
    assert "Audit chain verifies" in out
    assert "Vault is intact" in out
