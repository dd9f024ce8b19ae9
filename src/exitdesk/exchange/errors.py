"""Errors of the exchange layer. Every message is one plain sentence a worker understands and
never contains participant data or key material."""

from __future__ import annotations

from exitdesk.domain.messages import UserMessage


class ExchangeError(UserMessage):
    """Base of everything the exchange layer refuses."""


class CardError(ExchangeError):
    """A contact card that cannot be trusted as written."""


class SafetyNumberError(ExchangeError, ValueError):
    """A typed or scanned safety number that is not 60 digits."""


class RecordSignatureError(ExchangeError):
    """A signed consent or withdrawal record that does not verify or does not parse."""


class BundleError(ExchangeError):
    """A bundle was refused. Subclasses say at which check; the message says why in words."""


class BundleTooLargeError(BundleError):
    """The file is larger than this vault accepts."""


class NotAnAgeFileError(BundleError):
    """The outer layer is not a well-formed age v1 file."""


class NotEncryptedForYouError(BundleError):
    """None of the age recipient stanzas opens with this identity, or the age layer is damaged."""


class MalformedBundleError(BundleError):
    """The decrypted container does not follow the format exactly."""


class UnsupportedVersionError(MalformedBundleError):
    """The container or manifest names a format version this program does not know."""


class LimitExceededError(MalformedBundleError):
    """Too many records, a record too large, nesting too deep."""


class BadSignatureError(BundleError):
    """The manifest signature does not verify with the sender's key."""


class UnknownSenderError(BundleError):
    """The sender's fingerprint is not among this vault's contacts."""


class NotAddressedToYouError(BundleError):
    """This identity is not among the recipients the sender signed."""


class OutsideTimeWindowError(BundleError):
    """Now is before not-before or after expiry."""


class RecordHashMismatchError(BundleError):
    """A record's bytes differ from the SHA-256 the manifest signs."""


class ConsentRefusedError(BundleError):
    """The embedded consent does not verify, is not live, or does not cover what is carried."""


class WithdrawalInvalidError(BundleError):
    """The embedded withdrawal record does not verify or does not match its consent."""
