"""A worker's exchange identity: an Ed25519 signing key and an age X25519 key, and the public
half that goes on a contact card. Pure values; the vault stores the private parts."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from exitdesk.domain.parties import ALL_PARTIES

MAX_NAME_LENGTH = 200


def fingerprint_of(signing_key: bytes) -> str:
    """SHA-256 of the raw 32-byte Ed25519 public key, 64 lowercase hex digits."""
    return hashlib.sha256(signing_key).hexdigest()


def check_name(name: str) -> None:
    """Names travel in cards and manifests: 1-200 characters, NFC, no control characters."""
    if not 1 <= len(name) <= MAX_NAME_LENGTH:
        raise ValueError("a worker name must be 1 to 200 characters long")
    if unicodedata.normalize("NFC", name) != name:
        raise ValueError("a worker name must be in Unicode NFC form")
    if name != name.strip() or any(unicodedata.category(c).startswith("C") for c in name):
        raise ValueError("a worker name must not contain control characters or edge spaces")


def _check_age_recipient(text: str) -> None:
    if not text.startswith("age1"):
        raise ValueError("an age recipient starts with age1")
    try:
        parsed = pyrage.x25519.Recipient.from_str(text)
    except pyrage.RecipientError:
        raise ValueError("the age recipient is not valid") from None
    if str(parsed) != text:
        raise ValueError("the age recipient is not in its canonical lowercase form")


@dataclass(frozen=True)
class PublicIdentity:
    """What a contact card says: who, which party, and the two public keys."""

    name: str
    party_id: str
    signing_key: bytes
    age_recipient: str

    def __post_init__(self) -> None:
        check_name(self.name)
        if self.party_id not in ALL_PARTIES:
            raise ValueError("the party is not one this program knows")
        if len(self.signing_key) != 32:
            raise ValueError("a signing key is 32 bytes")
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key)
        except ValueError:
            raise ValueError("the signing key is not a valid Ed25519 key") from None
        _check_age_recipient(self.age_recipient)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing_key)

    def verify(self, signature: bytes, message: bytes) -> bool:
        """True when ``signature`` is this key's Ed25519 signature of ``message``."""
        if len(signature) != 64:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, message)
        except InvalidSignature:
            return False
        return True

    def age_recipient_key(self) -> pyrage.x25519.Recipient:
        return pyrage.x25519.Recipient.from_str(self.age_recipient)


@dataclass(frozen=True, eq=False)
class Identity:
    """A worker's own identity with private keys. ``repr`` never shows key material; compare
    identities by ``fingerprint`` (key objects have no value equality)."""

    name: str
    party_id: str
    signing_private: Ed25519PrivateKey = field(repr=False)
    age_identity: pyrage.x25519.Identity = field(repr=False)
    public: PublicIdentity = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        raw_public = self.signing_private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        public = PublicIdentity(
            name=self.name,
            party_id=self.party_id,
            signing_key=raw_public,
            age_recipient=str(self.age_identity.to_public()),
        )
        object.__setattr__(self, "public", public)

    @classmethod
    def generate(cls, name: str, party_id: str) -> Identity:
        """A fresh identity from the operating system's random source."""
        return cls(name, party_id, Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())

    @classmethod
    def from_secrets(
        cls, name: str, party_id: str, signing_seed: bytes, age_secret_key: str
    ) -> Identity:
        """Rebuild an identity from what ``signing_seed_bytes`` and ``age_secret_key`` gave."""
        if len(signing_seed) != 32:
            raise ValueError("a signing seed is 32 bytes")
        try:
            age_identity = pyrage.x25519.Identity.from_str(age_secret_key)
        except pyrage.IdentityError:
            raise ValueError("the age secret key is not valid") from None
        return cls(name, party_id, Ed25519PrivateKey.from_private_bytes(signing_seed), age_identity)

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def signing_seed_bytes(self) -> bytes:
        """The 32-byte Ed25519 seed, for the vault to store encrypted."""
        return self.signing_private.private_bytes_raw()

    def age_secret_key(self) -> str:
        """The ``AGE-SECRET-KEY-1…`` string, for the vault; the ``age`` CLI reads it too."""
        return str(self.age_identity)

    def sign(self, message: bytes) -> bytes:
        return self.signing_private.sign(message)
