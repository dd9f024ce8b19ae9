"""Safety numbers: 60 digits two workers read to each other to confirm they hold each other's
real keys; the same on both sides; and a QR code of them."""

from __future__ import annotations

import functools
import hashlib
import io

import segno

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange.errors import SafetyNumberError
from exitdesk.exchange.identity import PublicIdentity

SAFETY_NUMBER_VERSION = b"\x00\x01"
SAFETY_NUMBER_ITERATIONS = 5200
SAFETY_NUMBER_DIGITS = 60
_GROUP = 5


def _half(identity: PublicIdentity) -> str:
    return _half_of(identity.signing_key, identity.party_id)


@functools.lru_cache(maxsize=256)
def _half_of(signing_key: bytes, party_id: str) -> str:
    # Iterated like Signal's so that searching for a key with a chosen number is expensive. The
    # half depends only on the public key and party, so it is worked out once per key (every
    # export and import shows the contact's number, and 5,200 SHA-512s are ~7 ms).
    stable_id = b"ExitDesk safety number v1\x00" + party_id.encode("ascii")
    digest = hashlib.sha512(SAFETY_NUMBER_VERSION + signing_key + stable_id).digest()
    for _ in range(SAFETY_NUMBER_ITERATIONS - 1):
        digest = hashlib.sha512(digest + signing_key).digest()
    chunks = (int.from_bytes(digest[i : i + 5], "big") % 100_000 for i in range(0, 30, 5))
    return "".join(f"{chunk:05d}" for chunk in chunks)


def safety_number(a: PublicIdentity, b: PublicIdentity) -> str:
    """The 60-digit safety number of two identities, without spaces; order does not matter."""
    return "".join(sorted((_half(a), _half(b))))


def format_safety_number(number: str, *, groups_per_line: int | None = None) -> str:
    """Twelve groups of five digits separated by spaces, or by newlines every
    ``groups_per_line`` groups for display."""
    digits = parse_safety_number(number)
    groups = [digits[i : i + _GROUP] for i in range(0, SAFETY_NUMBER_DIGITS, _GROUP)]
    if groups_per_line is None:
        return " ".join(groups)
    rows = [groups[i : i + groups_per_line] for i in range(0, len(groups), groups_per_line)]
    return "\n".join(" ".join(row) for row in rows)


def parse_safety_number(text: str) -> str:
    """The 60 digits of a number typed with or without spaces; ``SafetyNumberError`` otherwise."""
    digits = "".join(text.split())
    if len(digits) != SAFETY_NUMBER_DIGITS or not (digits.isascii() and digits.isdigit()):
        raise SafetyNumberError(
            QT_TRANSLATE_NOOP("Errors", "a safety number is 60 digits, in twelve groups of five")
        )
    return digits


def _qr(number: str) -> segno.QRCode:
    return segno.make(parse_safety_number(number), error="m", mode="numeric", micro=False)


def safety_number_qr_matrix(number: str) -> list[list[bool]]:
    """The QR code of the number as rows of dark (True) modules, without the quiet zone, for
    drawing with any toolkit."""
    return [[bool(module) for module in row] for row in _qr(number).matrix]


def safety_number_qr_svg(number: str, *, scale: int = 4) -> str:
    """The QR code of the number as SVG text (no XML declaration), for display or printing."""
    buffer = io.BytesIO()
    _qr(number).save(buffer, kind="svg", scale=scale, xmldecl=False, svgns=True)
    return buffer.getvalue().decode("utf-8")
