"""One participant's case in tabs: overview and lifecycle, plan, meetings, safety, consents,
exchange history and notes."""

from exitdesk.ui.participant.view import ParticipantView

__all__ = ["ParticipantView"]
