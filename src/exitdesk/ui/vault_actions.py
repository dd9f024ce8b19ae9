"""The File menu's vault actions: an encrypted backup, a passphrase change and a rekey, each
through the same service as the CLI's ``backup``, ``passwd`` and ``rekey``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from exitdesk.app import keys
from exitdesk.app.passphrase_policy import require_strong
from exitdesk.app.session import Session
from exitdesk.ui.participant.forms import FormDialog
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.vault.passphrase_meter import PassphraseMeter
from exitdesk.ui.widgets import choose_save_file, show_error

BACKUP_NAME = "exitdesk-backup.bin"
Chooser = Callable[[QWidget, str, str], Path | None]


def _choose_backup(parent: QWidget, title: str, name: str) -> Path | None:
    return choose_save_file(
        parent, title, name, QCoreApplication.translate("VaultActions", "ExitDesk backups (*.bin)")
    )


def _say(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)  # fmt: skip
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def write_backup(
    parent: QWidget, session: Session, runner: TaskRunner, choose: Chooser | None = None
) -> None:
    """Ask where, then write the encrypted backup (it opens with the same passphrase or code)."""
    chooser = choose if choose is not None else _choose_backup
    target = chooser(
        parent, QCoreApplication.translate("VaultActions", "Save an encrypted backup"), BACKUP_NAME
    )
    if target is None:
        return

    def written(_result: object) -> None:
        _say(
            parent,
            QCoreApplication.translate("VaultActions", "Backup written"),
            QCoreApplication.translate(
                "VaultActions", "The encrypted backup was saved as %1."
            ).replace("%1", target.name),
        )

    runner.run(
        lambda: session.backup(target),
        owner=parent,
        on_success=written,
        on_failure=lambda exc: show_error(parent, exc),
    )


class ChangePassphraseDialog(FormDialog):
    """Current passphrase, a new one with the meter, and the new one again."""

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(runner, self._change, parent)
        self._session = session
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._changed)
        self.meter = PassphraseMeter(self)
        self.add_row(lambda: self.tr("&Current passphrase:"), self.current)
        self.add_row(lambda: self.tr("&New passphrase:"), self.new)
        self.add_row(lambda: self.tr("&Repeat it:"), self.repeat)
        self.form.addRow(self.meter)
        self.set_required(self._ready)
        self.retranslateUi()

    def _ready(self) -> bool:
        return (
            bool(self.current.text())
            and bool(self.new.text())
            and (self.new.text() == self.repeat.text())
        )

    def _changed(self) -> None:
        self.meter.update_for(self.new.text())
        self.refresh_ok()

    def build(self) -> tuple[str, str]:
        require_strong(self.new.text())
        return self.current.text(), self.new.text()

    def _change(self, value: tuple[str, str]) -> None:
        current, new = value
        self._session.change_passphrase(current, new)

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("Change passphrase"))
        self.ok_button.setText(self.tr("C&hange"))
        self.meter.retranslateUi()


def _show_code(parent: QWidget, code: str) -> None:
    _ = _say(
        parent,
        QCoreApplication.translate("VaultActions", "New recovery code"),
        QCoreApplication.translate(
            "VaultActions", "Write down the new recovery code now; it is shown only once:\n%1"
        ).replace("%1", code),
    )


def rekey_vault(parent: QWidget, session: Session, runner: TaskRunner) -> QMessageBox:
    """Ask, then re-encrypt under a new key and show the new recovery code once."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("VaultActions", "Re-encrypt the vault"),
        QCoreApplication.translate(
            "VaultActions",
            "Re-encrypt the vault under a new key, for a suspected key leak? The old recovery "
            "code stops working and a new one is shown once.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    go = box.addButton(
        QCoreApplication.translate("VaultActions", "&Re-encrypt"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("VaultActions", "&Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered() -> None:
        if box.clickedButton() is go:
            runner.run(
                lambda: keys.rekey(session),
                owner=parent,
                on_success=lambda code: _show_code(parent, str(code)),
                on_failure=lambda exc: show_error(parent, exc),
            )

    box.finished.connect(answered)
    box.open()
    return box
