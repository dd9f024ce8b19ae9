"""On unlock: find what the data policy says is due and, as the setting says, ask before
purging it or purge it at once. Preview and purge run on the task runner."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from exitdesk.app.retention import RetentionPreview
from exitdesk.app.session import Session
from exitdesk.domain.retention import PurgeCertificate
from exitdesk.ui.settings import PURGE_ON_UNLOCK, Settings
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import show_error


class DuePurge(QObject):
    """``previewed`` carries the preview (the window shows the next due date); ``purged`` the
    certificate of a purge that ran. ``question`` is the open question box, for tests."""

    previewed = Signal(object)
    purged = Signal(object)

    def __init__(self, runner: TaskRunner, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._parent = parent
        self.question: QMessageBox | None = None

    def check(self, session: Session) -> None:
        self._runner.run(
            session.retention.preview,
            owner=self,
            on_success=lambda preview: self._previewed(session, preview),
            on_failure=lambda exc: show_error(self._parent, exc),
        )

    def _previewed(self, session: Session, preview: RetentionPreview) -> None:
        self.previewed.emit(preview)
        if preview.total == 0:
            return
        if self._settings.get(PURGE_ON_UNLOCK) == "automatic":
            self._purge(session)
            return
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Records due for deletion"))
        box.setText(
            self.tr(
                "%n record(s) are due for deletion under your data policy. Delete them now?",
                "",
                preview.total,
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self._purge(session))
        self.question = box
        box.open()

    def _purge(self, session: Session) -> None:
        self._runner.run(
            session.retention.purge,
            owner=self,
            on_success=self._purged,
            on_failure=lambda exc: show_error(self._parent, exc),
        )

    def _purged(self, certificate: PurgeCertificate) -> None:
        self.purged.emit(certificate)
