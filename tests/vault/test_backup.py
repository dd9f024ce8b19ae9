"""Backups: one encrypted file that restores to a vault opening with the same secrets; damaged
or tampered backups are refused with nothing left behind; no code path writes plaintext."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import keyring
import pytest

from exitdesk.vault import (
    BackupTargetError,
    CreatedVault,
    DeviceBindingError,
    Vault,
    VaultCorruptError,
    VaultExistsError,
    WrongPassphraseError,
    audit,
)
from exitdesk.vault.keyslots import KEYRING_SERVICE
from exitdesk.vault.throttle import ThrottleSettings

from .conftest import PASSPHRASE, WORKER_NAME

SRC = Path(__file__).resolve().parents[2] / "src"


def _backup(created: CreatedVault, tmp_path: Path) -> Path:
    vault = created.vault
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE scratch(x TEXT)")
        conn.execute("INSERT INTO scratch VALUES (?)", (WORKER_NAME,))
    target = tmp_path / "backups" / "exitdesk.backup"
    target.parent.mkdir()
    vault.backup(target)
    return target


def test_backup_restore_round_trip(created: CreatedVault, tmp_path: Path) -> None:
    target = _backup(created, tmp_path)
    with created.vault.reading() as conn:
        assert audit.entries(conn, limit=1)[0].action == "vault.backup_written"
    data = target.read_bytes()
    assert data.startswith(b"EXITDESK-BACKUP\n")
    assert WORKER_NAME.encode() not in data
    assert list(target.parent.iterdir()) == [target]  # no temporary files left

    restored = tmp_path / "restored"
    Vault.restore(target, restored)
    with Vault.unlock(restored, PASSPHRASE) as vault:
        assert vault.vault_id == created.vault.vault_id
        with vault.reading() as conn:
            assert conn.execute("SELECT x FROM scratch").fetchall() == [(WORKER_NAME,)]
        report = vault.check()
        assert report.ok, report.problems
    for f in restored.iterdir():
        assert WORKER_NAME.encode() not in f.read_bytes()


def test_restore_elsewhere_opens_with_the_recovery_code(
    created: CreatedVault, tmp_path: Path
) -> None:
    target = _backup(created, tmp_path)
    keyring.delete_password(KEYRING_SERVICE, created.vault.vault_id)  # another machine
    Vault.restore(target, tmp_path / "elsewhere")
    with pytest.raises(DeviceBindingError):
        Vault.unlock(tmp_path / "elsewhere", PASSPHRASE)
    Vault.recover(tmp_path / "elsewhere", created.recovery_code, "new machine pass").lock()


def test_a_restore_given_the_wrong_passphrase_writes_nothing(
    created: CreatedVault, tmp_path: Path, throttle: ThrottleSettings
) -> None:
    target = _backup(created, tmp_path)
    directory = tmp_path / "restored"
    with pytest.raises(WrongPassphraseError):
        Vault.restore(target, directory, passphrase="not the passphrase", throttle=throttle)
    assert not directory.exists()
    assert throttle.for_vault(created.vault.vault_id).failures == 1
    Vault.restore(target, directory, passphrase=PASSPHRASE, throttle=throttle)
    assert throttle.for_vault(created.vault.vault_id).failures == 0
    Vault.unlock(directory, PASSPHRASE).lock()


def test_restore_refuses_a_non_empty_folder(created: CreatedVault, tmp_path: Path) -> None:
    target = _backup(created, tmp_path)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "something.txt").write_text("keep me")
    with pytest.raises(VaultExistsError):
        Vault.restore(target, busy)
    assert [p.name for p in busy.iterdir()] == ["something.txt"]


@pytest.mark.parametrize(
    "damage",
    ["truncate", "flip_db_byte", "flip_keyslot_byte", "append", "magic"],
)
def test_a_damaged_backup_is_refused_and_leaves_nothing(
    created: CreatedVault, tmp_path: Path, damage: str
) -> None:
    target = _backup(created, tmp_path)
    data = bytearray(target.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip_db_byte":
        data[-5000] ^= 0x01
    elif damage == "flip_keyslot_byte":
        data[60] ^= 0x01
    elif damage == "append":
        data += b"\x00"
    else:
        data[0:8] = b"NOTABACK"
    target.write_bytes(bytes(data))
    directory = tmp_path / "restored"
    with pytest.raises(VaultCorruptError) as info:
        Vault.restore(target, directory)
    assert "\n" not in str(info.value)
    assert not directory.exists()


@pytest.mark.parametrize("offset", [-3000, -40000])
def test_a_tampered_database_with_a_fixed_checksum_never_passes(
    created: CreatedVault, tmp_path: Path, offset: int
) -> None:
    # Someone who recomputes the outer checksum still cannot get altered pages past
    # SQLCipher's page HMACs: either the vault refuses to open or check() reports it.
    target = _backup(created, tmp_path)
    data = bytearray(target.read_bytes()[:-36])
    data[offset] ^= 0x01
    target.write_bytes(bytes(data) + b"SHA2" + hashlib.sha256(bytes(data)).digest())
    Vault.restore(target, tmp_path / "r")
    try:
        vault = Vault.unlock(tmp_path / "r", PASSPHRASE)
    except VaultCorruptError:
        return
    with vault:
        report = vault.check()
    assert not report.ok
    assert any("authentication check" in p for p in report.problems)


def test_no_source_attaches_with_an_empty_key() -> None:
    # ATTACH … KEY '' makes sqlcipher_export write a plaintext copy (DESIGN §5).
    pattern = re.compile(r"""KEY\s*(''|""|\?\s*["']\s*,\s*\(\s*["']{2})""", re.IGNORECASE)
    offenders = [
        str(p.relative_to(SRC))
        for p in sorted(SRC.rglob("*.py")) + sorted(SRC.rglob("*.sql"))
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert pattern.search("ATTACH DATABASE 'x' AS b KEY ''")  # the scan does find it


def test_unusable_backup_targets_are_refused_plainly(created: CreatedVault, tmp_path: Path) -> None:
    vault = created.vault
    with pytest.raises(BackupTargetError, match="outside the vault folder"):
        vault.backup(vault.directory / "inside.backup")
    with pytest.raises(BackupTargetError, match="does not exist"):
        vault.backup(tmp_path / "missing" / "x.backup")
    assert sorted(
        p.name for p in vault.directory.iterdir() if not p.name.startswith("vault.db")
    ) == [
        "keyslots.json",
        "vault.lock",
    ]
