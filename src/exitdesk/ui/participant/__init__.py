"""One participant's case in tabs: overview and lifecycle, plan, meetings, safety, consents,
exchange history and notes.

The view is imported on first use: the first-run and unlock screens import only the labels
module of this package, and the view would bring every tab with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from exitdesk.ui.participant.view import ParticipantView

__all__ = ["ParticipantView"]


def __getattr__(name: str) -> object:
    if name == "ParticipantView":
        from exitdesk.ui.participant.view import ParticipantView

        return ParticipantView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
