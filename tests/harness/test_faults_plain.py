"""Faults found on main, told in plain words: a full disk, a read-only folder or medium, a folder
given as a file, a read-only database file. Each runs the real CLI on a real small filesystem."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from exitdesk.app.context import Options
from exitdesk.app.session import open_vault
from tests.harness.conftest import NOBODY, PASSPHRASE, Run, SmallDisk

WORKER = ("--worker", "Aino Worker", "--party", "fi-rise")


def _init(run: Run, directory: Path) -> None:
    result = run("init", "--vault", directory, *WORKER)
    assert result.code == 0, result.err


def _plain(line: str) -> None:
    for word in ("OperationalError", "unexpected problem", "EROFS", "EISDIR", "damaged"):
        assert word not in line, line


def test_init_on_a_full_disk_says_the_disk_is_full(run: Run, small_disk: SmallDisk) -> None:
    small_disk.fill()
    result = run("init", "--vault", small_disk.root / "v", *WORKER)
    line = result.one_line_error()
    _plain(line)
    assert "disk is full" in line
    assert not (small_disk.root / "v").exists()


def test_participant_add_on_a_full_disk_then_works_once_space_is_freed(
    run: Run, small_disk: SmallDisk
) -> None:
    vault = small_disk.root / "v"
    _init(run, vault)
    small_disk.fill()
    line = run("participant", "add", "--vault", vault, "--alias", "Kettu").one_line_error()
    _plain(line)
    assert "disk is full" in line
    small_disk.free()
    assert run("participant", "add", "--vault", vault, "--alias", "Kettu").code == 0
    listed = run("participant", "list", "--vault", vault)
    assert listed.out.count("Kettu") == 1
    assert run("check", "--vault", vault).code == 0


def test_demo_on_a_nearly_full_disk_says_so_and_leaves_an_audited_whole(
    run: Run, small_disk: SmallDisk
) -> None:
    vault = small_disk.root / "v"
    _init(run, vault)
    small_disk.fill(leave=600_000)
    line = run("demo", "--vault", vault, "--participants", "3000").one_line_error()
    _plain(line)
    assert "disk is full" in line
    small_disk.free()
    assert run("check", "--vault", vault).code == 0


def test_a_backup_written_completely_while_the_vault_disk_is_full_is_not_a_failure(
    run: Run, small_disk: SmallDisk, tmp_path: Path
) -> None:
    vault = small_disk.root / "v"
    _init(run, vault)
    assert run("participant", "add", "--vault", vault, "--alias", "Kettu").code == 0
    target = tmp_path / "backup.bin"
    with open_vault(vault, PASSPHRASE, Options(use_keyring=False)) as session:
        small_disk.fill()
        assert session.backup(target) is False  # written, but the audit entry did not fit
    small_disk.free()
    restored = tmp_path / "restored"
    assert run("restore", target, "--vault", restored).code == 0
    assert "Kettu" in run("participant", "list", "--vault", restored).out


def test_a_read_only_medium_is_told_plainly(run: Run, small_disk: SmallDisk) -> None:
    vault = small_disk.root / "v"
    _init(run, vault)
    small_disk.remount("ro")
    try:
        for args in (
            ("participant", "add", "--vault", vault, "--alias", "Kettu"),
            ("init", "--vault", small_disk.root / "new", *WORKER),
        ):
            line = run(*args).one_line_error()
            _plain(line)
            assert "read-only" in line
    finally:
        small_disk.remount("rw")
    assert run("participant", "add", "--vault", vault, "--alias", "Kettu").code == 0


def test_a_folder_given_as_a_file_is_told_plainly(run: Run, vault: Path, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    line = run("restore", folder, "--vault", tmp_path / "restored").one_line_error()
    _plain(line)
    assert "folder" in line


def test_a_read_only_vault_folder_is_told_plainly(run_as_user: Run, small_disk: SmallDisk) -> None:
    vault = small_disk.root / "home" / "v"
    _init(run_as_user, vault)
    os.chmod(vault, 0o500)
    line = run_as_user("participant", "add", "--vault", vault, "--alias", "K").one_line_error()
    _plain(line)
    assert "read-only" in line or "permission" in line
    os.chmod(vault, 0o700)
    assert run_as_user("participant", "add", "--vault", vault, "--alias", "K").code == 0


def test_one_failed_write_on_a_read_only_database_leaves_later_writes_working(
    run_as_user: Run, small_disk: SmallDisk
) -> None:
    vault = small_disk.root / "home" / "v"
    _init(run_as_user, vault)
    db = vault / "vault.db"
    os.chmod(db, 0o400)
    line = run_as_user("participant", "add", "--vault", vault, "--alias", "K").one_line_error()
    _plain(line)
    os.chmod(db, 0o600)
    result = run_as_user("participant", "add", "--vault", vault, "--alias", "K")
    assert result.code == 0, result.err
    for side in ("vault.db-wal", "vault.db-shm"):
        path = vault / side
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert path.stat().st_uid == NOBODY
