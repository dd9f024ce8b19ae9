"""A growing pause after repeated wrong passphrases, remembered outside the vault folder
because a wrong passphrase must leave every vault file byte-identical."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from exitdesk.domain.clock import Clock, system_clock
from exitdesk.vault.errors import DiskFullError
from exitdesk.vault.fsutil import atomic_write, make_private_dir

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 30.0
STATE_DIR_ENV = "EXITDESK_STATE_DIR"

Sleep = Callable[[float], None]


def default_state_dir() -> Path:
    override = os.environ.get(STATE_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_state_dir("ExitDesk", appauthor=False)) / "throttle"


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive failures: none for the first three, then
    1, 2, 4, … capped at 30."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_SECONDS, float(2 ** (failures - FREE_ATTEMPTS - 1)))


@dataclass(frozen=True)
class ThrottleSettings:
    """Where failure counts live and how to wait; tests swap in a temporary folder and a fake
    sleep that advances a fake clock."""

    state_dir: Path | None = None
    sleep: Sleep = time.sleep
    clock: Clock = system_clock

    def for_vault(self, vault_id: str) -> Throttle:
        return Throttle(vault_id, state_dir=self.state_dir, sleep=self.sleep, clock=self.clock)


class Throttle:
    """Failure counter for one vault. The file is named by a hash of the vault id so the state
    folder reveals neither names nor which vault it is."""

    def __init__(
        self,
        vault_id: str,
        *,
        state_dir: Path | None = None,
        sleep: Sleep = time.sleep,
        clock: Clock = system_clock,
    ) -> None:
        self._dir = state_dir if state_dir is not None else default_state_dir()
        digest = hashlib.sha256(b"exitdesk-throttle\x00" + vault_id.encode("ascii")).hexdigest()
        self._path = self._dir / f"{digest[:32]}.json"
        self._sleep = sleep
        self._clock = clock

    @property
    def path(self) -> Path:
        return self._path

    @property
    def failures(self) -> int:
        return self._load()[0]

    def wait_before_attempt(self) -> None:
        """Sleep out what is left of the pause from an earlier failure, so quitting and
        restarting does not skip it."""
        _, not_before = self._load()
        if not_before is None:
            return
        remaining = (not_before - self._clock()).total_seconds()
        if remaining > 0:
            self._sleep(min(remaining, MAX_DELAY_SECONDS))

    def record_failure(self) -> float:
        """Count a failure, sleep the pause it earns, and return its length."""
        failures = self._load()[0] + 1
        delay = delay_after(failures)
        not_before = self._clock().timestamp() + delay
        self._save({"failures": failures, "not_before": not_before})
        if delay > 0:
            self._sleep(delay)
        return delay

    def reset(self) -> None:
        with contextlib.suppress(OSError):
            self._path.unlink()

    def _load(self) -> tuple[int, datetime | None]:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            failures = int(raw["failures"])
            not_before = datetime.fromtimestamp(float(raw["not_before"]), tz=self._clock().tzinfo)
        except (OSError, ValueError, KeyError, TypeError):
            # A missing or unreadable counter starts from zero; it is a speed bump, not a lock.
            return 0, None
        return max(0, failures), not_before

    def _save(self, state: dict[str, float]) -> None:
        # A read-only profile must not stop anyone from unlocking; the in-process pause still runs.
        with contextlib.suppress(OSError, DiskFullError):
            make_private_dir(self._dir)
            atomic_write(self._path, json.dumps(state).encode("utf-8"))
