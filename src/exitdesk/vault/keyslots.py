"""The key-slot file beside the database: the random data key wrapped (AES-256-GCM) under a
passphrase slot (Argon2id, optionally bound to this machine's keyring) and a recovery-code slot."""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import math
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ClassVar, Literal

import keyring
import keyring.backends.fail
import keyring.backends.null
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.errors import (
    DeviceBindingError,
    DiskFullError,
    InvalidRecoveryCodeError,
    VaultCorruptError,
    WeakPassphraseError,
)
from exitdesk.vault.fsutil import atomic_write, fsync_dir

KEYSLOTS_FILE_NAME = "keyslots.json"
PREVIOUS_SUFFIX = ".prev"
KEYRING_SERVICE = "ExitDesk"
DATA_KEY_BYTES = 32
RECOVERY_SECRET_BYTES = 16
RECOVERY_GROUPS = 8
RECOVERY_GROUP_DIGITS = 6
_SALT_BYTES = 16
_NONCE_BYTES = 12
_BINDING_SECRET_BYTES = 32
_AD_PREFIX = b"exitdesk-keyslot-v1\x00"
_MAX_FILE_BYTES = 64 * 1024
CALIBRATION_SAMPLES = 3
CALIBRATION_MAX_MEMORY_KIB = 1024 * 1024


class BindingStatus(StrEnum):
    """Whether the passphrase slot also needs this machine's keyring secret."""

    BOUND = "bound"
    UNAVAILABLE = "unavailable"  # wanted, but no usable keyring backend was found
    DISABLED = "disabled"  # the worker (or a test) chose not to bind


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. ``FLOOR`` is the weakest setting ExitDesk ever accepts."""

    memory_kib: int
    iterations: int
    lanes: int

    FLOOR: ClassVar[KdfParams]
    # Upper bounds keep a hostile slot file from making unlock allocate or spin forever.
    CEILING: ClassVar[KdfParams]

    def below_floor(self) -> bool:
        floor = KdfParams.FLOOR
        return (
            self.memory_kib < floor.memory_kib
            or self.iterations < floor.iterations
            or self.lanes < floor.lanes
        )

    def above_ceiling(self) -> bool:
        top = KdfParams.CEILING
        return (
            self.memory_kib > top.memory_kib
            or self.iterations > top.iterations
            or self.lanes > top.lanes
        )

    def require_allowed(self) -> None:
        if self.below_floor():
            raise ValueError("key derivation parameters below the floor of 64 MiB, t=3, p=4")
        if self.above_ceiling():
            raise ValueError("key derivation parameters above the supported maximum")

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)

    def seconds(self) -> float:
        """How long one derivation takes on this machine."""
        start = time.perf_counter()
        self.derive(b"calibration", b"\x00" * _SALT_BYTES)
        return time.perf_counter() - start

    @classmethod
    def calibrate(
        cls,
        target_seconds: float = 0.6,
        *,
        samples: int = CALIBRATION_SAMPLES,
        timer: Callable[[KdfParams], float] | None = None,
    ) -> KdfParams:
        """Parameters at or above the floor that cost about ``target_seconds`` here (accepting
        0.8x-1.6x of it). Memory grows first, because memory is what slows down guessing
        hardware; past 1 GiB the iteration count grows instead.

        Each candidate is timed ``samples`` times and its fastest run counts: a busy moment
        only ever makes a derivation slower, so one sample taken while other work ran would
        make this machine look slow and settle on the floor (measured: 4 vaults in 7 created
        under load got 64 MiB, a 0.10 s unlock). ``timer`` is for tests."""
        measure = timer if timer is not None else KdfParams.seconds
        floor = cls.FLOOR
        max_memory = CALIBRATION_MAX_MEMORY_KIB
        params = floor
        for _ in range(6):
            took = min(measure(params) for _ in range(max(1, samples)))
            if target_seconds * 0.8 <= took <= target_seconds * 1.6:
                return params
            ratio = target_seconds / max(took, 1e-6)
            memory = int(params.memory_kib * params.iterations * ratio / floor.iterations)
            memory = max(floor.memory_kib, min(max_memory, memory // 1024 * 1024))
            iterations = floor.iterations
            if memory == max_memory:
                cost = params.memory_kib * params.iterations * ratio
                iterations = max(floor.iterations, math.ceil(cost / max_memory))
            new = KdfParams(memory, min(iterations, cls.CEILING.iterations), floor.lanes)
            if new == params:
                return params
            params = new
        return params


KdfParams.FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# What calibration can choose is the most a slot file may ask for: a slot edited to demand more
# (4 GiB and 64 passes were once allowed) would make unlock run out of memory before the file
# is found to be wrong.
KdfParams.CEILING = KdfParams(memory_kib=CALIBRATION_MAX_MEMORY_KIB, iterations=16, lanes=8)


# ---------------------------------------------------------------------------------------------
# File model


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _b64_of_length(expected_len: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        try:
            raw = _unb64(value)
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise ValueError("not base64") from exc
        if len(raw) != expected_len:
            raise ValueError(f"must decode to {expected_len} bytes")
        return value

    return check


_Salt = Annotated[str, AfterValidator(_b64_of_length(_SALT_BYTES))]
_Nonce = Annotated[str, AfterValidator(_b64_of_length(_NONCE_BYTES))]
_Wrapped = Annotated[str, AfterValidator(_b64_of_length(DATA_KEY_BYTES + 16))]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Argon2Kdf(_Strict):
    name: Literal["argon2id"]
    memory_kib: int
    iterations: int
    lanes: int
    salt: _Salt

    @property
    def params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes)


class HkdfKdf(_Strict):
    name: Literal["hkdf-sha256"]
    salt: _Salt


class PassphraseSlot(_Strict):
    id: str = Field(pattern=r"^[0-9a-f]{16}$")
    type: Literal["passphrase"]
    binding: BindingStatus
    kdf: Argon2Kdf
    nonce: _Nonce
    wrapped_key: _Wrapped


class RecoverySlot(_Strict):
    id: str = Field(pattern=r"^[0-9a-f]{16}$")
    type: Literal["recovery"]
    kdf: HkdfKdf
    nonce: _Nonce
    wrapped_key: _Wrapped


Slot = Annotated[PassphraseSlot | RecoverySlot, Field(discriminator="type")]


class KeySlotFile(_Strict):
    format: Literal["exitdesk-keyslots"]
    version: Literal[1]
    vault_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    slots: list[Slot] = Field(min_length=2, max_length=2)

    @property
    def passphrase_slot(self) -> PassphraseSlot:
        return next(s for s in self.slots if isinstance(s, PassphraseSlot))

    @property
    def recovery_slot(self) -> RecoverySlot:
        return next(s for s in self.slots if isinstance(s, RecoverySlot))

    @field_validator("slots")
    @classmethod
    def _one_of_each(
        cls, slots: list[PassphraseSlot | RecoverySlot]
    ) -> list[PassphraseSlot | RecoverySlot]:
        if sorted(s.type for s in slots) != ["passphrase", "recovery"]:
            raise ValueError("needs exactly one passphrase slot and one recovery slot")
        return slots

    def to_bytes(self) -> bytes:
        return (json.dumps(self.model_dump(mode="json"), indent=2) + "\n").encode("utf-8")


def parse_keyslots(data: bytes) -> KeySlotFile:
    """Strictly parse a key-slot file; anything unexpected is ``VaultCorruptError``."""
    if len(data) > _MAX_FILE_BYTES:
        raise VaultCorruptError(
            QT_TRANSLATE_NOOP("Errors", "the key-slot file is damaged (too large)")
        )
    try:
        parsed = KeySlotFile.model_validate_json(data)
    except ValidationError as exc:
        raise VaultCorruptError(
            QT_TRANSLATE_NOOP("Errors", "the key-slot file is damaged or not an ExitDesk file")
        ) from exc
    if parsed.passphrase_slot.kdf.params.below_floor():
        raise VaultCorruptError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the key-slot file asks for weaker key derivation than ExitDesk allows; it may have been tampered with",  # noqa: E501
            )
        )
    if parsed.passphrase_slot.kdf.params.above_ceiling():
        raise VaultCorruptError(
            QT_TRANSLATE_NOOP(
                "Errors", "the key-slot file asks for impossible key derivation settings"
            )
        )
    return parsed


def load_keyslots(path: Path) -> KeySlotFile:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise VaultCorruptError(
            QT_TRANSLATE_NOOP("Errors", "the key-slot file could not be read")
        ) from exc
    return parse_keyslots(data)


def save_keyslots(path: Path, slots: KeySlotFile, *, retire_previous: bool = False) -> None:
    """Atomically replace the file, keeping the previous generation as ``*.prev``.

    With ``retire_previous`` the new generation also replaces ``*.prev`` once it is safely on
    disk: after a passphrase change the old passphrase must not still unwrap the data key from
    the previous generation (a passphrase is changed because it may be known to someone)."""
    previous = path.with_name(path.name + PREVIOUS_SUFFIX)
    if not retire_previous:
        atomic_write(path, slots.to_bytes(), keep_previous=previous)
        return
    # The old generation goes first, so no moment (crash or failed write) leaves a file that
    # opens with the old passphrase beside slots that need the new one.
    with contextlib.suppress(FileNotFoundError):
        previous.unlink()
    fsync_dir(path.parent)
    atomic_write(path, slots.to_bytes())
    # A spare copy for a damaged main file; the change is complete without it.
    with contextlib.suppress(OSError, DiskFullError):
        atomic_write(previous, slots.to_bytes())


# ---------------------------------------------------------------------------------------------
# Wrapping


def _associated_data(vault_id: str, slot: PassphraseSlot | RecoverySlot) -> bytes:
    # Everything but the ciphertext is bound, so editing any parameter in the file (a lowered
    # Argon2 cost, a dropped binding flag) makes the unwrap fail instead of silently weakening.
    bound = slot.model_dump(mode="json", exclude={"nonce", "wrapped_key"})
    bound["vault_id"] = vault_id
    return _AD_PREFIX + json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on macOS, Windows or Linux derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def passphrase_kek(
    passphrase: str, kdf: Argon2Kdf, binding: BindingStatus, binding_secret: bytes | None
) -> bytes:
    stretched = kdf.params.derive(normalise_passphrase(passphrase), _unb64(kdf.salt))
    if binding is BindingStatus.BOUND:
        if binding_secret is None:
            raise ValueError("a bound slot needs the binding secret")
        material = stretched + binding_secret
    else:
        material = stretched
    info = b"exitdesk passphrase kek v1|" + binding.value.encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(material)


def recovery_kek(secret: bytes, kdf: HkdfKdf) -> bytes:
    # 128 random bits need no stretching; HKDF only separates this key from every other use.
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=_unb64(kdf.salt),
        info=b"exitdesk recovery kek v1",
    ).derive(secret)


def new_passphrase_slot(
    vault_id: str,
    data_key: bytes,
    passphrase: str,
    params: KdfParams,
    binding: BindingStatus,
    binding_secret: bytes | None,
) -> tuple[PassphraseSlot, bytes]:
    """A fresh slot (new salt) and the KEK it was wrapped with."""
    if not passphrase.strip():
        raise WeakPassphraseError(QT_TRANSLATE_NOOP("Errors", "the passphrase must not be empty"))
    params.require_allowed()
    kdf = Argon2Kdf(
        name="argon2id",
        memory_kib=params.memory_kib,
        iterations=params.iterations,
        lanes=params.lanes,
        salt=_b64(secrets.token_bytes(_SALT_BYTES)),
    )
    kek = passphrase_kek(passphrase, kdf, binding, binding_secret)
    return rewrap_passphrase_slot(vault_id, data_key, kek, kdf, binding), kek


def rewrap_passphrase_slot(
    vault_id: str, data_key: bytes, kek: bytes, kdf: Argon2Kdf, binding: BindingStatus
) -> PassphraseSlot:
    """Wrap ``data_key`` under an already derived KEK (used by rekey, which has no passphrase)."""
    unsigned = PassphraseSlot(
        id=secrets.token_hex(8),
        type="passphrase",
        binding=binding,
        kdf=kdf,
        nonce=_b64(b"\x00" * _NONCE_BYTES),
        wrapped_key=_b64(b"\x00" * (DATA_KEY_BYTES + 16)),
    )
    nonce = secrets.token_bytes(_NONCE_BYTES)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _associated_data(vault_id, unsigned))
    return unsigned.model_copy(update={"nonce": _b64(nonce), "wrapped_key": _b64(wrapped)})


def new_recovery_slot(vault_id: str, data_key: bytes, secret: bytes) -> RecoverySlot:
    kdf = HkdfKdf(name="hkdf-sha256", salt=_b64(secrets.token_bytes(_SALT_BYTES)))
    unsigned = RecoverySlot(
        id=secrets.token_hex(8),
        type="recovery",
        kdf=kdf,
        nonce=_b64(b"\x00" * _NONCE_BYTES),
        wrapped_key=_b64(b"\x00" * (DATA_KEY_BYTES + 16)),
    )
    nonce = secrets.token_bytes(_NONCE_BYTES)
    kek = recovery_kek(secret, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _associated_data(vault_id, unsigned))
    return unsigned.model_copy(update={"nonce": _b64(nonce), "wrapped_key": _b64(wrapped)})


def unwrap(vault_id: str, slot: PassphraseSlot | RecoverySlot, kek: bytes) -> bytes | None:
    """The data key, or ``None`` when the KEK (passphrase, code, binding) or the slot is wrong."""
    try:
        key = AESGCM(kek).decrypt(
            _unb64(slot.nonce), _unb64(slot.wrapped_key), _associated_data(vault_id, slot)
        )
    except InvalidTag:
        return None
    return key if len(key) == DATA_KEY_BYTES else None


def build_keyslots(
    vault_id: str, passphrase_slot: PassphraseSlot, recovery_slot: RecoverySlot
) -> KeySlotFile:
    return KeySlotFile(
        format="exitdesk-keyslots",
        version=1,
        vault_id=vault_id,
        slots=[passphrase_slot, recovery_slot],
    )


# ---------------------------------------------------------------------------------------------
# Recovery codes: 128 bits as 8 groups of 6 digits. Each group is a 16-bit value times 11, so
# every single mistyped digit and every swap of two neighbouring digits breaks that group's
# divisibility by 11 and the group can be named (BitLocker uses the same scheme).


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(RECOVERY_SECRET_BYTES)


def format_recovery_code(secret: bytes) -> str:
    if len(secret) != RECOVERY_SECRET_BYTES:
        raise ValueError("a recovery secret is 16 bytes")
    groups = []
    for i in range(RECOVERY_GROUPS):
        value = int.from_bytes(secret[2 * i : 2 * i + 2], "big")
        groups.append(f"{value * 11:06d}")
    return "-".join(groups)


def parse_recovery_code(text: str) -> bytes:
    """The secret in a typed recovery code. Spaces and dashes anywhere are ignored; a wrong
    length or a group failing its check raises ``InvalidRecoveryCodeError`` naming the group."""
    digits = "".join(ch for ch in text if not ch.isspace() and ch not in "-‐‑–—")
    if not digits.isascii() or not digits.isdigit():
        raise InvalidRecoveryCodeError(
            QT_TRANSLATE_NOOP(
                "Errors", "the recovery code may contain only digits, spaces and dashes"
            )
        )
    expected = RECOVERY_GROUPS * RECOVERY_GROUP_DIGITS
    if len(digits) != expected:
        raise InvalidRecoveryCodeError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the recovery code has {expected} digits in {groups} groups of {group_digits}; {typed} were typed",  # noqa: E501
            ),
            expected=expected,
            groups=RECOVERY_GROUPS,
            group_digits=RECOVERY_GROUP_DIGITS,
            typed=len(digits),
        )
    secret = bytearray()
    bad: list[int] = []
    for i in range(RECOVERY_GROUPS):
        group = int(digits[i * RECOVERY_GROUP_DIGITS : (i + 1) * RECOVERY_GROUP_DIGITS])
        if group % 11 != 0 or group // 11 > 0xFFFF:
            bad.append(i + 1)
            continue
        secret += (group // 11).to_bytes(2, "big")
    if len(bad) == 1:
        raise InvalidRecoveryCodeError(
            QT_TRANSLATE_NOOP("Errors", "group {group} of the recovery code is mistyped"),
            group=bad[0],
        )
    if bad:
        raise InvalidRecoveryCodeError(
            QT_TRANSLATE_NOOP(
                "Errors", "groups {groups} and {last} of the recovery code are mistyped"
            ),
            groups=", ".join(str(n) for n in bad[:-1]),
            last=bad[-1],
        )
    return bytes(secret)


# ---------------------------------------------------------------------------------------------
# Device binding through the OS keyring


@dataclass(frozen=True)
class BindingResult:
    status: BindingStatus
    detail: str
    secret: bytes | None


def _keyring_unusable_reason() -> str | None:
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # keyring backends raise whatever their platform library raises
        return f"the system keyring could not be loaded ({type(exc).__name__})"
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return "no system keyring is available on this computer"
    return None


def bind_to_keyring(vault_id: str) -> BindingResult:
    """Store a fresh binding secret for ``vault_id`` in the keyring, or explain why not."""
    reason = _keyring_unusable_reason()
    if reason is None:
        secret = secrets.token_bytes(_BINDING_SECRET_BYTES)
        try:
            keyring.set_password(KEYRING_SERVICE, vault_id, _b64(secret))
            stored = keyring.get_password(KEYRING_SERVICE, vault_id)
        except Exception as exc:  # see above: any backend failure means "not bound"
            reason = f"the system keyring refused to store the secret ({type(exc).__name__})"
        else:
            if stored == _b64(secret):
                return BindingResult(
                    BindingStatus.BOUND,
                    "the vault is bound to this computer's keyring; elsewhere it opens only "
                    "with the recovery code",
                    secret,
                )
            reason = "the system keyring did not keep the secret"
    return BindingResult(
        BindingStatus.UNAVAILABLE,
        f"{reason}; the vault is protected by the passphrase alone",
        None,
    )


_BINDING_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "the keyring entry for this vault is damaged; open it with the recovery code"
)


def binding_secret(vault_id: str) -> bytes:
    """The secret a bound slot needs, or ``DeviceBindingError``."""
    try:
        stored = keyring.get_password(KEYRING_SERVICE, vault_id)
    except Exception as exc:  # any backend failure is "cannot reach the binding secret"
        raise DeviceBindingError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this vault is bound to a computer's keyring, which cannot be reached here; open it with the recovery code",  # noqa: E501
            )
        ) from exc
    if stored is None:
        raise DeviceBindingError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this vault is bound to another computer or user account; open it with the recovery code",  # noqa: E501
            )
        )
    try:
        secret = _unb64(stored)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise DeviceBindingError(_BINDING_DAMAGED) from exc
    if len(secret) != _BINDING_SECRET_BYTES:
        raise DeviceBindingError(_BINDING_DAMAGED)
    return secret


def forget_binding(vault_id: str) -> None:
    """Remove the keyring entry (undoing a failed creation); missing entries are fine."""
    # Best effort cleanup: a backend failure here has nothing useful to report.
    with contextlib.suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, vault_id)
