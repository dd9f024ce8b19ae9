"""Contact cards: a short self-signed text file with a worker's public identity, safe to mail."""

from __future__ import annotations

import re
from datetime import datetime

from exitdesk.domain.clock import Clock
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange.canonical import canonical_json, format_timestamp, parse_timestamp
from exitdesk.exchange.errors import CardError
from exitdesk.exchange.identity import Identity, PublicIdentity

CARD_SIGNATURE_PREFIX = b"ExitDesk contact card v1\x00"
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


def make_card(identity: Identity, clock: Clock) -> str:
    """The contact card text for ``identity``, created now (to the second), ending in a newline."""
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
    lines = [CARD_BEGIN, *(f"{k}: {v}" for k, v in zip(CARD_FIELDS, values, strict=True)), CARD_END]
    return "\n".join(lines) + "\n"


def parse_card_with_date(text: str) -> tuple[PublicIdentity, datetime]:
    """Like ``parse_card`` and also the card's creation time, to tell a newer card apart."""
    if len(text.encode("utf-8", errors="replace")) > MAX_CARD_BYTES:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "this contact card is too large to be genuine"))
    # Mail may turn line ends into CRLF and add blank lines around; nothing else is tolerated.
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    if len(lines) != len(CARD_FIELDS) + 2 or lines[0] != CARD_BEGIN or lines[-1] != CARD_END:
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
    return public, created


def parse_card(text: str) -> PublicIdentity:
    """The public identity on a card; ``CardError`` with one plain line if anything is off."""
    return parse_card_with_date(text)[0]
