"""The tombstone journal: the consents whose received records were purged, and the cases whose
hand-over was acknowledged, kept outside the vault folder so that restoring an older backup
cannot bring purged or handed-over data back unnoticed.

One file per vault in the per-user state folder (named by a hash of the vault id, like the
unlock throttle's), append-only text lines ``v1 <kind> <consent uid> <time> <mac>``, or for a
hand-over ``v1 handedover <participant uid> <time> <acknowledgement bundle id> <mac>``, or for
an outgoing bundle ``v1 sent <recipient key> <time> <sequence number> <mac>`` (the recipient
key is the first 32 hex digits of the recipient's fingerprint), so a restored vault numbers its
next bundles after those its contacts have already seen. Each MAC
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
SENT = "sent"
SHARED = "shared"  # ``v1 shared <consent uid> <time> <recipient key> <mac>``
KINDS = (*PURGE_KINDS, HANDED_OVER, SENT, SHARED)
_GENESIS = bytes(32)
_LINE = re.compile(
    r"^v1 ([a-z]+) ([0-9a-f]{32}) (\S+?)(?: ([0-9a-f]{32}|[1-9][0-9]{0,15}))? ([0-9a-f]{64})$"
)
_NUMBER = re.compile(r"^[1-9][0-9]{0,15}$")


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
    # The highest sequence number sent to each recipient key, from the trusted lines.
    sent: tuple[tuple[str, int], ...] = ()
    # (consent uid, recipient key): data went out under that consent to that recipient.
    shared: tuple[tuple[str, str], ...] = ()


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
    sent: dict[str, int] = {}
    shared: list[tuple[str, str]] = []
    previous = _GENESIS
    intact = True
    # A last line without its newline is an append cut short (its fsync never returned, so
    # the operation it records did not either): not there yet, not damage.
    lines = text.split("\n")[:-1]
    for line in lines:
        match = _LINE.match(line)
        kind = None if match is None else match.group(1)
        if match is None or kind not in KINDS or not _extra_fits(kind, match.group(4)):
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
        elif kind == SENT:
            sent[match.group(2)] = max(sent.get(match.group(2), 0), int(match.group(4)))
        elif kind == SHARED:
            if (match.group(2), match.group(4)) not in shared:
                shared.append((match.group(2), match.group(4)))
        elif match.group(2) not in uids:
            uids.append(match.group(2))
    read = JournalRead(tuple(uids), intact, tuple(handovers), tuple(sent.items()), tuple(shared))
    return read, previous


def _extra_fits(kind: str | None, extra: str | None) -> bool:
    """A hand-over line names its acknowledgement, a sent line its number; a purge line has
    neither."""
    if kind in (HANDED_OVER, SHARED):
        return extra is not None and len(extra) == 32
    if kind == SENT:
        return extra is not None and _NUMBER.match(extra) is not None
    return extra is None


def read_journal(path: Path, key: bytes) -> JournalRead:
    return _walk(path, key)[0]


# The last line's mac of each journal this process appended to, with the file's identity then
# (inode, size, modification time) and a digest naming the key (never the key): an append (one
# per bundle sent) need not re-check the whole file while nobody else wrote to it.
_tails: dict[Path, tuple[tuple[int, int, int], bytes, bytes]] = {}


def _identity(st: os.stat_result) -> tuple[int, int, int]:
    return st.st_ino, st.st_size, st.st_mtime_ns


def _drop_torn_tail(path: Path) -> None:
    """Cut an append that was cut short (no newline at the end) before appending after it, so
    the new line is not glued onto it."""
    try:
        with open(path, "rb+") as journal:
            # Only the last byte says whether the tail is torn: a whole journal is read (to
            # find where its last line starts) only when it is.
            if journal.seek(0, os.SEEK_END) == 0:
                return
            journal.seek(-1, os.SEEK_END)
            if journal.read(1) == b"\n":
                return
            journal.seek(0)
            data = journal.read()
            if data and not data.endswith(b"\n"):
                journal.truncate(data.rfind(b"\n") + 1)
                journal.flush()
                os.fsync(journal.fileno())
    except FileNotFoundError:
        return


def _key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"exitdesk-journal-key-id\x00" + key).digest()


def _last_mac(path: Path, key: bytes) -> bytes:
    cached = _tails.get(path)
    try:
        now = _identity(path.stat())
    except OSError:
        now = (-1, -1, -1)
    if cached is not None and cached[0] == now and cached[1] == _key_id(key):
        return cached[2]
    return _walk(path, key)[1]


def _hex(uid: str) -> str:
    return uid.replace("-", "").lower()


def append_tombstone(
    path: Path, key: bytes, kind: str, uid: str, at: datetime, ack_bundle_id: str | None = None
) -> None:
    """Append one line and fsync it: a purge under consent ``uid``, or (kind ``handedover``,
    with ``ack_bundle_id``) the removal of case ``uid`` on a hand-over's acknowledgement, or
    (kind ``sent``, ``uid`` a recipient key, ``ack_bundle_id`` the decimal sequence number) an
    outgoing bundle's number. Chained to the last trusted line; if the file failed its check
    the new line is still written (it only makes more purges happen, never fewer)."""
    extra = None if ack_bundle_id is None else _hex(ack_bundle_id)
    assert kind in KINDS and _extra_fits(kind, extra)
    previous = _last_mac(path, key)
    _drop_torn_tail(path)
    fields = f"v1 {kind} {_hex(uid)} {zulu_utc(at)}"
    if extra is not None:
        fields += f" {extra}"
    line = f"{fields} {_mac(key, previous, fields).hex()}\n"
    make_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode("ascii"))
            os.fsync(fd)
            mac = bytes.fromhex(line.rsplit(" ", 1)[1])
            _tails[path] = (_identity(os.fstat(fd)), _key_id(key), mac)
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
