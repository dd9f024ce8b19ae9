"""Issue 10, finding 1 from the command line: an older vault.db put back in place is refused in
one plain line by every command (check included), and a deliberate restore opens."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.conftest import Run


def test_an_old_copy_of_the_database_fails_check_and_a_restore_opens(
    run: Run, vault: Path, tmp_path: Path
) -> None:
    assert run("participant", "add", "--vault", vault, "--alias", "Kettu").code == 0
    assert run("backup", "--vault", vault, tmp_path / "backup.bin").code == 0
    saved = tmp_path / "old-vault.db"
    shutil.copy2(vault / "vault.db", saved)
    assert run("participant", "add", "--vault", vault, "--alias", "Ilves").code == 0

    shutil.copy2(saved, vault / "vault.db")
    for command in (("check",), ("participant", "list")):
        line = run(*command, "--vault", vault).one_line_error()
        assert line == (
            "exitdesk: this vault is older than the last time it was opened on this machine; "
            "it may have been replaced by an old copy"
        )

    restored = tmp_path / "restored"
    assert run("restore", "--vault", restored, tmp_path / "backup.bin").code == 0
    result = run("check", "--vault", restored)
    assert result.code == 0, result.err
    listed = run("participant", "list", "--vault", restored)
    assert "Kettu" in listed.out and "Ilves" not in listed.out
