"""Rollback detection (issue 10, finding 1 and 4): an older copy of the database or of the
key-slot file put in place of the vault is refused, with the anchor kept outside the folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from exitdesk.domain import Worker
from exitdesk.vault import (
    Anchors,
    DiskFullError,
    KdfParams,
    ThrottleSettings,
    Vault,
    VaultRolledBackError,
)
from exitdesk.vault import anchor as anchor_module
from exitdesk.vault.anchor import AnchorState
from exitdesk.vault.layout import db_path, slots_path
from tests.support.keyring_memory import MemoryKeyring

from .conftest import PASSPHRASE

NEW_PASSPHRASE = "a completely different passphrase"


def _add_row(vault: Vault, text: str) -> None:
    with vault.transaction() as tx:
        tx.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"note-{text}", text))


def _copy_db(directory: Path, to: Path) -> None:
    """What an old copy of the database is: the file as it was, with no WAL beside it."""
    to.mkdir()
    shutil.copy2(db_path(directory), to / "vault.db")


def _put_back_db(saved: Path, directory: Path) -> None:
    for suffix in ("-wal", "-shm"):
        db_path(directory).with_name("vault.db" + suffix).unlink(missing_ok=True)
    shutil.copy2(saved / "vault.db", db_path(directory))


def test_an_older_copy_of_the_database_is_refused(vault_dir: Path, tmp_path: Path) -> None:
    """On main an older vault.db passed unlock and check and silently lost newer work."""
    _copy_db(vault_dir, tmp_path / "old")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        _add_row(vault, "newer work")
    _put_back_db(tmp_path / "old", vault_dir)
    with pytest.raises(VaultRolledBackError, match="older than the last time it was opened"):
        Vault.unlock(vault_dir, PASSPHRASE)
    # Refusing changed nothing that would make a later, genuine copy fail.
    assert not any(p.name.startswith(".tmp-") for p in vault_dir.iterdir())


def test_an_older_database_after_a_passphrase_change_is_refused(
    vault_dir: Path, tmp_path: Path
) -> None:
    _copy_db(vault_dir, tmp_path / "old")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    _put_back_db(tmp_path / "old", vault_dir)
    with pytest.raises(VaultRolledBackError):
        Vault.unlock(vault_dir, NEW_PASSPHRASE)


def test_an_old_key_slot_file_is_refused_before_the_passphrase_is_tried(
    vault_dir: Path, tmp_path: Path, throttle: ThrottleSettings
) -> None:
    """An old keyslots.json would bring back the old passphrase."""
    old_slots = slots_path(vault_dir).read_bytes()
    vault_id = json.loads(old_slots)["vault_id"]
    with Vault.unlock(vault_dir, PASSPHRASE, throttle=throttle) as vault:
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, throttle=throttle)
    slots_path(vault_dir).write_bytes(old_slots)
    for _ in range(5):
        with pytest.raises(VaultRolledBackError, match="key-slot file"):
            Vault.unlock(vault_dir, PASSPHRASE, throttle=throttle)
    # Not counted as wrong passphrases: the worker is told the cause, not made to wait.
    assert throttle.for_vault(vault_id).failures == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [("binding", "disabled"), ("memory_kib", KdfParams.FLOOR.memory_kib)],
)
def test_an_edited_but_legal_slot_file_is_told_as_edited_not_as_a_wrong_passphrase(
    tmp_path: Path, memory_keyring: MemoryKeyring, worker: Worker, field: str, value: object
) -> None:
    """Finding 4: a dropped binding flag or a lowered (still legal) KDF cost said 'the
    passphrase is wrong' and counted as a failed attempt."""
    stronger = KdfParams(KdfParams.FLOOR.memory_kib * 2, 3, 4)
    created = Vault.create(tmp_path / "v", PASSPHRASE, worker, kdf=stronger)
    created.vault.lock()
    path = slots_path(tmp_path / "v")
    data = json.loads(path.read_text())
    slot = next(s for s in data["slots"] if s["type"] == "passphrase")
    if field == "binding":
        slot["binding"] = value
    else:
        slot["kdf"][field] = value
    path.write_text(json.dumps(data))
    throttle = ThrottleSettings(state_dir=tmp_path / "state")
    with pytest.raises(VaultRolledBackError, match="edited"):
        Vault.unlock(tmp_path / "v", PASSPHRASE, throttle=throttle)
    assert not (tmp_path / "state").exists() or not list((tmp_path / "state").iterdir())


def test_newer_work_after_a_crash_before_the_anchor_moved_still_opens(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The anchor only ever lags behind: a commit whose anchor write failed is not a rollback."""
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        monkeypatch.setattr(Anchors, "write", lambda *a, **k: None)
        _add_row(vault, "anchor not advanced")
    monkeypatch.undo()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.reading() as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'note-anchor not advanced'")
        assert row.fetchone() is not None


def test_a_bound_vault_is_still_protected_when_the_state_file_is_deleted_or_edited(
    vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """The keyring copy (a bound vault) keeps the anchor where the state folder is writable
    by anyone who can write the vault folder."""
    _copy_db(vault_dir, tmp_path / "old")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        _add_row(vault, "newer")
        vault_id = vault.vault_id
    anchors = Anchors()
    state_file = anchors._path(vault_id)
    state_file.unlink()
    _put_back_db(tmp_path / "old", vault_dir)
    with pytest.raises(VaultRolledBackError):
        Vault.unlock(vault_dir, PASSPHRASE)
    # Marking the state file "restored on purpose" does not switch it off either.
    current = anchors.read(vault_id, use_keyring=True)
    assert current is not None
    state_file.write_text(AnchorState(0, current.slots, rebase=True).to_json())
    with pytest.raises(VaultRolledBackError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_restoring_a_backup_on_purpose_opens_and_the_original_stays_newest(
    vault_dir: Path, tmp_path: Path
) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.backup(tmp_path / "backup.bin")
        _add_row(vault, "after the backup")
    restored = tmp_path / "restored"
    Vault.restore(tmp_path / "backup.bin", restored)
    with Vault.unlock(restored, PASSPHRASE) as vault:
        assert vault.check().ok
    # The restored copy is now what this machine knows; opening it again works.
    with Vault.unlock(restored, PASSPHRASE):
        pass


def test_check_reports_the_anchor_and_an_untouched_vault_is_intact(vault_dir: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        before = vault.generation
        _add_row(vault, "one")
        _add_row(vault, "two")
        assert vault.generation == before + 2
        report = vault.check()
        assert report.ok, report.problems
    anchor = Anchors().read(vault.vault_id, use_keyring=True)
    assert anchor is not None and anchor.generation >= before + 2
    text = anchor.to_json()
    assert WORKER_NOT_IN(text)


def WORKER_NOT_IN(text: str) -> bool:
    """The anchor holds two numbers and a digest: no name, no folder."""
    return "Zyxwvutsrq" not in text and "/" not in text


def _state_folder_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write of an anchor file fails as on a full disk (the vault's own disk is fine)."""

    def full(path: Path, data: bytes) -> None:
        raise DiskFullError("the disk is full")

    monkeypatch.setattr(anchor_module, "atomic_write", full)


def test_a_passphrase_change_with_a_full_state_folder_never_locks_the_worker_out(
    tmp_path: Path, worker: Worker, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found merging issue 10: the key-slot file changed while the anchor could not record the
    change, so the next unlock refused the worker's own vault as "replaced"."""
    directory = tmp_path / "unbound"
    Vault.create(directory, PASSPHRASE, worker, kdf=KdfParams.FLOOR, use_keyring=False).vault.lock()
    with Vault.unlock(directory, PASSPHRASE) as vault, monkeypatch.context() as patch:
        _state_folder_full(patch)
        with pytest.raises(DiskFullError):
            vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    with Vault.unlock(directory, PASSPHRASE) as vault:
        assert vault.check().ok
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    with Vault.unlock(directory, NEW_PASSPHRASE) as vault:
        assert vault.check().ok


def test_a_restore_with_a_full_state_folder_fails_whole_and_works_once_there_is_space(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restore that could not mark itself as deliberate was reported done and then refused
    at every unlock as an old copy."""
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.backup(tmp_path / "backup.bin")
        _add_row(vault, "after the backup")
    restored = tmp_path / "restored"
    with monkeypatch.context() as patch:
        _state_folder_full(patch)
        with pytest.raises(DiskFullError):
            Vault.restore(tmp_path / "backup.bin", restored)
    assert not restored.exists()
    Vault.restore(tmp_path / "backup.bin", restored)
    with Vault.unlock(restored, PASSPHRASE) as vault:
        assert vault.check().ok


def test_a_write_with_a_full_state_folder_is_saved_and_reported_saved(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On main the anchor's DiskFullError escaped after the commit: the work was saved but
    the worker was told "nothing was changed"."""
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        with monkeypatch.context() as patch:
            _state_folder_full(patch)
            _add_row(vault, "while the state folder is full")
        with vault.reading() as conn:
            row = conn.execute(
                "SELECT value FROM meta WHERE key = 'note-while the state folder is full'"
            ).fetchone()
        assert row is not None
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.check().ok
