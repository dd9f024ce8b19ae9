"""The options a run is started with (how it treats vaults). Apart from ``context`` so that the
first screen can hold them without loading the vault: the vault's code is imported when a
method here needs it, by then a vault is being made or opened."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exitdesk.domain.clock import Clock, system_clock

if TYPE_CHECKING:
    from exitdesk.vault import Anchors, KdfParams, ThrottleSettings

# Tests and very slow machines may ask for the design floor (64 MiB, t=3, p=4) instead of a
# calibrated ~0.6 s; nothing can go below the floor.
KDF_ENV = "EXITDESK_KDF"


@dataclass(frozen=True)
class Options:
    """How this run treats vaults. ``kdf`` is the cost of a new vault's passphrase slot (None:
    calibrate on this machine); a recovery keeps the vault's own cost. ``state_dir`` None means
    the platform's state folder (where failed-unlock counts live)."""

    kdf: KdfParams | None = None
    clock: Clock = system_clock
    use_keyring: bool = True
    state_dir: Path | None = None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ, **given: Any) -> Options:
        """The options of a normal run; ``EXITDESK_KDF=minimum`` asks for the design floor."""
        if environ.get(KDF_ENV) == "minimum" and "kdf" not in given:
            from exitdesk.vault import KdfParams

            given["kdf"] = KdfParams.FLOOR
        return cls(**given)

    def kdf_for_new_vault(self) -> KdfParams:
        """The Argon2id cost a new vault gets: the chosen one, or calibrated here (slow: call
        it off the GUI thread)."""
        if self.kdf is not None:
            return self.kdf
        from exitdesk.vault import KdfParams

        return KdfParams.calibrate()

    def throttle(self) -> ThrottleSettings | None:
        if self.state_dir is None:
            return None
        from exitdesk.vault import ThrottleSettings

        return ThrottleSettings(state_dir=self.state_dir)

    def anchors(self) -> Anchors:
        """Where this machine remembers the newest state of each vault (rollback detection)."""
        from exitdesk.vault import Anchors

        return Anchors(None if self.state_dir is None else self.state_dir / "anchors")
