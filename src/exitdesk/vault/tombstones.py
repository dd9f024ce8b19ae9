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
from collections.abc import Iterator
from contextlib import contextmanager
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
_UNWRITABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "the tombstone journal in the state folder cannot be written; free space or fix its permissions and try again",  # noqa: E501
)


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


class _Fold:
    """What the trusted lines say so far, folded line by line (so an append can add its own
    line without reading the file again)."""

    def __init__(self) -> None:
        self.uids: dict[str, None] = {}
        self.handovers: list[HandedOver] = []
        self.sent: dict[str, int] = {}
        self.shared: dict[tuple[str, str], None] = {}

    def add(self, kind: str, uid: str, extra: str | None) -> None:
        if kind == HANDED_OVER:
            assert extra is not None
            self.handovers.append(HandedOver(uid, extra))
        elif kind == SENT:
            assert extra is not None
            self.sent[uid] = max(self.sent.get(uid, 0), int(extra))
        elif kind == SHARED:
            assert extra is not None
            self.shared[(uid, extra)] = None
        else:
            self.uids[uid] = None

    def read(self, intact: bool) -> JournalRead:
        return JournalRead(
            tuple(self.uids),
            intact,
            tuple(self.handovers),
            tuple(self.sent.items()),
            tuple(self.shared),
        )


def _walk(path: Path, key: bytes) -> tuple[JournalRead, bytes]:
    try:
        with open(path, "rb") as journal:
            identity = _identity(os.fstat(journal.fileno()))
            text = journal.read().decode("ascii")
    except FileNotFoundError:
        return JournalRead((), True), _GENESIS
    except (OSError, UnicodeDecodeError):
        return JournalRead((), False), _GENESIS
    fold = _Fold()
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
        assert kind is not None
        fold.add(kind, match.group(2), match.group(4))
    if intact and text.endswith("\n"):
        _tails[path] = (identity, _key_id(key), previous, fold)
    return fold.read(intact), previous


def _extra_fits(kind: str | None, extra: str | None) -> bool:
    """A hand-over line names its acknowledgement, a sent line its number; a purge line has
    neither."""
    if kind in (HANDED_OVER, SHARED):
        return extra is not None and len(extra) == 32
    if kind == SENT:
        return extra is not None and _NUMBER.match(extra) is not None
    return extra is None


def read_journal(path: Path, key: bytes) -> JournalRead:
    cached = _cached(path, key)
    if cached is not None:
        return cached[1].read(True)
    return _walk(path, key)[0]


# For each journal this process read whole and intact or appended to: the file's identity then
# (inode, size, modification time), a digest naming the key (never the key), the last line's
# mac and what the lines say. While nobody else wrote to the file, an append (one per bundle
# sent) need not re-check it, nor a read (one per hand-over completed) read it again.
_tails: dict[Path, tuple[tuple[int, int, int], bytes, bytes, _Fold]] = {}
# Journals whose appends wait for one fsync at the end of a batch (see ``deferred_sync``).
_deferring: dict[Path, bool] = {}


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


def _cached(path: Path, key: bytes) -> tuple[bytes, _Fold] | None:
    cached = _tails.get(path)
    try:
        now = _identity(path.stat())
    except OSError:
        return None
    if cached is not None and cached[0] == now and cached[1] == _key_id(key):
        return cached[2], cached[3]
    return None


def _last_mac(path: Path, key: bytes) -> tuple[bytes, _Fold | None]:
    cached = _cached(path, key)
    if cached is not None:
        return cached
    previous = _walk(path, key)[1]
    again = _cached(path, key)
    return previous, None if again is None else again[1]


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
    previous, fold = _last_mac(path, key)
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
            if path in _deferring:
                _deferring[path] = True
            else:
                os.fsync(fd)
            mac = bytes.fromhex(line.rsplit(" ", 1)[1])
            if fold is not None:
                fold.add(kind, _hex(uid), extra)
                _tails[path] = (_identity(os.fstat(fd)), _key_id(key), mac, fold)
            else:
                _tails.pop(path, None)
        finally:
            os.close(fd)
    except OSError as exc:
        # The purge it records rolls back with it: better retried than done without a trace.
        raise VaultError(_UNWRITABLE) from exc


@contextmanager
def deferred_sync(path: Path) -> Iterator[None]:
    """Appends inside this block are written at once but fsynced together when it ends: for a
    batch inside one database transaction, leave the block before the commit, so every line is
    on disk before what it records is (the one order the journal needs). A failed fsync raises
    the journal's plain error, which rolls the transaction back."""
    if path in _deferring:  # nested: the outer block syncs
        yield
        return
    _deferring[path] = False
    try:
        yield
    except BaseException:
        # The transaction rolls back: its lines only make more purges happen later, and a
        # failing fsync here would hide the real cause.
        _deferring.pop(path, None)
        raise
    if _deferring.pop(path):
        _sync(path)


def _sync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise VaultError(_UNWRITABLE) from exc
