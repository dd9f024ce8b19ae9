"""Domain errors. Every message is one plain sentence a worker can act on, with no personal data."""

from __future__ import annotations

from exitdesk.domain.messages import UserMessage


class DomainError(UserMessage):
    """A rule of the programme was broken; the message says which, in plain words."""


class TransitionError(DomainError):
    """A lifecycle change that the programme does not allow."""


class ConsentScopeError(DomainError):
    """Data was about to leave under a consent that does not cover it."""


class UnknownPartyError(DomainError, KeyError):
    """A party id that is not one of the presets. Also a ``KeyError``, as a lookup miss."""

    # KeyError quotes its argument; the message is a sentence, shown as written.
    __str__ = Exception.__str__
