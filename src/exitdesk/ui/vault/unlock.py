"""The unlock screen: pick a vault on this machine (or browse to one), type the passphrase.
A wrong passphrase says so; the vault itself makes each further try wait longer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.locations import is_vault_dir, list_vaults
from exitdesk.app.options import Options
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.settings import LAST_VAULT_FOLDER, Settings
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.vault.recovery_dialog import RecoveryDialog
from exitdesk.ui.vault.restore_dialog import RestoreDialog
from exitdesk.ui.widgets import choose_folder, icon, show_error, user_message

if TYPE_CHECKING:
    pass


class UnlockWindow(RetranslateMixin, QWidget):
    """Emits ``unlocked(Session)`` on success and ``createRequested`` for a new vault."""

    unlocked = Signal(object)
    createRequested = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        vaults_root: Path,
        *,
        options: Options,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self.setWindowIcon(icon("app"))
        self._runner = runner
        self._settings = settings
        self._root = vaults_root
        self._options = options
        self._working = False

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.lock_icon = QLabel(self)
        self.lock_icon.setPixmap(icon("lock").pixmap(32, 32))
        self.vault = QComboBox(self)
        self.vault.setObjectName("vaultChoice")
        self.vault.setMinimumContentsLength(24)
        self.browse = QPushButton(self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_passphrase = QCheckBox(self)
        self.show_passphrase.setObjectName("showPassphrase")
        self.show_passphrase.toggled.connect(self._show_passphrase)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.setIcon(QIcon(icon("lock")))
        self.message = MessageLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.wait_bar = QProgressBar(self)
        self.wait_bar.setRange(0, 0)
        self.wait_bar.hide()
        self.recovery_button = QPushButton(self)
        self.recovery_button.setObjectName("useRecoveryCode")
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createVault")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_dialog: RestoreDialog | None = None
        self.vault_label = QLabel(self)
        self.vault_label.setBuddy(self.vault)
        self.pass_label = QLabel(self)
        self.pass_label.setBuddy(self.passphrase)

        head = QHBoxLayout()
        head.addWidget(self.lock_icon)
        head.addWidget(self.heading, 1)
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault, 1)
        vault_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.vault_label, vault_row)
        form.addRow(self.pass_label, self.passphrase)
        form.addRow("", self.show_passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.wait_bar)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.vault, self.browse)
        self.setTabOrder(self.browse, self.passphrase)
        self.setTabOrder(self.passphrase, self.show_passphrase)
        self.setTabOrder(self.show_passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_button)
        self.setTabOrder(self.recovery_button, self.create_button)
        self.setTabOrder(self.create_button, self.restore_button)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.browse.clicked.connect(self._browse)
        self.recovery_button.clicked.connect(self._recover)
        self.create_button.clicked.connect(self.createRequested)
        self.restore_button.clicked.connect(self.restore_backup)
        self.reload_vaults()
        self.retranslateUi()
        self.resize(560, 260)

    # -- vault list -----------------------------------------------------------------------
    def reload_vaults(self) -> None:
        """Fill the list from the vault folder and the last folder opened (if elsewhere)."""
        folders = list_vaults(self._root)
        last = self._settings.get(LAST_VAULT_FOLDER)
        if last and is_vault_dir(Path(last)) and Path(last) not in folders:
            folders.append(Path(last))
        self.vault.clear()
        for folder in folders:
            self._add_vault(folder)
        if last:
            index = self.vault.findData(str(Path(last)))
            if index >= 0:
                self.vault.setCurrentIndex(index)

    def _add_vault(self, folder: Path) -> int:
        label = folder.name if folder.parent == self._root else str(folder)
        self.vault.addItem(label, str(folder))
        index = self.vault.count() - 1
        self.vault.setItemData(index, str(folder), Qt.ItemDataRole.ToolTipRole)
        return index

    def select_vault(self, folder: Path) -> None:
        index = self.vault.findData(str(folder))
        if index < 0:
            index = self._add_vault(folder)
        self.vault.setCurrentIndex(index)

    def selected_vault(self) -> Path | None:
        data = self.vault.currentData()
        return Path(data) if data else None

    def _browse(self) -> None:
        chosen = choose_folder(self, self.tr("Open a vault folder"), str(self._root))
        if chosen is None:
            return
        if not is_vault_dir(chosen):
            self.message.show_error(self.tr("That folder does not contain an ExitDesk vault."))
            return
        self.select_vault(chosen)

    # -- unlocking ------------------------------------------------------------------------
    def try_unlock(self) -> None:
        if self._working:
            return
        folder = self.selected_vault()
        if folder is None:
            self.message.show_error(self.tr("Choose a vault first, or create one."))
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.show_error(self.tr("Type your passphrase."))
            self.passphrase.setFocus()
            return
        options = self._options
        # Imported on use: the services of an open vault are not needed to show this screen.
        from exitdesk.app.session import open_vault

        self._set_working(True)
        self._runner.run(
            lambda: open_vault(folder, passphrase, options),
            owner=self,
            on_success=self._opened,
            on_failure=self._failed,
        )

    def _set_working(self, working: bool) -> None:
        self._working = working
        for widget in (self.vault, self.browse, self.passphrase, self.unlock_button,
                       self.recovery_button, self.create_button, self.restore_button):  # fmt: skip
            widget.setEnabled(not working)
        self.wait_bar.setVisible(working)
        if working:
            self.message.say(self.tr("Checking the passphrase — please wait…"))

    def _opened(self, session: object) -> None:
        from exitdesk.app.session import Session

        assert isinstance(session, Session)
        self._set_working(False)
        self.passphrase.clear()
        self.message.clear()
        self._settings.set(LAST_VAULT_FOLDER, str(session.directory))
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        # Loaded by now (the unlock ran); imported here so this screen shows before the vault.
        from exitdesk.vault.errors import (
            TooManyAttemptsError,
            VaultNotFoundError,
            WrongPassphraseError,
            WrongRecoveryCodeError,
        )

        self._set_working(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphraseError):
            self.message.show_error(
                self.tr(
                    "That passphrase does not open this vault. Check Caps Lock and the keyboard "
                    "layout. Each further wrong try makes you wait longer."
                )
            )
        elif isinstance(exc, (TooManyAttemptsError, WrongRecoveryCodeError, VaultNotFoundError)):
            # Expected answers are shown in the form itself; anything else gets a dialog.
            self.message.show_error(user_message(exc))
        else:
            self.message.clear()
            show_error(self, exc, self.tr("The vault could not be opened"))

    def _recover(self) -> None:
        folder = self.selected_vault()
        if folder is None:
            self.message.show_error(self.tr("Choose a vault first, or create one."))
            return
        dialog = RecoveryDialog(self._runner, folder, options=self._options, parent=self)
        dialog.recovered.connect(self._opened)
        dialog.open()

    def restore_backup(self) -> RestoreDialog:
        """Open the restore dialog; a restored vault is then chosen here, ready to unlock."""
        dialog = RestoreDialog(self._runner, self._root, options=self._options, parent=self)
        dialog.restored.connect(self._restored)
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, folder: object) -> None:
        assert isinstance(folder, Path)
        self.restore_dialog = None
        self.select_vault(folder)
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.message.say(
            self.tr("The backup was restored into %1; unlock it with its passphrase.").replace(
                "%1", str(folder)
            ),
            Tone.SUCCESS,
        )

    def _show_passphrase(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)

    def reset(self) -> None:
        """Back to a clean form (after a lock)."""
        self._set_working(False)
        self.show_passphrase.setChecked(False)
        self.passphrase.clear()
        self.message.clear()
        self.reload_vaults()
        self.passphrase.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("ExitDesk — locked"))
        self.heading.setText(self.tr("Unlock your vault"))
        self.vault_label.setText(self.tr("&Vault:"))
        self.vault.setAccessibleName(self.tr("Vault"))
        self.browse.setText(self.tr("&Browse…"))
        self.show_passphrase.setText(self.tr("Sho&w passphrase"))
        self.browse.setAccessibleName(self.tr("Browse for a vault folder"))
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.recovery_button.setText(self.tr("Use &recovery code…"))
        self.recovery_button.setAccessibleName(self.tr("Use recovery code"))
        self.create_button.setText(self.tr("&New vault…"))
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.restore_button.setText(self.tr("Res&tore from backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore a vault from a backup"))
        self.wait_bar.setAccessibleName(self.tr("Please wait"))
