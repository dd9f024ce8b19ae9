"""Every write, fsync and rename of the key-slot, backup, restore and bundle writers fails in
turn (ENOSPC injected by call index): each failure is one plain error, nothing is half written,
and the vault still opens and verifies with exactly the passphrase it should."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exitdesk.app.exchange.files import write_outgoing_file
from exitdesk.app.session import create_vault, open_vault, restore_vault
from exitdesk.domain import Worker
from exitdesk.vault import DiskFullError
from tests.harness.crash import PASSPHRASES, opens_with, options, remember_key_derivations
from tests.harness.faults import failing_device

OLD, NEW = PASSPHRASES


@pytest.fixture
def template(tmp_path: Path) -> Path:
    remember_key_derivations()
    folder = tmp_path / "template"
    new = create_vault(
        folder, OLD, Worker(name="Fault Worker", party_id="fi-rise"), options(tmp_path / "state")
    )
    new.session.add_participant("Kettu", note="a note")
    new.session.lock()
    return folder


def _calls(action: object, monkeypatch: pytest.MonkeyPatch) -> int:
    with failing_device(monkeypatch, None) as device:
        action()  # type: ignore[operator]
    return device.calls


def _files_opening_with(folder: Path, passphrase: str) -> list[str]:
    return [
        p.name
        for p in folder.iterdir()
        if p.is_file() and p.name != "vault.db" and opens_with(p.read_bytes(), passphrase)
    ]


def test_a_passphrase_change_failing_at_any_write_changes_nothing_or_everything(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each copy of the template gets its own copy of this machine's state folder: the copies
    # share one vault id, and a passphrase changed in one would make the others' key slots
    # look replaced (the rollback anchor).
    def copy(name: str) -> tuple[Path, Path]:
        folder, state = tmp_path / name, tmp_path / f"{name}-state"
        shutil.copytree(template, folder)
        shutil.copytree(tmp_path / "state", state)
        return folder, state

    def change(folder: Path, state: Path) -> None:
        with open_vault(folder, OLD, options(state)) as session:
            session.change_passphrase(OLD, NEW)

    dry, dry_state = copy("dry")
    total = _calls(lambda: change(dry, dry_state), monkeypatch)
    assert total >= 6
    outcomes = {"failed": 0, "succeeded": 0}
    for index in range(total):
        folder, state = copy(f"at-{index}")
        with failing_device(monkeypatch, index):
            try:
                change(folder, state)
            except DiskFullError:
                outcomes["failed"] += 1
                expected, other = OLD, NEW
            else:
                outcomes["succeeded"] += 1
                expected, other = NEW, OLD
        assert opens_with((folder / "keyslots.json").read_bytes(), expected), index
        assert _files_opening_with(folder, other) == [], index
        assert not list(folder.glob(".tmp-*")), index
        with open_vault(folder, expected, options(state)) as session:
            assert session.check().ok, index
    assert outcomes["failed"] > 0


def test_a_backup_failing_at_any_write_is_one_plain_error_and_leaves_no_file(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = tmp_path / "state"
    out = tmp_path / "out"
    out.mkdir()
    with open_vault(template, OLD, options(state)) as session:
        total = _calls(lambda: session.backup(out / "dry.bin"), monkeypatch)
        assert total >= 3
        for index in range(total):
            target = out / f"at-{index}.bin"
            with failing_device(monkeypatch, index) as device:
                try:
                    session.backup(target)
                except DiskFullError:
                    assert not target.exists(), index
                else:
                    # Only the folder's fsync after the rename failed, or this machine's
                    # rollback anchor could not be advanced (it stays behind, which refuses
                    # nothing): the backup is whole.
                    assert device.failed == "fsync" or device.failed_under(state), index
                    assert target.read_bytes()[-36:-32] == b"SHA2", index
                    target.unlink()
            assert sorted(p.name for p in out.iterdir()) == ["dry.bin"], index
        assert session.check().ok
    restored = tmp_path / "restored"
    restore_vault(out / "dry.bin", restored, options(state))
    with open_vault(restored, OLD, options(state)) as again:
        assert [row.alias for row in again.summaries(_all())] == ["Kettu"]


def test_a_restore_failing_at_any_write_leaves_nothing_behind(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = tmp_path / "state"
    backup = tmp_path / "b.bin"
    with open_vault(template, OLD, options(state)) as session:
        session.backup(backup)
    total = _calls(lambda: restore_vault(backup, tmp_path / "dry", options(state)), monkeypatch)
    assert total >= 4
    for index in range(total):
        folder = tmp_path / f"at-{index}"
        with failing_device(monkeypatch, index):
            try:
                restore_vault(backup, folder, options(state))
            except DiskFullError:
                assert not folder.exists(), index
            else:
                with open_vault(folder, OLD, options(state)) as restored:
                    assert restored.check().ok, index
    with open_vault(tmp_path / "dry", OLD, options(state)) as restored:
        assert restored.check().ok


def test_a_bundle_write_failing_at_any_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"age-encryption.org/v1\n" + b"x" * 200_000
    total = _calls(lambda: write_outgoing_file(tmp_path / "dry.age", data), monkeypatch)
    assert total >= 3
    for index in range(total):
        target = tmp_path / f"at-{index}.age"
        with failing_device(monkeypatch, index):
            try:
                write_outgoing_file(target, data)
            except DiskFullError:
                assert not target.exists(), index
            else:
                assert target.read_bytes() == data, index
                target.unlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dry.age"]
    assert (tmp_path / "dry.age").read_bytes() == data


def _all() -> object:
    from exitdesk.domain.views import ParticipantQuery

    return ParticipantQuery()
