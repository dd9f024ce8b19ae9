"""The tombstone journal: the consents whose received records were purged, kept outside the
vault folder so that restoring an older backup cannot bring purged data back unnoticed.

One file per vault in the per-user state folder (named by a hash of the vault id, like the
unlock throttle's), append-only text lines ``v1 <kind> <consent uid> <time> <mac>``. Each MAC
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
KINDS = ("withdrawn", "expired", "purged")
_GENESIS = bytes(32)
_LINE = re.compile(r"^v1 ([a-z]+) ([0-9a-f]{32}) (\S+) ([0-9a-f]{64})$")


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
class JournalRead:
    consent_uids: tuple[str, ...]  # in the order purged, each once, from the trusted lines
    intact: bool  # False: a line failed its check (edited, reordered, forged or damaged)


def _mac(key: bytes, previous: bytes, fields: str) -> bytes:
    return hmac.new(key, previous + fields.encode("ascii"), hashlib.sha256).digest()


def _walk(path: Path, key: bytes) -> tuple[list[str], bool, bytes]:
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return [], True, _GENESIS
    except (OSError, UnicodeDecodeError):
        return [], False, _GENESIS
    uids: list[str] = []
    previous = _GENESIS
    for line in text.splitlines():
        match = _LINE.match(line)
        if match is None or match.group(1) not in KINDS:
            return uids, False, previous
        fields = line.rsplit(" ", 1)[0]
        expected = _mac(key, previous, fields)
        if not hmac.compare_digest(expected.hex(), match.group(4)):
            return uids, False, previous
        previous = expected
        if match.group(2) not in uids:
            uids.append(match.group(2))
    return uids, True, previous


def read_journal(path: Path, key: bytes) -> JournalRead:
    uids, intact, _ = _walk(path, key)
    return JournalRead(tuple(uids), intact)


def append_tombstone(path: Path, key: bytes, kind: str, consent_uid: str, at: datetime) -> None:
    """Append one line and fsync it. Chained to the last trusted line; if the file failed its
    check the new line is still written (it only makes more purges happen, never fewer)."""
    assert kind in KINDS
    uid = consent_uid.replace("-", "").lower()
    _, _, previous = _walk(path, key)
    fields = f"v1 {kind} {uid} {zulu_utc(at)}"
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
