"""The vault lifecycle a worker lives through: create, unlock, lock, wrong passphrases,
recovery, device binding, newer schemas, a second process, permissions, and no plaintext."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest

from exitdesk.domain import FixedClock, Worker
from exitdesk.vault import (
    BindingStatus,
    CreatedVault,
    DeviceBindingError,
    KdfParams,
    NewerVaultError,
    ThrottleSettings,
    Vault,
    VaultCorruptError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultNotFoundError,
    VaultRolledBackError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
    audit,
)
from exitdesk.vault.db import open_database
from exitdesk.vault.keyslots import KEYRING_SERVICE
from exitdesk.vault.throttle import delay_after
from tests.support.keyring_memory import MemoryKeyring

from .conftest import PASSPHRASE, WORKER_NAME, FakeSleep, as_if_on_another_machine, snapshot


def test_create_lock_unlock_round_trip(created: CreatedVault, worker: Worker) -> None:
    vault = created.vault
    directory = vault.directory
    assert created.binding is BindingStatus.BOUND
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE scratch(x TEXT)")
        conn.execute("INSERT INTO scratch VALUES ('kept')")
    vault_id = vault.vault_id
    public = vault.signing_key.public_key()
    vault.lock()
    vault.lock()  # idempotent
    assert vault.is_locked
    with pytest.raises(VaultLockedError), vault.reading():
        pass
    with pytest.raises(VaultLockedError):
        _ = vault.signing_key
    with pytest.raises(VaultLockedError):
        _ = vault.worker
    assert vault._signing_key is None and vault._age_identity is None and vault._kek is None
    assert sorted(p.name for p in directory.iterdir()) == [
        "keyslots.json",
        "vault.db",
        "vault.lock",
    ]

    with Vault.unlock(directory, PASSPHRASE) as again:
        assert again.vault_id == vault_id
        assert again.worker == worker
        assert again.binding is BindingStatus.BOUND
        assert again.signing_key.public_key() == public
        assert str(again.age_identity.to_public()).startswith("age1")
        with again.reading() as conn:
            assert conn.execute("SELECT x FROM scratch").fetchall() == [("kept",)]
    assert again.is_locked


def test_a_folder_that_holds_a_vault_is_refused(vault_dir: Path, worker: Worker) -> None:
    before = snapshot(vault_dir)
    with pytest.raises(VaultExistsError, match="already holds"):
        Vault.create(vault_dir, "another passphrase", worker, kdf=KdfParams.FLOOR)
    assert snapshot(vault_dir) == before


def test_a_missing_vault_is_reported(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError, match="no ExitDesk vault"):
        Vault.unlock(tmp_path / "nowhere", PASSPHRASE)


def test_wrong_passphrases_change_no_file_and_pause_longer_each_time(
    vault_dir: Path, throttle: ThrottleSettings, fake_sleep: FakeSleep
) -> None:
    before = snapshot(vault_dir)
    for _ in range(7):
        with pytest.raises(WrongPassphraseError, match=r"^the passphrase is wrong$"):
            Vault.unlock(vault_dir, "not the passphrase", throttle=throttle)
        assert snapshot(vault_dir) == before
    assert fake_sleep.delays == [1.0, 2.0, 4.0, 8.0]
    # The counter lives outside the vault folder and is named by a hash, not by the vault id.
    assert throttle.state_dir is not None
    state_files = list(throttle.state_dir.iterdir())
    assert len(state_files) == 1
    with Vault.unlock(vault_dir, PASSPHRASE, throttle=throttle) as vault:
        assert vault.vault_id not in state_files[0].name
    assert list(throttle.state_dir.iterdir()) == []


def test_the_pause_survives_a_restart_and_success_resets_it(
    vault_dir: Path, throttle: ThrottleSettings, fake_sleep: FakeSleep
) -> None:
    for _ in range(5):
        with pytest.raises(WrongPassphraseError):
            Vault.unlock(vault_dir, "nope", throttle=throttle)
    assert fake_sleep.delays == [1.0, 2.0]
    # The app was killed during the last pause, so no time passed: a restarted app serves the
    # pause before trying again.
    assert isinstance(throttle.clock, FixedClock)
    throttle.clock.advance(-timedelta(seconds=2))
    Vault.unlock(vault_dir, PASSPHRASE, throttle=throttle).lock()
    assert fake_sleep.delays == [1.0, 2.0, 2.0]
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, "nope", throttle=throttle)
    assert fake_sleep.delays == [1.0, 2.0, 2.0]  # counting starts again after a success


def test_delay_schedule_is_capped() -> None:
    assert [delay_after(n) for n in range(1, 11)] == [0, 0, 0, 1, 2, 4, 8, 16, 30, 30]


def test_recovery_code_opens_and_sets_a_new_passphrase(
    created: CreatedVault, clock: FixedClock
) -> None:
    directory = created.vault.directory
    created.vault.lock()
    with pytest.raises(WrongRecoveryCodeError, match="wrong"):
        Vault.recover(directory, _other_valid_code(created.recovery_code), "new passphrase one")
    vault = Vault.recover(
        directory, created.recovery_code.replace("-", " "), "new passphrase one", clock=clock
    )
    assert vault.binding is BindingStatus.BOUND
    with vault.reading() as conn:
        actions = [e.action for e in audit.entries(conn)]
    assert actions[0] == "vault.recovered"
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(directory, PASSPHRASE)
    Vault.unlock(directory, "new passphrase one").lock()
    # The recovery code stays valid after use.
    Vault.recover(directory, created.recovery_code, "new passphrase two").lock()


def _other_valid_code(code: str) -> str:
    groups = code.split("-")
    value = int(groups[0]) // 11
    groups[0] = f"{((value + 1) % 65536) * 11:06d}"
    return "-".join(groups)


def test_a_copied_vault_needs_this_machines_keyring_or_the_recovery_code(
    created: CreatedVault, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    vault = created.vault
    vault.lock()
    copy = tmp_path / "stolen"
    copy.mkdir()
    for f in vault.directory.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    # Another machine: same files, same passphrase, but no keyring secret.
    keyring.delete_password(KEYRING_SERVICE, vault.vault_id)
    with pytest.raises(DeviceBindingError, match="recovery code"):
        Vault.unlock(copy, PASSPHRASE)
    recovered = Vault.recover(copy, created.recovery_code, "fresh passphrase")
    assert recovered.binding is BindingStatus.BOUND  # re-bound to this keyring
    recovered.lock()
    Vault.unlock(copy, "fresh passphrase").lock()


def test_no_keyring_backend_is_reported_not_silent(
    tmp_path: Path, worker: Worker, no_keyring: None
) -> None:
    created = Vault.create(tmp_path / "v", PASSPHRASE, worker, kdf=KdfParams.FLOOR)
    assert created.binding is BindingStatus.UNAVAILABLE
    assert "no system keyring" in created.binding_detail
    assert "passphrase alone" in created.binding_detail
    created.vault.lock()
    with Vault.unlock(tmp_path / "v", PASSPHRASE) as vault:
        assert vault.binding is BindingStatus.UNAVAILABLE


def test_binding_can_be_turned_off(
    tmp_path: Path, worker: Worker, memory_keyring: MemoryKeyring
) -> None:
    created = Vault.create(
        tmp_path / "v", PASSPHRASE, worker, kdf=KdfParams.FLOOR, use_keyring=False
    )
    assert created.binding is BindingStatus.DISABLED
    assert memory_keyring.entries == {}
    created.vault.lock()


def test_dropping_the_binding_flag_in_the_slot_file_does_not_unbind(
    vault_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    path = vault_dir / "keyslots.json"
    data = json.loads(path.read_text())
    slot = next(s for s in data["slots"] if s["type"] == "passphrase")
    slot["binding"] = "disabled"
    path.write_text(json.dumps(data))
    memory_keyring.entries.clear()
    as_if_on_another_machine()  # here it is refused as edited (tests/vault/test_rollback.py)
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_a_newer_vault_is_refused_and_left_untouched(created: CreatedVault) -> None:
    vault = created.vault
    with vault.reading() as conn:
        conn.execute("PRAGMA user_version = 999")
    vault.lock()
    before = snapshot(vault.directory)
    with pytest.raises(NewerVaultError, match="newer ExitDesk"):
        Vault.unlock(vault.directory, PASSPHRASE)
    assert snapshot(vault.directory) == before
    # The refusal released the folder lock.
    with pytest.raises(NewerVaultError):
        Vault.unlock(vault.directory, PASSPHRASE)


_OTHER_PROCESS = """
import sys
from pathlib import Path
import keyring
sys.path.insert(0, sys.argv[2])
from tests.support.keyring_memory import MemoryKeyring
from exitdesk.vault import Vault, VaultInUseError
keyring.set_keyring(MemoryKeyring())
try:
    Vault.unlock(Path(sys.argv[1]), "irrelevant")
except VaultInUseError as exc:
    print("IN USE:", exc)
    sys.exit(3)
except Exception as exc:
    print("OTHER:", type(exc).__name__, exc)
    sys.exit(4)
"""


def test_a_second_process_is_told_the_vault_is_in_use(created: CreatedVault) -> None:
    root = str(Path(__file__).resolve().parents[2])
    proc = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, str(created.vault.directory), root],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "this vault is open in another ExitDesk window or process" in proc.stdout
    created.vault.lock()
    proc = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, str(created.vault.directory), root],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # Once locked, the other process gets past the folder lock (and stops at the binding, as
    # its keyring does not hold this vault's secret).
    assert proc.returncode == 4 and "DeviceBindingError" in proc.stdout, proc.stdout


def test_a_second_open_in_the_same_process_is_refused(created: CreatedVault) -> None:
    with pytest.raises(VaultInUseError):
        Vault.unlock(created.vault.directory, PASSPHRASE)


def test_change_passphrase_rewraps_without_rewriting_the_database(created: CreatedVault) -> None:
    vault = created.vault
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("not it", "whatever else")
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    with vault.reading() as conn:
        assert audit.entries(conn, limit=1)[0].action == "vault.passphrase_changed"
    vault.lock()
    assert (vault.directory / "keyslots.json.prev").exists()
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault.directory, PASSPHRASE)
    Vault.unlock(vault.directory, "a brand new passphrase").lock()


def test_the_old_passphrase_is_gone_from_every_slot_generation(created: CreatedVault) -> None:
    """A passphrase is changed because someone may know it: the previous generation of the
    slot file must not keep a slot the old passphrase opens."""
    vault = created.vault
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    vault.lock()
    slots, previous = vault.directory / "keyslots.json", vault.directory / "keyslots.json.prev"
    slots.write_bytes(previous.read_bytes())  # as if the current file had been lost
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault.directory, PASSPHRASE)
    Vault.unlock(vault.directory, "a brand new passphrase").lock()


def test_rekey_changes_the_data_key_and_the_recovery_code(created: CreatedVault) -> None:
    vault = created.vault
    directory = vault.directory
    old_slots = (directory / "keyslots.json").read_bytes()
    new_code = vault.rekey()
    assert new_code != created.recovery_code
    with vault.reading() as conn:
        assert audit.entries(conn, limit=1)[0].action == "vault.rekeyed"
    assert vault.check().ok
    vault.lock()
    # A copy of the old slot file (old data key) no longer opens the database, and the
    # previous generation no longer holds the old key either.
    new_slots = (directory / "keyslots.json").read_bytes()
    assert (directory / "keyslots.json.prev").read_bytes() == new_slots
    (directory / "keyslots.json.prev").unlink()
    (directory / "keyslots.json").write_bytes(old_slots)
    with pytest.raises(VaultRolledBackError):  # this machine knows the slots were replaced
        Vault.unlock(directory, PASSPHRASE)
    as_if_on_another_machine()
    with pytest.raises(VaultCorruptError, match="could not be opened"):
        Vault.unlock(directory, PASSPHRASE)
    (directory / "keyslots.json").write_bytes(new_slots)
    Vault.unlock(directory, PASSPHRASE).lock()
    with pytest.raises(WrongRecoveryCodeError):
        Vault.recover(directory, created.recovery_code, "another one")
    Vault.recover(directory, new_code, "another one").lock()


class _CrashOnRekey:
    """A connection that loses power just before ``PRAGMA rekey``."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("PRAGMA rekey"):
            raise OSError("power cut")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_an_interrupted_rekey_falls_back_to_the_previous_slots(created: CreatedVault) -> None:
    vault = created.vault
    directory = vault.directory
    before = (directory / "keyslots.json").read_bytes()
    vault._conn = _CrashOnRekey(vault._conn)
    with pytest.raises(OSError, match="power cut"):
        vault.rekey()
    vault.lock()
    assert (directory / "keyslots.json").read_bytes() != before  # new slots, old database key
    with Vault.unlock(directory, PASSPHRASE) as again:
        assert again.check().ok
    assert (directory / "keyslots.json").read_bytes() == before  # repaired
    Vault.recover(directory, created.recovery_code, "still works").lock()


def test_transaction_and_reading_from_threads(created: CreatedVault) -> None:
    vault = created.vault
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE counter(n INTEGER)")
        conn.execute("INSERT INTO counter VALUES (0)")

    def bump() -> None:
        for _ in range(50):
            with vault.transaction() as conn:
                conn.execute("UPDATE counter SET n = n + 1")

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with vault.reading() as conn:
        assert conn.execute("SELECT n FROM counter").fetchone()[0] == 200


def test_a_failed_transaction_rolls_back(created: CreatedVault) -> None:
    vault = created.vault
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE t(x)")
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        conn.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("boom")
    with vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_files_are_owner_only(created: CreatedVault) -> None:
    vault = created.vault
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE t(x)")
    directory = vault.directory
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    names = {p.name for p in directory.iterdir()}
    assert {"vault.db-wal", "vault.db", "keyslots.json", "vault.lock"} <= names
    for p in directory.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    vault.change_passphrase(PASSPHRASE, "something else entirely")
    assert stat.S_IMODE((directory / "keyslots.json.prev").stat().st_mode) == 0o600
    assert stat.S_IMODE((directory / "keyslots.json").stat().st_mode) == 0o600


def _files_containing(directory: Path, needle: bytes) -> list[str]:
    return [p.name for p in directory.iterdir() if p.is_file() and needle in p.read_bytes()]


def test_no_plaintext_in_the_vault_folder_while_open_and_after_lock(
    created: CreatedVault,
) -> None:
    vault = created.vault
    directory = vault.directory
    needles = [WORKER_NAME.encode(), WORKER_NAME.encode("utf-16-le"), b"Zyxwvutsrq"]
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE scratch_text(x TEXT)")
        conn.executemany("INSERT INTO scratch_text VALUES (?)", [(WORKER_NAME * 20,)] * 200)
    assert (directory / "vault.db-wal").exists()
    for needle in needles:
        assert _files_containing(directory, needle) == []
    # No key material either: the data key and signing key are not on disk in clear.
    signing = vault.signing_key.private_bytes_raw()
    age_secret = str(vault.age_identity).encode()
    assert _files_containing(directory, signing) == []
    assert _files_containing(directory, age_secret) == []
    vault.lock()
    for needle in [*needles, signing, age_secret]:
        assert _files_containing(directory, needle) == []
    assert (directory / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"


def test_a_full_disk_is_reported_plainly_and_changes_nothing(
    created: CreatedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from exitdesk.vault import DiskFullError, fsutil

    vault = created.vault
    before = snapshot(vault.directory)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil.os, "fsync", full)
    with pytest.raises(DiskFullError, match=r"^the disk is full; nothing was changed"):
        vault.change_passphrase(PASSPHRASE, "a new passphrase here")
    monkeypatch.undo()
    after = snapshot(vault.directory)
    assert after["keyslots.json"] == before["keyslots.json"]
    assert not [p for p in vault.directory.iterdir() if p.name.startswith(".tmp-")]
    vault.lock()
    Vault.unlock(vault.directory, PASSPHRASE).lock()


def test_a_bound_vault_without_any_keyring_points_to_the_recovery_code(vault_dir: Path) -> None:
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())  # the fixture restores the memory one
    before = snapshot(vault_dir)
    with pytest.raises(
        DeviceBindingError, match="cannot be reached here; open it with the recovery"
    ):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before


def test_sqlcipher_memory_security_stays_off(tmp_path: Path) -> None:
    """Off by decision (docs/threat-model.md, docs/scale.md): on, it made bulk writes ~20x and
    reads up to 4x slower. Once on it would stay on for the whole process."""
    conn = open_database(tmp_path / "v.db", os.urandom(32))
    try:
        assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] in (0, "0")
    finally:
        conn.close()
