"""The inner bundle container: magic, version, canonical manifest, Ed25519 signature, records.
Encoding and strict parsing only; what the manifest means is checked in ``bundle``."""

from __future__ import annotations

import functools
import hashlib
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from uuid import UUID

from exitdesk.domain.consent import DataCategory
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange.canonical import (
    CanonicalJsonError,
    JsonObject,
    JsonValue,
    NestingTooDeepError,
    canonical_json,
    format_timestamp,
    parse_canonical_json,
    parse_timestamp,
)
from exitdesk.exchange.consent_record import SignedConsent, SignedWithdrawal, signed_from_json
from exitdesk.exchange.errors import (
    LimitExceededError,
    MalformedBundleError,
    RecordHashMismatchError,
    UnsupportedVersionError,
)
from exitdesk.exchange.identity import PublicIdentity

CONTAINER_MAGIC = b"EXITDESK"
CONTAINER_VERSION = 1
MANIFEST_FORMAT = 1
BUNDLE_SIGNATURE_PREFIX = b"ExitDesk bundle v1\x00"
MAX_LIFETIME = timedelta(days=30)
_HEADER = struct.Struct(">8sHI")
_U32 = struct.Struct(">I")
_SIGNATURE_LENGTH = 64
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class BundleKind(StrEnum):
    CASE_TRANSFER = "case_transfer"
    CASE_UPDATE = "case_update"
    CONSENT_WITHDRAWAL = "consent_withdrawal"
    WITHDRAWAL_ACK = "withdrawal_ack"
    TERMINATION_NOTICE = "termination_notice"
    CONTACT_CARD = "contact_card"
    WITHDRAWAL_NOTICE = "withdrawal_notice"
    CASE_HANDOVER = "case_handover"
    HANDOVER_ACK = "handover_ack"
    KNOWLEDGE_PACK = "knowledge_pack"
    # Exact counts over the coarse monitoring dimensions, for a coordinating contact: no
    # participant, no consent, exactly one statistics record.
    STATISTICS = "statistics"


# Kinds that carry participant data and so travel under a live consent covering each record.
CONSENT_GATED_KINDS = frozenset(
    {
        BundleKind.CASE_TRANSFER,
        BundleKind.CASE_UPDATE,
        BundleKind.TERMINATION_NOTICE,
        BundleKind.CASE_HANDOVER,
    }
)
# Kinds that carry a signed withdrawal and no records.
WITHDRAWAL_KINDS = frozenset(
    {BundleKind.CONSENT_WITHDRAWAL, BundleKind.WITHDRAWAL_ACK, BundleKind.WITHDRAWAL_NOTICE}
)
# Kinds that name the earlier bundle they build on or answer.
BASED_KINDS = frozenset({BundleKind.CASE_UPDATE, BundleKind.HANDOVER_ACK})


class RecordType(StrEnum):
    PARTICIPANT = "participant"
    LIFECYCLE = "lifecycle"
    NOTE = "note"
    GOAL = "goal"
    MEETING = "meeting"
    SAFETY = "safety"
    CONSENT = "consent"
    TERMINATION = "termination"
    CONTACT_CARD = "contact_card"
    KNOWLEDGE_ENTRY = "knowledge_entry"
    STATISTICS = "statistics"


@dataclass(frozen=True)
class Limits:
    """What a receiving vault accepts before doing any work on a bundle's content."""

    max_file_bytes: int = 32 * 1024 * 1024
    max_manifest_bytes: int = 4 * 1024 * 1024
    max_records: int = 5000
    max_record_bytes: int = 1024 * 1024
    max_recipients: int = 32
    max_depth: int = 16


@dataclass(frozen=True)
class BundleRecord:
    """One record: a canonical JSON object and what the manifest says about it. ``id`` is the
    domain uid (a lowercase hyphenated UUID). ``parsed`` holds the object when a reader has
    already parsed ``data`` (after its hash was checked), so it is never parsed twice."""

    id: str
    type: RecordType
    category: DataCategory | None
    data: bytes = field(repr=False)
    parsed: JsonObject | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_object(
        cls,
        record_id: UUID | str,
        record_type: RecordType,
        category: DataCategory | None,
        obj: Mapping[str, JsonValue],
    ) -> BundleRecord:
        """A record from a JSON object such as ``model.model_dump(mode="json")``. Fractional
        numbers, non-ASCII keys and nesting beyond 16 levels are refused (``ValueError``)."""
        text_id = str(record_id)
        if not _UUID.match(text_id):
            raise ValueError("a record id must be a lowercase hyphenated UUID")
        return cls(text_id, RecordType(record_type), category, canonical_json(dict(obj)))

    @property
    def sha256(self) -> str:
        """The hex SHA-256 of ``data``, worked out once (export, import and provenance each
        ask). Not ``functools.cached_property``: on Python 3.11 its lock cost three times the
        hash itself, for every record of a bundle."""
        known: str | None = self.__dict__.get("_sha256")
        if known is None:
            known = hashlib.sha256(self.data).hexdigest()
            object.__setattr__(self, "_sha256", known)
        return known

    def object(self) -> JsonObject:
        """The record's JSON object, for ``Model.model_validate``. For a received record this
        is the object parsed when the bundle was opened, the same one each call: read it,
        do not change it."""
        if self.parsed is not None:
            return self.parsed
        value = parse_canonical_json(self.data, max_depth=64)
        assert isinstance(value, dict)
        return value


@dataclass(frozen=True)
class RecordEntry:
    id: str
    type: RecordType
    category: DataCategory | None
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """The signed description of a bundle. ``sequences`` maps each recipient fingerprint to
    this bundle's number in the sender→recipient series; ``base`` is the bundle id a
    ``case_update`` builds on; ``removed`` lists record ids deleted since ``base``."""

    bundle_id: str
    kind: BundleKind
    created: datetime
    not_before: datetime
    expires: datetime
    sender: PublicIdentity
    recipients: tuple[str, ...]
    sequences: Mapping[str, int]
    participant_uid: UUID | None
    base: str | None
    removed: tuple[str, ...]
    consent: SignedConsent | None
    withdrawal: SignedWithdrawal | None
    records: tuple[RecordEntry, ...]
    format_version: int = MANIFEST_FORMAT

    @functools.cached_property
    def participant_text(self) -> str:
        """``str(participant_uid)``, made once: an import compares it with every record."""
        return str(self.participant_uid)

    def to_json(self) -> JsonObject:
        sender: JsonObject = {
            "age_recipient": self.sender.age_recipient,
            "fingerprint": self.sender.fingerprint,
            "name": self.sender.name,
            "party_id": self.sender.party_id,
            "signing_key": self.sender.signing_key.hex(),
        }
        records: list[JsonValue] = [
            {
                "category": None if r.category is None else r.category.value,
                "id": r.id,
                "sha256": r.sha256,
                "type": r.type.value,
            }
            for r in self.records
        ]
        return {
            "base": self.base,
            "bundle_id": self.bundle_id,
            "consent": None if self.consent is None else self.consent.to_json(),
            "created": format_timestamp(self.created),
            "expires": format_timestamp(self.expires),
            "format": self.format_version,
            "kind": self.kind.value,
            "not_before": format_timestamp(self.not_before),
            "participant_uid": None if self.participant_uid is None else str(self.participant_uid),
            "recipients": list(self.recipients),
            "records": records,
            "removed": list(self.removed),
            "sender": sender,
            "sequences": dict(self.sequences),
            "withdrawal": None if self.withdrawal is None else self.withdrawal.to_json(),
        }

    def encode(self) -> bytes:
        return canonical_json(self.to_json())


_MANIFEST_KEYS = frozenset(
    {
        "base",
        "bundle_id",
        "consent",
        "created",
        "expires",
        "format",
        "kind",
        "not_before",
        "participant_uid",
        "recipients",
        "records",
        "removed",
        "sender",
        "sequences",
        "withdrawal",
    }
)
_SENDER_KEYS = frozenset({"age_recipient", "fingerprint", "name", "party_id", "signing_key"})
_RECORD_KEYS = frozenset({"category", "id", "sha256", "type"})


def _obj(value: JsonValue, keys: frozenset[str]) -> dict[str, JsonValue]:
    if not isinstance(value, dict) or set(value) != keys:
        raise ValueError("unexpected fields")
    return value


def _text(value: JsonValue, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or (pattern is not None and not pattern.match(value)):
        raise ValueError("unexpected text")
    return value


def _list(value: JsonValue) -> list[JsonValue]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return value


def _seconds(value: JsonValue) -> datetime:
    when = parse_timestamp(_text(value))
    if when.microsecond:
        raise ValueError("bundle times are whole seconds")
    return when


def _sorted_unique(items: list[str]) -> tuple[str, ...]:
    if items != sorted(set(items)):
        raise ValueError("a list must be sorted and without repeats")
    return tuple(items)


# Lookups by value, as RecordType(text) and DataCategory(text) do, without the enum call per
# record; an unknown value is a KeyError, refused as malformed like the enum's ValueError.
_RECORD_TYPES = {t.value: t for t in RecordType}
_CATEGORIES = {c.value: c for c in DataCategory}


def manifest_from_json(value: JsonValue, limits: Limits) -> Manifest:
    """A ``Manifest`` from its parsed JSON; ``ValueError`` on any deviation from the schema."""
    body = _obj(value, _MANIFEST_KEYS)
    if type(body["format"]) is not int or body["format"] != MANIFEST_FORMAT:
        raise UnsupportedVersionError(
            QT_TRANSLATE_NOOP("Errors", "this bundle was made by a newer version of ExitDesk")
        )
    raw_sender = _obj(body["sender"], _SENDER_KEYS)
    sender = PublicIdentity(
        name=_text(raw_sender["name"]),
        party_id=_text(raw_sender["party_id"]),
        signing_key=bytes.fromhex(_text(raw_sender["signing_key"], _HEX64)),
        age_recipient=_text(raw_sender["age_recipient"]),
    )
    if raw_sender["fingerprint"] != sender.fingerprint:
        raise ValueError("sender fingerprint does not match the key")
    # Counts are bounded before any item is looked at: this runs before the signature.
    raw_recipients = _list(body["recipients"])
    if len(raw_recipients) > limits.max_recipients:
        raise LimitExceededError(
            QT_TRANSLATE_NOOP("Errors", "this bundle names more recipients than allowed")
        )
    recipients = _sorted_unique([_text(r, _HEX64) for r in raw_recipients])
    raw_sequences = body["sequences"]
    if not isinstance(raw_sequences, dict) or len(raw_sequences) != len(recipients):
        raise ValueError("there must be one sequence number per recipient")
    raw_records = _list(body["records"])
    if len(raw_records) > limits.max_records:
        raise LimitExceededError(
            QT_TRANSLATE_NOOP("Errors", "this bundle has more than {max_records} records"),
            max_records=limits.max_records,
        )
    sequences: dict[str, int] = {}
    for fp, number in raw_sequences.items():
        if type(number) is not int or number < 1:
            raise ValueError("a sequence number is a positive integer")
        sequences[fp] = number
    entries: list[RecordEntry] = []
    for raw in raw_records:
        record = _obj(raw, _RECORD_KEYS)
        category = record["category"]
        entries.append(
            RecordEntry(
                id=_text(record["id"], _UUID),
                type=_RECORD_TYPES[_text(record["type"])],
                category=None if category is None else _CATEGORIES[_text(category)],
                sha256=_text(record["sha256"], _HEX64),
            )
        )
    participant = body["participant_uid"]
    base = body["base"]
    consent = body["consent"]
    withdrawal = body["withdrawal"]
    manifest = Manifest(
        bundle_id=_text(body["bundle_id"], _HEX32),
        kind=BundleKind(_text(body["kind"])),
        created=_seconds(body["created"]),
        not_before=_seconds(body["not_before"]),
        expires=_seconds(body["expires"]),
        sender=sender,
        recipients=recipients,
        sequences=sequences,
        participant_uid=None if participant is None else UUID(_text(participant, _UUID)),
        base=None if base is None else _text(base, _HEX32),
        removed=_sorted_unique([_text(r, _UUID) for r in _list(body["removed"])]),
        consent=None if consent is None else SignedConsent(*signed_from_json(consent)),
        withdrawal=None if withdrawal is None else SignedWithdrawal(*signed_from_json(withdrawal)),
        records=tuple(entries),
    )
    check_manifest_rules(manifest)
    return manifest


def check_manifest_rules(manifest: Manifest) -> None:
    """The structural rules every manifest obeys, at build and at parse; ``ValueError`` with a
    plain reason otherwise. Signatures and liveness are checked elsewhere."""
    kind = manifest.kind
    if not manifest.recipients:
        raise ValueError("a bundle needs at least one recipient")
    if manifest.sender.fingerprint in manifest.recipients:
        raise ValueError("the sender cannot also be a recipient")
    if set(manifest.sequences) != set(manifest.recipients):
        raise ValueError("there must be one sequence number per recipient")
    if not manifest.created <= manifest.not_before < manifest.expires:
        raise ValueError("a bundle's validity must start at or after creation and end later")
    if manifest.expires - manifest.created > MAX_LIFETIME:
        raise ValueError("a bundle may be valid for at most 30 days")
    ids = [r.id for r in manifest.records]
    if len(set(ids)) != len(ids):
        raise ValueError("a record id appears twice")
    gated = kind in CONSENT_GATED_KINDS
    if gated and any(r.category is None for r in manifest.records):
        raise ValueError("every record of a case bundle needs a data category")
    if not gated and any(r.category is not None for r in manifest.records):
        raise ValueError("only case bundles carry records with data categories")
    if (kind in BASED_KINDS) != (manifest.base is not None):
        raise ValueError(
            "a case update or a hand-over acknowledgement, and only those, names an earlier bundle"
        )
    if kind is not BundleKind.CASE_UPDATE and manifest.removed:
        raise ValueError("only a case update removes records")
    if kind in (BundleKind.CASE_TRANSFER, BundleKind.CASE_HANDOVER) and not manifest.records:
        raise ValueError(f"a {kind.value} bundle carries at least one record")
    if kind is BundleKind.HANDOVER_ACK and manifest.records:
        raise ValueError("a hand-over acknowledgement carries no records")
    needs_consent = gated or kind in (BundleKind.CONSENT_WITHDRAWAL, BundleKind.WITHDRAWAL_NOTICE)
    if needs_consent != (manifest.consent is not None):
        raise ValueError(f"a {kind.value} bundle {'needs' if needs_consent else 'has no'} consent")
    needs_withdrawal = kind in WITHDRAWAL_KINDS
    if needs_withdrawal != (manifest.withdrawal is not None):
        raise ValueError(
            f"a {kind.value} bundle {'needs' if needs_withdrawal else 'has no'} withdrawal"
        )
    if needs_withdrawal and manifest.records:
        raise ValueError("withdrawal bundles carry no records")
    # Contact cards, library packs and statistics are about no participant.
    needs_participant = kind not in (
        BundleKind.CONTACT_CARD,
        BundleKind.KNOWLEDGE_PACK,
        BundleKind.STATISTICS,
    )
    if needs_participant != (manifest.participant_uid is not None):
        raise ValueError(
            f"a {kind.value} bundle {'names' if needs_participant else 'names no'} participant"
        )
    if kind is BundleKind.CONTACT_CARD and [r.type for r in manifest.records] != [
        RecordType.CONTACT_CARD
    ]:
        raise ValueError("a contact card bundle carries exactly one contact card")
    if (kind is BundleKind.STATISTICS) != (
        any(r.type is RecordType.STATISTICS for r in manifest.records)
    ) or (kind is BundleKind.STATISTICS and len(manifest.records) != 1):
        raise ValueError(
            "a statistics bundle, and only that, carries exactly one statistics record"
        )


def encode_container(manifest_bytes: bytes, signature: bytes, records: list[bytes]) -> bytes:
    """The container bytes: header, manifest, signature, record count, length-prefixed records."""
    if len(signature) != _SIGNATURE_LENGTH:
        raise ValueError("an Ed25519 signature is 64 bytes")
    parts = [
        _HEADER.pack(CONTAINER_MAGIC, CONTAINER_VERSION, len(manifest_bytes)),
        manifest_bytes,
        signature,
        _U32.pack(len(records)),
    ]
    for data in records:
        parts += [_U32.pack(len(data)), data]
    return b"".join(parts)


@dataclass(frozen=True)
class ContainerFrame:
    """The container cut at its length fields, nothing interpreted: the manifest bytes, the
    signature and each record's raw bytes, in order."""

    manifest_bytes: bytes
    signature: bytes
    records: tuple[bytes, ...]


@dataclass(frozen=True)
class ParsedContainer:
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    records: tuple[bytes, ...]


_MALFORMED = QT_TRANSLATE_NOOP(
    "Errors", "this file is not a valid ExitDesk bundle, or it was damaged"
)
_NESTED_TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "this bundle's data is nested deeper than allowed")


def read_frame(inner: bytes, limits: Limits) -> ContainerFrame:
    """Cut the decrypted container at its length fields; ``MalformedBundleError`` (or its
    subclasses for versions and limits) on any deviation. Only the header, lengths and
    counts are read, each bounded before it is used: no JSON is parsed here."""
    if len(inner) < _HEADER.size:
        raise MalformedBundleError(_MALFORMED)
    magic, version, manifest_length = _HEADER.unpack_from(inner, 0)
    if magic != CONTAINER_MAGIC:
        raise MalformedBundleError(_MALFORMED)
    if version != CONTAINER_VERSION:
        raise UnsupportedVersionError(
            QT_TRANSLATE_NOOP("Errors", "this bundle was made by a newer version of ExitDesk")
        )
    if manifest_length > limits.max_manifest_bytes:
        raise LimitExceededError(
            QT_TRANSLATE_NOOP("Errors", "this bundle's table of contents is larger than allowed")
        )
    pos = _HEADER.size
    manifest_bytes = inner[pos : pos + manifest_length]
    pos += manifest_length
    signature = inner[pos : pos + _SIGNATURE_LENGTH]
    pos += _SIGNATURE_LENGTH
    if len(inner) < pos + _U32.size:
        raise MalformedBundleError(_MALFORMED)
    (count,) = _U32.unpack_from(inner, pos)
    pos += _U32.size
    if count > limits.max_records:
        raise LimitExceededError(
            QT_TRANSLATE_NOOP("Errors", "this bundle has more than {max_records} records"),
            max_records=limits.max_records,
        )
    records: list[bytes] = []
    for _ in range(count):
        if len(inner) < pos + _U32.size:
            raise MalformedBundleError(_MALFORMED)
        (length,) = _U32.unpack_from(inner, pos)
        pos += _U32.size
        if length > limits.max_record_bytes:
            raise LimitExceededError(
                QT_TRANSLATE_NOOP("Errors", "a record in this bundle is larger than allowed")
            )
        if len(inner) < pos + length:
            raise MalformedBundleError(_MALFORMED)
        records.append(inner[pos : pos + length])
        pos += length
    if pos != len(inner):
        raise MalformedBundleError(_MALFORMED)
    return ContainerFrame(manifest_bytes, signature, tuple(records))


def parse_manifest(frame: ContainerFrame, limits: Limits) -> Manifest:
    """The manifest of ``frame``, parsed strictly within ``limits``: the one piece of JSON a
    reader parses before the signature is checked (it names the sender whose key checks it)."""
    try:
        value = parse_canonical_json(
            frame.manifest_bytes, max_depth=limits.max_depth, max_bytes=limits.max_manifest_bytes
        )
        manifest = manifest_from_json(value, limits)
    except NestingTooDeepError:
        raise LimitExceededError(_NESTED_TOO_DEEP) from None
    except MalformedBundleError:
        raise
    except (ValueError, KeyError, TypeError):
        raise MalformedBundleError(_MALFORMED) from None
    if len(manifest.records) != len(frame.records):
        raise MalformedBundleError(_MALFORMED)
    return manifest


def parse_container(inner: bytes, limits: Limits) -> ParsedContainer:
    """Framing and manifest, as a reader sees them before the signature; records stay raw
    bytes until ``authenticated_records`` has compared their hashes."""
    frame = read_frame(inner, limits)
    manifest = parse_manifest(frame, limits)
    return ParsedContainer(manifest, frame.manifest_bytes, frame.signature, frame.records)


def authenticated_records(
    manifest: Manifest, raw_records: tuple[bytes, ...], limits: Limits
) -> tuple[BundleRecord, ...]:
    """The records, once every one's SHA-256 over its raw bytes equals the signed manifest's
    (``RecordHashMismatchError`` otherwise, before any record is parsed); then each is parsed
    once, strictly, as a canonical JSON object within ``limits``.

    ``manifest`` must be one whose signature has been verified."""
    if len(raw_records) != len(manifest.records):
        raise MalformedBundleError(_MALFORMED)
    for entry, data in zip(manifest.records, raw_records, strict=True):
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise RecordHashMismatchError(
                QT_TRANSLATE_NOOP("Errors", "this file was changed after it was sent")
            )
    return tuple(
        _parse_record(entry, data, limits)
        for entry, data in zip(manifest.records, raw_records, strict=True)
    )


def _parse_record(entry: RecordEntry, data: bytes, limits: Limits) -> BundleRecord:
    try:
        value = parse_canonical_json(
            data, max_depth=limits.max_depth, max_bytes=limits.max_record_bytes
        )
    except NestingTooDeepError:
        raise LimitExceededError(_NESTED_TOO_DEEP) from None
    except CanonicalJsonError:
        raise MalformedBundleError(_MALFORMED) from None
    if not isinstance(value, dict):
        raise MalformedBundleError(_MALFORMED)
    record = BundleRecord(entry.id, entry.type, entry.category, data, parsed=value)
    # authenticated_records compared SHA-256(data) with this very digest: not worked out again.
    object.__setattr__(record, "_sha256", entry.sha256)
    return record
