"""What every tab of the participant view shares: the session, the runner, a reload through the
runner, and retranslation on a language change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from exitdesk.app.session import Session
from exitdesk.ui.participant.forms import show_failure
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner


class ParticipantTab(RetranslateMixin, QWidget):
    """``changed`` means the tab saved something about the participant. ``loaded`` fires after
    each reload has been shown (tests and the view wait on it)."""

    changed = Signal()
    loaded = Signal()

    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.participant_id = participant_id

    def reload(self) -> None:
        """Fetch this tab's data off the GUI thread and show it."""

    def retranslateUi(self) -> None:
        """Set every visible text again (called on a language change)."""

    def fetch(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run ``work`` on the runner, then ``show`` its result and emit ``loaded``."""

        def shown(result: Any) -> None:
            show(result)
            self.loaded.emit()

        self.runner.run(work, owner=self, on_success=shown, on_failure=self.fail)

    def fail(self, exc: BaseException) -> None:
        show_failure(self, exc)

    def saved(self, _result: object = None) -> None:
        """After a dialog saved something: tell the view and show the new state."""
        self.changed.emit()
        self.reload()
