"""Contact cards: a short self-signed text file with a worker's public identity, safe to mail."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from exitdesk.domain.clock import Clock
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange.canonical import canonical_json, format_timestamp, parse_timestamp
from exitdesk.exchange.errors import CardError
from exitdesk.exchange.identity import Identity, PublicIdentity

CARD_SIGNATURE_PREFIX = b"ExitDesk contact card v1\x00"
KEY_CHANGE_PREFIX = b"ExitDesk key change v1\x00"
KEY_CHANGE_FIELD = "Key-Change"
CARD_BEGIN = "-----BEGIN EXITDESK CONTACT CARD-----"
CARD_END = "-----END EXITDESK CONTACT CARD-----"
MAX_CARD_BYTES = 4096
CARD_FIELDS = (
    "Version",
    "Name",
    "Party",
    "Signing-Key",
    "Age-Recipient",
    "Fingerprint",
    "Created",
    "Signature",
)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX128 = re.compile(r"^[0-9a-f]{128}$")
_KEY_CHANGE = re.compile(r"^([0-9a-f]{64}) ([0-9a-f]{128})$")


@dataclass(frozen=True)
class KeyChange:
    """A card's claim that it replaces an older key: the old key's fingerprint and its
    signature over the new card (``key_change_signed_bytes``). Only a receiver holding the old
    key as verified can check it."""

    old_fingerprint: str
    signature: bytes

    def signed_by(self, old: PublicIdentity, new: PublicIdentity, created: datetime) -> bool:
        return old.fingerprint == self.old_fingerprint and old.verify(
            self.signature, key_change_signed_bytes(new, created)
        )


@dataclass(frozen=True)
class ParsedCard:
    public: PublicIdentity
    created: datetime
    key_change: KeyChange | None


def card_signed_bytes(public: PublicIdentity, created: datetime) -> bytes:
    """What the self-signature covers: the prefix and a canonical JSON of the card's content."""
    content = canonical_json(
        {
            "age_recipient": public.age_recipient,
            "created": format_timestamp(created),
            "name": public.name,
            "party_id": public.party_id,
            "signing_key": public.signing_key.hex(),
            "version": 1,
        }
    )
    return CARD_SIGNATURE_PREFIX + content


def key_change_signed_bytes(new: PublicIdentity, created: datetime) -> bytes:
    """What the old key signs in a key change: its own prefix, then exactly what the new card's
    self-signature covers (so the old key vouches for the new keys, name, party and date)."""
    return KEY_CHANGE_PREFIX + card_signed_bytes(new, created)


def make_card(identity: Identity, clock: Clock, *, replaces: Identity | None = None) -> str:
    """The contact card text for ``identity``, created now (to the second), ending in a newline.
    With ``replaces``, the card carries a key change signed by that older identity."""
    created = clock().replace(microsecond=0)
    public = identity.public
    signature = identity.sign(card_signed_bytes(public, created))
    values = (
        "1",
        public.name,
        public.party_id,
        public.signing_key.hex(),
        public.age_recipient,
        public.fingerprint,
        format_timestamp(created),
        signature.hex(),
    )
    lines = [CARD_BEGIN, *(f"{k}: {v}" for k, v in zip(CARD_FIELDS, values, strict=True))]
    if replaces is not None:
        old_signature = replaces.sign(key_change_signed_bytes(public, created))
        lines.append(f"{KEY_CHANGE_FIELD}: {replaces.public.fingerprint} {old_signature.hex()}")
    lines.append(CARD_END)
    return "\n".join(lines) + "\n"


def parse_card_with_date(text: str) -> tuple[PublicIdentity, datetime]:
    """Like ``parse_card`` and also the card's creation time, to tell a newer card apart."""
    parsed = parse_card_full(text)
    return parsed.public, parsed.created


def parse_card_full(text: str) -> ParsedCard:
    """The card's identity, creation time and key change line (if any); ``CardError`` with one
    plain line if anything is off. The key change is only parsed here, not checked."""
    if len(text.encode("utf-8", errors="replace")) > MAX_CARD_BYTES:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "this contact card is too large to be genuine"))
    # Mail may turn line ends into CRLF and add blank lines around; nothing else is tolerated.
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    if len(lines) < 2 or lines[0] != CARD_BEGIN or lines[-1] != CARD_END:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "this is not an ExitDesk contact card"))
    key_change: KeyChange | None = None
    if len(lines) == len(CARD_FIELDS) + 3:
        key_change = _key_change(lines.pop(-2))
    if len(lines) != len(CARD_FIELDS) + 2:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "this is not an ExitDesk contact card"))
    values: list[str] = []
    for line, field_name in zip(lines[1:-1], CARD_FIELDS, strict=True):
        prefix = f"{field_name}: "
        if not line.startswith(prefix):
            raise CardError(
                QT_TRANSLATE_NOOP("Errors", "this contact card has a missing or unexpected line")
            )
        values.append(line[len(prefix) :])
    version, name, party, signing_hex, age_recipient, fingerprint, created_text, sig_hex = values
    if version != "1":
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this contact card was made by a newer version of ExitDesk")
        )
    if not _HEX64.match(signing_hex) or not _HEX128.match(sig_hex):
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this contact card has a damaged key or signature line")
        )
    try:
        public = PublicIdentity(name, party, bytes.fromhex(signing_hex), age_recipient)
        created = parse_timestamp(created_text)
    except ValueError:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this contact card has an invalid name, party, key or date")
        ) from None
    if created.microsecond:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this contact card has an invalid name, party, key or date")
        )
    if fingerprint != public.fingerprint:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this contact card's fingerprint does not match its key")
        )
    if not public.verify(bytes.fromhex(sig_hex), card_signed_bytes(public, created)):
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this contact card was changed after it was signed")
        )
    return ParsedCard(public, created, key_change)


def _key_change(line: str) -> KeyChange:
    prefix = f"{KEY_CHANGE_FIELD}: "
    match = _KEY_CHANGE.match(line[len(prefix) :]) if line.startswith(prefix) else None
    if match is None:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this contact card has a missing or unexpected line")
        )
    return KeyChange(match.group(1), bytes.fromhex(match.group(2)))


def parse_card(text: str) -> PublicIdentity:
    """The public identity on a card; ``CardError`` with one plain line if anything is off."""
    return parse_card_with_date(text)[0]
