"""Fixtures for vault-core tests: an in-memory keyring, a throttle that never really sleeps,
and vaults created with the fastest allowed key derivation (still real Argon2id and SQLCipher)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from exitdesk.domain import FixedClock, Worker
from exitdesk.vault import CreatedVault, KdfParams, ThrottleSettings, Vault
from exitdesk.vault.anchor import default_anchor_dir
from tests.support.keyring_memory import MemoryKeyring

PASSPHRASE = "correct horse battery staple"
WORKER_NAME = "Zyxwvutsrq Testname"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@dataclass
class FakeSleep:
    """Records requested pauses and moves a fake clock instead of waiting."""

    clock: FixedClock
    delays: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.clock.advance(timedelta(seconds=seconds))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))


@pytest.fixture
def fake_sleep(clock: FixedClock) -> FakeSleep:
    return FakeSleep(clock)


@pytest.fixture
def throttle(tmp_path: Path, fake_sleep: FakeSleep, clock: FixedClock) -> ThrottleSettings:
    return ThrottleSettings(state_dir=tmp_path / "state", sleep=fake_sleep, clock=clock)


@pytest.fixture
def worker() -> Worker:
    return Worker(name=WORKER_NAME, party_id="fi-aggredi")


@pytest.fixture
def created(
    tmp_path: Path, memory_keyring: MemoryKeyring, worker: Worker, clock: FixedClock
) -> Iterator[CreatedVault]:
    result = Vault.create(tmp_path / "vault", PASSPHRASE, worker, kdf=KdfParams.FLOOR, clock=clock)
    yield result
    result.vault.lock()


@pytest.fixture
def vault_dir(created: CreatedVault) -> Path:
    """A created, then locked, bound vault."""
    created.vault.lock()
    return created.vault.directory


def snapshot(directory: Path) -> dict[str, str]:
    """Every file in the folder by name → SHA-256 of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
        if p.is_file()
    }


def as_if_on_another_machine() -> None:
    """Forget what this machine remembers of every vault (the rollback anchors in the state
    folder and in the test keyring), as for a vault folder copied to a machine it never ran on."""
    shutil.rmtree(default_anchor_dir(), ignore_errors=True)
    keyring_backend = keyring.get_keyring()
    if isinstance(keyring_backend, MemoryKeyring):
        for key in [k for k in keyring_backend.entries if k[1].startswith("anchor-")]:
            del keyring_backend.entries[key]
