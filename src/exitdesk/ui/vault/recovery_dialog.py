"""Open a vault with its recovery code and choose a new passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.options import Options
from exitdesk.app.passphrase_policy import require_strong
from exitdesk.ui.messages import MessageLabel
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.vault.passphrase_meter import PassphraseMeter
from exitdesk.ui.widgets import user_message

if TYPE_CHECKING:
    from exitdesk.app.session import Session


class RecoveryDialog(RetranslateMixin, QDialog):
    """``recovered(Session)`` when the code opened the vault and the new passphrase is set."""

    recovered = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        folder: Path,
        *,
        options: Options,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self._runner = runner
        self._folder = folder
        self._options = options
        self.code = QLineEdit(self)
        self.code.setObjectName("recoveryCodeInput")
        self.code.setPlaceholderText("000000-000000-000000-000000-000000-000000-000000-000000")
        self.new = QLineEdit(self)
        self.new.setObjectName("newPassphrase")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirmNewPassphrase")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = PassphraseMeter(self)
        self.message = MessageLabel(self)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.wait_bar = QProgressBar(self)
        self.wait_bar.setRange(0, 0)
        self.wait_bar.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code_label.setBuddy(self.code)
        self.new_label = QLabel(self)
        self.new_label.setBuddy(self.new)
        self.confirm_label = QLabel(self)
        self.confirm_label.setBuddy(self.confirm)
        form = QFormLayout()
        form.addRow(self.code_label, self.code)
        form.addRow(self.new_label, self.new)
        form.addRow(self.confirm_label, self.confirm)
        form.addRow("", self.meter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.wait_bar)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        for field in (self.code, self.new, self.confirm):
            field.textChanged.connect(self._changed)
        self.retranslateUi()
        self._changed()

    def _ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _changed(self) -> None:
        self.meter.update_for(self.new.text())
        ready = (
            bool(self.code.text().strip())
            and self.meter.strength.acceptable
            and self.new.text() == self.confirm.text()
        )
        self._ok_button().setEnabled(ready)

    def _start(self) -> None:
        # Imported on use: the services of an open vault are not needed to show this screen.
        from exitdesk.app.session import recover_vault

        code, new, folder, options = self.code.text(), self.new.text(), self._folder, self._options

        def work() -> Session:
            require_strong(new)
            return recover_vault(folder, code, new, options)

        self._set_working(True)
        self._runner.run(
            work,
            owner=self,
            on_success=self._done,
            on_failure=self._failed,
        )

    def _set_working(self, working: bool) -> None:
        for widget in (self.code, self.new, self.confirm, self.buttons):
            widget.setEnabled(not working)
        self.wait_bar.setVisible(working)
        self.message.say(self.tr("Checking the recovery code — please wait…") if working else "")

    def _done(self, session: object) -> None:
        from exitdesk.app.session import Session

        assert isinstance(session, Session)
        self._set_working(False)
        self.accept()
        self.recovered.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self._changed()
        self.message.show_error(user_message(exc))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Use the recovery code"))
        self.intro.setText(
            self.tr(
                "Type the 48 digits from your recovery sheet and choose a new passphrase. "
                "The old passphrase stops working."
            )
        )
        self.code_label.setText(self.tr("Recovery &code:"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.new_label.setText(self.tr("&New passphrase:"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.confirm_label.setText(self.tr("&Repeat it:"))
        self.confirm.setAccessibleName(self.tr("Repeat new passphrase"))
        self._ok_button().setText(self.tr("&Open vault"))
