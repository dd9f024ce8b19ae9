"""The outer age v1 layer, read strictly without keys: pyrage accepts some malformed headers,
so the shape of the header is checked here before anything is decrypted."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_HEADER_BYTES = 64 * 1024
MAX_STANZAS = 256
_B64_ALPHABET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_NONCE = 16
_TAG = 16
_NONCE_AND_TAG = _NONCE + _TAG
_CHUNK_WITH_TAG = 64 * 1024 + _TAG
_WORK_FACTOR = re.compile(rb"^[1-9][0-9]?$")
_P = 2**255 - 19
# Curve25519 points of small order and their encodings p-1, p, p+1: a share equal to one of
# them makes the shared secret all zeros, which age rejects.
_SMALL_ORDER = frozenset(
    n.to_bytes(32, "little")
    for n in (
        0,
        1,
        325606250916557431795983626356110631294008115727848805560023387167927233504,
        39382357235489614581723060781553021112529911719440698176882885853963445705823,
        _P - 1,
        _P,
        _P + 1,
    )
)


class AgeHeaderError(ValueError):
    """The bytes are not a well-formed binary age v1 file; the message says which rule."""


@dataclass(frozen=True)
class AgeHeader:
    stanza_types: tuple[str, ...]
    header_length: int

    @property
    def x25519_stanzas(self) -> int:
        return self.stanza_types.count("X25519")


@dataclass(frozen=True)
class OuterInfo:
    """What can be told about a file without any key. ``recipient_stanzas`` counts X25519
    stanzas: every recipient plus the sender's own; other stanzas are age's random grease."""

    size: int
    is_age: bool
    recipient_stanzas: int
    other_stanzas: int
    problem: str | None


def _canonical_b64(text: bytes, *, exact_length: int | None = None) -> bytes:
    if any(c not in _B64_ALPHABET for c in text):
        raise AgeHeaderError("a header line is not base64")
    try:
        decoded = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise AgeHeaderError("a header line is not base64") from None
    if base64.b64encode(decoded).rstrip(b"=") != text:
        raise AgeHeaderError("a header line is not canonical base64")
    if exact_length is not None and len(decoded) != exact_length:
        raise AgeHeaderError("a header value has the wrong length")
    return decoded


def _line(data: bytes, start: int) -> tuple[bytes, int]:
    end = data.find(b"\n", start, min(len(data), MAX_HEADER_BYTES))
    if end < 0:
        raise AgeHeaderError("the header is cut short or too long")
    return data[start:end], end + 1


def parse_age_header(data: bytes) -> AgeHeader:
    """Check the header of a binary age v1 file line by line, as the age specification writes
    it; ``AgeHeaderError`` on the first deviation."""
    if not data.startswith(AGE_MAGIC):
        raise AgeHeaderError("the file does not start like an age v1 file")
    pos = len(AGE_MAGIC)
    types: list[str] = []
    while True:
        line, pos = _line(data, pos)
        if line.startswith(b"--- "):
            _canonical_b64(line[4:], exact_length=32)
            break
        if not line.startswith(b"-> "):
            raise AgeHeaderError("a header line is neither a stanza nor the end of the header")
        args = line[3:].split(b" ")
        if any(not arg or any(c < 0x21 or c > 0x7E for c in arg) for arg in args):
            raise AgeHeaderError("a stanza line has empty or non-printable arguments")
        stanza_type = args[0].decode("ascii")
        body = bytearray()
        while True:
            body_line, pos = _line(data, pos)
            if len(body_line) > 64:
                raise AgeHeaderError("a stanza body line is too long")
            body += _canonical_b64(body_line)
            if len(body_line) < 64:
                break
        _check_stanza(stanza_type, args, bytes(body))
        types.append(stanza_type)
        if len(types) > MAX_STANZAS:
            raise AgeHeaderError("the header has too many stanzas")
    if not types:
        raise AgeHeaderError("the header has no recipients")
    if "scrypt" in types and len(types) > 1:
        raise AgeHeaderError("a passphrase stanza must be the only stanza")
    _check_payload_length(len(data) - pos)
    return AgeHeader(tuple(types), pos)


def _check_stanza(stanza_type: str, args: list[bytes], body: bytes) -> None:
    """The rules of the two stanza types the age specification defines; others are grease."""
    if stanza_type == "X25519":
        if len(args) != 2:
            raise AgeHeaderError("an X25519 stanza has the wrong number of arguments")
        share = _canonical_b64(args[1], exact_length=32)
        if share in _SMALL_ORDER:
            raise AgeHeaderError("an X25519 stanza has an invalid share")
        if len(body) != 32:
            raise AgeHeaderError("an X25519 stanza body has the wrong length")
    elif stanza_type == "scrypt":
        if len(args) != 3:
            raise AgeHeaderError("a passphrase stanza has the wrong number of arguments")
        _canonical_b64(args[1], exact_length=16)
        if not _WORK_FACTOR.match(args[2]):
            raise AgeHeaderError("a passphrase stanza has an invalid work factor")
        if len(body) != 32:
            raise AgeHeaderError("a passphrase stanza body has the wrong length")


def _check_payload_length(length: int) -> None:
    """A nonce, then chunks of 64 KiB plus a tag; the last may be shorter but not shorter than
    its tag, and only a file with no plaintext at all ends with an empty chunk."""
    chunks = length - _NONCE
    if chunks < _TAG:
        raise AgeHeaderError("the encrypted payload is cut short")
    last = chunks % _CHUNK_WITH_TAG
    if 0 < last < _TAG or (last == _TAG and chunks > _TAG):
        raise AgeHeaderError("the encrypted payload ends with a malformed chunk")


def inspect_without_keys(data: bytes) -> OuterInfo:
    """Size, whether the file is a well-formed age v1 file, and how many recipient stanzas it
    has. Says nothing about sender or recipients: the format hides them by design."""
    try:
        header = parse_age_header(data)
    except AgeHeaderError as error:
        problem = "the file is empty" if not data else str(error)
        return OuterInfo(len(data), False, 0, 0, problem)
    x25519 = header.x25519_stanzas
    return OuterInfo(len(data), True, x25519, len(header.stanza_types) - x25519, None)
