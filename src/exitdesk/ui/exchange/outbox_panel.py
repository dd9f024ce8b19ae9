"""The outbox strip of the exchange page: how many acknowledgements and notices wait to be
handed over, and one action that writes them into a folder the worker chooses."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from exitdesk.app.session import Session
from exitdesk.ui.exchange.files import FolderChooser, open_folder
from exitdesk.ui.messages import MessageLabel
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import user_message


class OutboxPanel(RetranslateMixin, QWidget):
    """Shows the pending count; "Write pending files…" asks for a folder and writes them
    through the services (each is marked handed over only once it is on disk)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxPanel")
        self._runner = runner
        self._session: Session | None = None
        self._pending = 0
        self.choose_folder: FolderChooser = open_folder
        self.status = MessageLabel(self)
        self.status.setWordWrap(True)
        self.write_button = QPushButton(self)
        self.write_button.clicked.connect(self.write_pending)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.write_button)
        self.retranslateUi()

    @property
    def pending(self) -> int:
        return self._pending

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.reload()

    def reload(self) -> None:
        session = self._session
        if session is None:
            self._show_count(0)
            return
        exchange = session.exchange
        self._runner.run(
            lambda: len(exchange.outbox()),
            owner=self,
            on_success=lambda count: self._show_count(int(count)),
            on_failure=lambda exc: self.status.show_error(user_message(exc)),
        )

    def write_pending(self) -> None:
        session = self._session
        if session is None or not self._pending:
            return
        folder = self.choose_folder(self, self.tr("Choose a folder for the pending files"))
        if folder is None:
            return
        exchange = session.exchange
        self.write_button.setEnabled(False)
        self._runner.run(
            # What is left is read in the same job, so the count and the report agree.
            lambda: (exchange.write_outbox(folder), len(exchange.outbox())),
            owner=self,
            on_success=self._written,
            on_failure=self._failed,
        )

    def _written(self, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        written, left = outcome
        self._show_count(int(left))
        self.status.say(self.tr("Wrote %n file(s) for the other workers", "", len(written)))

    def _failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(self._pending > 0)
        self.status.show_error(user_message(exc))

    def _show_count(self, count: int) -> None:
        self._pending = count
        self.write_button.setEnabled(count > 0)
        self.setVisible(self._session is not None)
        if count:
            self.status.say(self.tr("%n file(s) wait in the outbox to be sent", "", count))
        else:
            self.status.say(self.tr("Nothing waits in the outbox"))

    def retranslateUi(self) -> None:
        self.write_button.setText(self.tr("&Write pending files…"))
        self.write_button.setAccessibleName(self.tr("Write the pending outbox files to a folder"))
        self._show_count(self._pending)
