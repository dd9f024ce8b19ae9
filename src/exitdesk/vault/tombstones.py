"""The tombstone journal: the consents whose received records were purged, and the cases whose
hand-over was acknowledged, kept outside the vault folder so that restoring an older backup
cannot bring purged or handed-over data back unnoticed.

One file per vault in the per-user state folder (named by a hash of the vault id, like the
unlock throttle's), append-only text lines ``v1 <kind> <consent uid> <time> <mac>``, or for a
hand-over ``v1 handedover <participant uid> <time> <acknowledgement bundle id> <mac>``. Each MAC
is HMAC-SHA256 under a key derived (HKDF-SHA256) from the vault's own secret key, over the
previous line's MAC and this line's fields, so an edited, reordered or forged line is detected;
lines after the first bad one are not trusted."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.errors import VaultError
from exitdesk.vault.fsutil import make_private_dir
from exitdesk.vault.repositories._sql import zulu_utc
from exitdesk.vault.throttle import default_state_dir

JOURNAL_KEY_INFO = b"exitdesk tombstone journal v1"
PURGE_KINDS = ("withdrawn", "expired", "purged")
HANDED_OVER = "handedover"
KINDS = (*PURGE_KINDS, HANDED_OVER)
_GENESIS = bytes(32)
_LINE = re.compile(r"^v1 ([a-z]+) ([0-9a-f]{32}) (\S+?)(?: ([0-9a-f]{32}))? ([0-9a-f]{64})$")


def derive_journal_key(secret: bytes, vault_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=vault_id.encode("ascii"),
        info=JOURNAL_KEY_INFO,
    ).derive(secret)


def journal_path(vault_id: str, state_dir: Path | None = None) -> Path:
    folder = state_dir if state_dir is not None else default_state_dir()
    digest = hashlib.sha256(b"exitdesk-tombstones\x00" + vault_id.encode("ascii")).hexdigest()
    return folder / f"{digest[:32]}.tombstones"


@dataclass(frozen=True)
class HandedOver:
    participant_uid: str  # 32 hex: the case whose copy here the acknowledgement removed
    ack_bundle_id: str  # 32 hex: that acknowledgement, logged as imported once it has been applied


@dataclass(frozen=True)
class JournalRead:
    consent_uids: tuple[str, ...]  # in the order purged, each once, from the trusted lines
    intact: bool  # False: a line failed its check (edited, reordered, forged or damaged)
    handovers: tuple[HandedOver, ...] = ()  # in the order acknowledged, from the trusted lines


def _mac(key: bytes, previous: bytes, fields: str) -> bytes:
    return hmac.new(key, previous + fields.encode("ascii"), hashlib.sha256).digest()


def _walk(path: Path, key: bytes) -> tuple[JournalRead, bytes]:
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return JournalRead((), True), _GENESIS
    except (OSError, UnicodeDecodeError):
        return JournalRead((), False), _GENESIS
    uids: list[str] = []
    handovers: list[HandedOver] = []
    previous = _GENESIS
    intact = True
    for line in text.splitlines():
        match = _LINE.match(line)
        kind = None if match is None else match.group(1)
        # A hand-over line names its acknowledgement; a purge line has no such field.
        if match is None or kind not in KINDS or (kind == HANDED_OVER) != bool(match.group(4)):
            intact = False
            break
        fields = line.rsplit(" ", 1)[0]
        expected = _mac(key, previous, fields)
        if not hmac.compare_digest(expected.hex(), match.group(5)):
            intact = False
            break
        previous = expected
        if kind == HANDED_OVER:
            handovers.append(HandedOver(match.group(2), match.group(4)))
        elif match.group(2) not in uids:
            uids.append(match.group(2))
    return JournalRead(tuple(uids), intact, tuple(handovers)), previous


def read_journal(path: Path, key: bytes) -> JournalRead:
    return _walk(path, key)[0]


def _hex(uid: str) -> str:
    return uid.replace("-", "").lower()


def append_tombstone(
    path: Path, key: bytes, kind: str, uid: str, at: datetime, ack_bundle_id: str | None = None
) -> None:
    """Append one line and fsync it: a purge under consent ``uid``, or (kind ``handedover``,
    with ``ack_bundle_id``) the removal of case ``uid`` on a hand-over's acknowledgement.
    Chained to the last trusted line; if the file failed its check the new line is still
    written (it only makes more purges happen, never fewer)."""
    assert kind in KINDS and (kind == HANDED_OVER) == (ack_bundle_id is not None)
    _, previous = _walk(path, key)
    fields = f"v1 {kind} {_hex(uid)} {zulu_utc(at)}"
    if ack_bundle_id is not None:
        fields += f" {_hex(ack_bundle_id)}"
    line = f"{fields} {_mac(key, previous, fields).hex()}\n"
    make_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        # The purge it records rolls back with it: better retried than done without a trace.
        raise VaultError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the tombstone journal in the state folder cannot be written; free space or fix its permissions and try again",  # noqa: E501
            )
        ) from exc
