"""Key slots: recovery codes a person can type, KDF floor and tamper-evident parameters."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path

import pytest

from exitdesk.domain import Worker
from exitdesk.vault import (
    InvalidRecoveryCodeError,
    KdfParams,
    Vault,
    VaultCorruptError,
    WrongPassphraseError,
)
from exitdesk.vault.keyslots import format_recovery_code, parse_recovery_code

from .conftest import PASSPHRASE, as_if_on_another_machine


def test_recovery_code_round_trips_with_spaces_and_dashes() -> None:
    secret = secrets.token_bytes(16)
    code = format_recovery_code(secret)
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 6 and g.isdigit() for g in groups)
    assert parse_recovery_code(code) == secret
    assert parse_recovery_code(" ".join(groups)) == secret
    assert parse_recovery_code("".join(groups)) == secret
    assert parse_recovery_code("  " + " - ".join(groups) + "\n") == secret


def _mistype(code: str, group: int) -> str:
    groups = code.split("-")
    digits = groups[group - 1]
    last = str((int(digits[-1]) + 1) % 10)
    groups[group - 1] = digits[:-1] + last
    return "-".join(groups)


@pytest.mark.parametrize("group", [1, 4, 8])
def test_a_mistyped_group_is_named(group: int) -> None:
    code = format_recovery_code(secrets.token_bytes(16))
    with pytest.raises(InvalidRecoveryCodeError, match=f"^group {group} of the recovery code"):
        parse_recovery_code(_mistype(code, group))


def test_swapped_neighbouring_digits_are_caught() -> None:
    code = format_recovery_code(bytes(range(16)))
    groups = code.split("-")
    g = groups[2]
    swapped = next(g[:i] + g[i + 1] + g[i] + g[i + 2 :] for i in range(5) if g[i] != g[i + 1])
    groups[2] = swapped
    with pytest.raises(InvalidRecoveryCodeError, match="group 3"):
        parse_recovery_code("-".join(groups))


def test_two_bad_groups_are_both_named() -> None:
    code = format_recovery_code(secrets.token_bytes(16))
    with pytest.raises(InvalidRecoveryCodeError, match="groups 2 and 5"):
        parse_recovery_code(_mistype(_mistype(code, 2), 5))


def test_wrong_length_and_letters_are_explained() -> None:
    code = format_recovery_code(secrets.token_bytes(16))
    with pytest.raises(InvalidRecoveryCodeError, match=r"48 digits.*42 were typed"):
        parse_recovery_code(code[:-7])
    with pytest.raises(InvalidRecoveryCodeError, match="only digits"):
        parse_recovery_code(code.replace("1", "l", 1) if "1" in code else "x" + code)


def test_params_below_the_floor_are_refused() -> None:
    floor = KdfParams.FLOOR
    assert (floor.memory_kib, floor.iterations, floor.lanes) == (64 * 1024, 3, 4)
    for weaker in (
        KdfParams(floor.memory_kib // 2, 3, 4),
        KdfParams(floor.memory_kib, 2, 4),
        KdfParams(floor.memory_kib, 3, 1),
    ):
        assert weaker.below_floor()
        with pytest.raises(ValueError, match="floor"):
            weaker.require_allowed()


def _edit_passphrase_kdf(directory: Path, **changes: int) -> None:
    path = directory / "keyslots.json"
    data = json.loads(path.read_text())
    slot = next(s for s in data["slots"] if s["type"] == "passphrase")
    slot["kdf"].update(changes)
    path.write_text(json.dumps(data))


def test_a_slot_file_lowered_below_the_floor_is_refused(vault_dir: Path) -> None:
    _edit_passphrase_kdf(vault_dir, memory_kib=8 * 1024)
    with pytest.raises(VaultCorruptError, match="weaker key derivation"):
        Vault.unlock(vault_dir, PASSPHRASE)


@pytest.mark.usefixtures("memory_keyring")
def test_lowered_params_above_the_floor_fail_to_unwrap(tmp_path: Path, worker: Worker) -> None:
    stronger = KdfParams(KdfParams.FLOOR.memory_kib * 2, 3, 4)
    created = Vault.create(tmp_path / "v", PASSPHRASE, worker, kdf=stronger)
    created.vault.lock()
    Vault.unlock(tmp_path / "v", PASSPHRASE).lock()  # sanity: the real passphrase opens it
    _edit_passphrase_kdf(tmp_path / "v", memory_kib=KdfParams.FLOOR.memory_kib)
    # On this machine the edit is named as such (tests/vault/test_rollback.py); a copy taken
    # elsewhere knows no anchor, and the lowered cost still fails to unwrap.
    as_if_on_another_machine()
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(tmp_path / "v", PASSPHRASE)


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"format": "exitdesk-keyslots"}', b"\xff\xfe garbage"],
)
def test_a_malformed_slot_file_is_one_plain_line(vault_dir: Path, content: bytes) -> None:
    (vault_dir / "keyslots.json").write_bytes(content)
    with pytest.raises(VaultCorruptError) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "\n" not in str(info.value)
    assert "key-slot file" in str(info.value)


def test_an_extra_field_in_the_slot_file_is_refused(vault_dir: Path) -> None:
    path = vault_dir / "keyslots.json"
    data = json.loads(path.read_text())
    data["slots"][0]["note"] = "x"
    path.write_text(json.dumps(data))
    with pytest.raises(VaultCorruptError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_calibration_stays_at_or_above_the_floor() -> None:
    params = KdfParams.calibrate(target_seconds=0.05)
    assert params == KdfParams.FLOOR  # the floor already costs more than 50 ms here
    assert not params.below_floor()


def _modelled_timer(spike_every: int) -> tuple[list[KdfParams], Callable[[KdfParams], float]]:
    """A machine where a derivation costs 0.1 s per 64 MiB-pass, and every ``spike_every``-th
    run is ten times slower because something else was busy at that moment."""
    seen: list[KdfParams] = []

    def timer(params: KdfParams) -> float:
        seen.append(params)
        cost = 0.1 * params.memory_kib * params.iterations / (64 * 1024 * 3)
        return cost * 10 if len(seen) % spike_every == 1 else cost

    return seen, timer


def test_calibration_is_not_fooled_into_the_floor_by_a_busy_moment() -> None:
    """Issue 15: one sample taken while the machine was busy kept the floor (a 0.10 s unlock)."""
    seen, timer = _modelled_timer(spike_every=3)
    params = KdfParams.calibrate(target_seconds=0.6, timer=timer)
    assert params != KdfParams.FLOOR
    cost = 0.1 * params.memory_kib * params.iterations / (64 * 1024 * 3)
    assert 0.6 * 0.8 <= cost <= 0.6 * 1.6
    assert len(seen) >= 3 * 2  # several samples of each candidate


def test_a_slot_file_asking_for_more_than_calibration_ever_chooses_is_refused(
    vault_dir: Path,
) -> None:
    """Issue 10: a slot edited to 4 GiB passed the old ceiling and ran unlock out of memory."""
    assert not KdfParams(1024 * 1024, 16, 8).above_ceiling()
    _edit_passphrase_kdf(vault_dir, memory_kib=4 * 1024 * 1024)
    with pytest.raises(VaultCorruptError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_a_key_slot_write_cut_short_is_deleted_at_the_next_unlock(vault_dir: Path) -> None:
    # A passphrase change killed between writing its temporary file and renaming it leaves
    # key slots under a passphrase that is not in force; nothing else ever names that file.
    leftover = vault_dir / ".tmp-cutshort"
    leftover.write_bytes((vault_dir / "keyslots.json").read_bytes())
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, "not the passphrase")
    assert leftover.exists(), "a wrong passphrase changes no file in the vault folder"
    with Vault.unlock(vault_dir, PASSPHRASE):
        assert not leftover.exists()
