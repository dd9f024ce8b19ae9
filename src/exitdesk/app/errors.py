"""Errors the services raise for bad input; each message is one plain sentence."""

from __future__ import annotations

from exitdesk.domain.messages import UserMessage


class AppError(UserMessage):
    """A request the services refuse; the message says why in plain words."""


class InputError(AppError):
    """Bad command-line or form input."""


class NotFoundError(AppError):
    """A participant, consent or contact id that does not exist in this vault."""


class PolicyError(AppError):
    """The party's data policy forbids this (e.g. notes in minimal-record mode)."""
