"""Restore a vault from an encrypted backup while the vault is locked: the backup file, the
(new or empty) folder to restore into and the backup's passphrase, through the same service
as the CLI's ``restore``. The service decides what may be restored where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.options import Options
from exitdesk.ui.messages import MessageLabel
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import choose_folder, choose_open_file, show_error

BackupChooser = Callable[[QWidget, str], Path | None]
FolderChooser = Callable[[QWidget, str, str], Path | None]
RESTORED_NAME = "restored"


def _choose_backup(parent: QWidget, title: str) -> Path | None:
    return choose_open_file(
        parent, title, QCoreApplication.translate("VaultActions", "ExitDesk backups (*.bin)")
    )


def _choose_folder(parent: QWidget, title: str, start: str) -> Path | None:
    return choose_folder(parent, title, start)


def suggested_folder(vaults_root: Path) -> Path:
    """A folder under the vaults folder that does not exist yet: restored, restored-2, …"""
    candidate = vaults_root / RESTORED_NAME
    number = 2
    while candidate.exists():
        candidate = vaults_root / f"{RESTORED_NAME}-{number}"
        number += 1
    return candidate


class RestoreDialog(RetranslateMixin, QDialog):
    """``restored(Path)`` with the folder of the restored vault."""

    restored = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        vaults_root: Path,
        *,
        options: Options,
        choose_backup: BackupChooser | None = None,
        choose_target: FolderChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setModal(True)
        self._runner = runner
        self._root = vaults_root
        self._options = options
        self._choose_backup = choose_backup if choose_backup is not None else _choose_backup
        self._choose_target = choose_target if choose_target is not None else _choose_folder
        self._working = False

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.backup_file = QLineEdit(self)
        self.backup_file.setObjectName("restoreBackupFile")
        self.browse_backup = QPushButton(self)
        self.folder = QLineEdit(str(suggested_folder(vaults_root)), self)
        self.folder.setObjectName("restoreFolder")
        self.browse_folder = QPushButton(self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLabel(self)
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        self.wait_bar = QProgressBar(self)
        self.wait_bar.setRange(0, 0)
        self.wait_bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.backup_label = QLabel(self)
        self.backup_label.setBuddy(self.backup_file)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        self.pass_label = QLabel(self)
        self.pass_label.setBuddy(self.passphrase)

        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_file, 1)
        backup_row.addWidget(self.browse_backup)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_folder)
        form = QFormLayout()
        form.addRow(self.backup_label, backup_row)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.pass_label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.wait_bar)
        layout.addWidget(self.buttons)

        self.browse_backup.clicked.connect(self.pick_backup)
        self.browse_folder.clicked.connect(self.pick_folder)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        for field in (self.backup_file, self.folder, self.passphrase):
            field.textChanged.connect(self._changed)
        self.retranslateUi()
        self._changed()
        self.resize(560, 0)

    # -- choosing ---------------------------------------------------------------------------
    def pick_backup(self) -> None:
        chosen = self._choose_backup(self, self.tr("Choose the backup file"))
        if chosen is not None:
            self.backup_file.setText(str(chosen))
            self.passphrase.setFocus()

    def pick_folder(self) -> None:
        chosen = self._choose_target(
            self, self.tr("Choose an empty folder for the vault"), str(self._root)
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _changed(self) -> None:
        ready = all(f.text().strip() for f in (self.backup_file, self.folder)) and bool(
            self.passphrase.text()
        )
        self.restore_button.setEnabled(ready and not self._working)

    # -- restoring --------------------------------------------------------------------------
    def start(self) -> None:
        if self._working or not self.restore_button.isEnabled():
            return
        backup = Path(self.backup_file.text().strip())
        folder = Path(self.folder.text().strip()).absolute()
        passphrase, options = self.passphrase.text(), self._options
        # Imported on use: the services of an open vault are not needed to show this screen.
        from exitdesk.app.session import restore_vault

        self._set_working(True)
        self._runner.run(
            lambda: restore_vault(backup, folder, options, passphrase=passphrase),
            owner=self,
            on_success=lambda _none: self._done(folder),
            on_failure=self._failed,
        )

    def _set_working(self, working: bool) -> None:
        self._working = working
        for widget in (self.backup_file, self.browse_backup, self.folder, self.browse_folder,
                       self.passphrase):  # fmt: skip
            widget.setEnabled(not working)
        self.wait_bar.setVisible(working)
        self.message.say(self.tr("Checking the passphrase and restoring — please wait…")
                         if working else "")  # fmt: skip
        self._changed()

    def _done(self, folder: Path) -> None:
        self._set_working(False)
        self.passphrase.clear()
        self.accept()
        self.restored.emit(folder)

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        show_error(self, exc, self.tr("The backup was not restored"))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(
            self.tr(
                "Choose an ExitDesk backup file and a new or empty folder for the vault. "
                "The backup opens with the passphrase the vault had when it was written."
            )
        )
        self.backup_label.setText(self.tr("Backup &file:"))
        self.backup_file.setAccessibleName(self.tr("Backup file"))
        self.browse_backup.setText(self.tr("&Browse…"))
        self.browse_backup.setAccessibleName(self.tr("Browse for the backup file"))
        self.folder_label.setText(self.tr("Restore &into:"))
        self.folder.setAccessibleName(self.tr("Folder for the restored vault"))
        self.browse_folder.setText(self.tr("Ch&oose folder…"))
        self.browse_folder.setAccessibleName(self.tr("Choose the folder for the restored vault"))
        self.pass_label.setText(self.tr("Backup's &passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Backup's passphrase"))
        self.restore_button.setText(self.tr("&Restore"))
        self.wait_bar.setAccessibleName(self.tr("Please wait"))
