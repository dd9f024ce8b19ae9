"""Rollback detection: a monotonic anchor kept outside the vault folder.

Every write transaction advances a generation counter inside the database; after each commit the
anchor (a small file in the per-user state folder, and for a keyring-bound vault also an entry
in the OS keyring) records the highest generation and the digest of the key-slot file this
machine has seen. At unlock, a database whose generation is lower than the anchor's, or a
key-slot file this machine did not write, is refused: an old copy put in place of the vault
cannot silently undo newer work (nor bring back an old passphrase).

What it cannot see: a whole machine (state folder and keyring included) restored from an image,
or a vault opened for the first time on this machine. The anchor holds no personal data: the
file is named by a hash of the vault id and holds two numbers and a digest.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

import keyring
import keyring.errors
import platformdirs

from exitdesk.vault.errors import DiskFullError
from exitdesk.vault.fsutil import atomic_write, make_private_dir
from exitdesk.vault.throttle import STATE_DIR_ENV

KEYRING_SERVICE = "ExitDesk"
_MAX_FILE_BYTES = 4096
_DIGEST_HEX = 64
# A key operation (passphrase change, rekey, recovery) is under way: the next unlock may find
# either the old or the new key-slot file, whichever the interrupted operation left.
ANY_SLOTS = "*"


def default_anchor_dir() -> Path:
    override = os.environ.get(STATE_DIR_ENV)
    if override:
        return Path(override) / "anchors"
    return Path(platformdirs.user_state_dir("ExitDesk", appauthor=False)) / "anchors"


def slots_digest(slot_file_bytes: bytes) -> str:
    return hashlib.sha256(b"exitdesk-keyslots\x00" + slot_file_bytes).hexdigest()


@dataclass(frozen=True)
class AnchorState:
    """The newest state of one vault this machine has seen. ``rebase`` marks a vault restored
    from a backup on purpose: its next unlock sets the anchor instead of being compared."""

    generation: int
    slots: str
    pending_slots: str | None = None
    rebase: bool = False

    def accepts_slots(self, digest: str) -> bool:
        return self.rebase or digest == self.slots or self.pending_slots in (digest, ANY_SLOTS)

    def to_json(self) -> str:
        return json.dumps(
            {
                "generation": self.generation,
                "slots": self.slots,
                "pending_slots": self.pending_slots,
                "rebase": self.rebase,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> AnchorState | None:
        """The state, or None for anything malformed (treated as no anchor: the keyring's copy,
        where there is one, still counts)."""
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or set(data) != {
            "generation",
            "slots",
            "pending_slots",
            "rebase",
        }:
            return None
        generation, slots = data["generation"], data["slots"]
        pending, rebase = data["pending_slots"], data["rebase"]
        if not isinstance(generation, int) or isinstance(generation, bool) or generation < 0:
            return None
        if not _is_digest(slots) or not isinstance(rebase, bool):
            return None
        if pending is not None and pending != ANY_SLOTS and not _is_digest(pending):
            return None
        return cls(generation, slots, pending, rebase)


def _is_digest(value: object) -> bool:
    return (
        isinstance(value, str)
        and len(value) == _DIGEST_HEX
        and all(c in "0123456789abcdef" for c in value)
    )


class Anchors:
    """Where anchors live: a state folder (tests pass their own) and, for vaults bound to this
    machine's keyring, the keyring too. Writes never fail a vault operation: an anchor that
    could not be advanced only stays behind, which never refuses a genuine vault."""

    def __init__(self, directory: Path | None = None) -> None:
        self._dir = directory if directory is not None else default_anchor_dir()

    def _path(self, vault_id: str) -> Path:
        digest = hashlib.sha256(b"exitdesk-anchor\x00" + vault_id.encode("ascii")).hexdigest()
        return self._dir / f"{digest[:32]}.json"

    @staticmethod
    def _keyring_name(vault_id: str) -> str:
        return f"anchor-{vault_id}"

    def read(self, vault_id: str, *, use_keyring: bool) -> AnchorState | None:
        """The newest state of the state file and (for a keyring-bound vault) the keyring: the
        higher generation wins, so deleting or editing one copy does not lower it. A restore's
        ``rebase`` mark counts only where the keyring, when used, carries it too: editing the
        state file alone cannot switch detection off for a bound vault."""
        from_file = self._read_file(vault_id)
        from_keyring = self._read_keyring(vault_id) if use_keyring else None
        trusted = from_keyring if from_keyring is not None else from_file
        if trusted is not None and trusted.rebase:
            return trusted
        found = [s for s in (from_file, from_keyring) if s is not None and not s.rebase]
        return max(found, key=lambda s: s.generation) if found else None

    def _read_file(self, vault_id: str) -> AnchorState | None:
        try:
            raw = self._path(vault_id).read_bytes()[: _MAX_FILE_BYTES + 1]
        except OSError:
            return None
        if len(raw) > _MAX_FILE_BYTES:
            return None
        return AnchorState.from_json(raw.decode("utf-8", "replace"))

    def _read_keyring(self, vault_id: str) -> AnchorState | None:
        try:
            text = keyring.get_password(KEYRING_SERVICE, self._keyring_name(vault_id))
        except (keyring.errors.KeyringError, RuntimeError, ValueError):
            return None
        return AnchorState.from_json(text[:_MAX_FILE_BYTES]) if text else None

    def write(
        self, vault_id: str, state: AnchorState, *, use_keyring: bool, strict: bool = False
    ) -> None:
        """Write both copies. A failed file write is ignored unless ``strict``: the marks that
        let a key operation or a restore be accepted must be in place before they are relied
        on, or the worker's own vault would be refused as an old copy."""
        try:
            make_private_dir(self._dir)
            atomic_write(self._path(vault_id), state.to_json().encode("utf-8"))
        except (OSError, DiskFullError):  # a full state folder raises DiskFullError
            if strict:
                raise
        if use_keyring:
            with contextlib.suppress(keyring.errors.KeyringError, RuntimeError, ValueError):
                keyring.set_password(KEYRING_SERVICE, self._keyring_name(vault_id), state.to_json())

    def advance(
        self,
        vault_id: str,
        generation: int,
        slots: str,
        *,
        use_keyring: bool = False,
        settled: bool = False,
    ) -> None:
        """Record ``generation`` and the key-slot digest as the newest state seen here. Never
        lowers the count either copy already holds (a restore's mark is the one reset). A key
        operation's "either file" mark stays until ``settled`` (an unlock that opened with the
        file, or the operation's own end): a failed rekey must still find its files accepted."""
        held = [self._read_file(vault_id)]
        if use_keyring:
            held.append(self._read_keyring(vault_id))
        pending: str | None = None
        for state in held:
            if state is not None and not state.rebase:
                generation = max(generation, state.generation)
                pending = pending or state.pending_slots
        state = AnchorState(generation, slots, None if settled else pending)
        self.write(vault_id, state, use_keyring=use_keyring)

    def expect_new_slots(self, vault_id: str, *, use_keyring: bool = False) -> None:
        """Before a key operation rewrites the key-slot file: either file is fine next time."""
        current = self.read(vault_id, use_keyring=use_keyring)
        if current is not None:
            self.write(
                vault_id,
                replace(current, pending_slots=ANY_SLOTS),
                use_keyring=use_keyring,
                strict=True,
            )

    def rebase_after_restore(self, vault_id: str, slots: str, *, use_keyring: bool) -> None:
        """A backup restored on purpose: its next unlock sets the anchor to what it holds."""
        self.write(
            vault_id, AnchorState(0, slots, rebase=True), use_keyring=use_keyring, strict=True
        )
