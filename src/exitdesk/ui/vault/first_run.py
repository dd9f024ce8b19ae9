"""First run: create a vault (worker, party, passphrase), then show the recovery code once,
offer a printed sheet, and have the worker type it back before the vault is used."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from exitdesk.app.options import Options
from exitdesk.app.passphrase_policy import generate_passphrase, require_strong
from exitdesk.domain import PRESETS, Country, Worker
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.participant.labels import party_name
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.vault.passphrase_meter import PassphraseMeter
from exitdesk.ui.vault.recovery_sheet import DEFAULT_FILE_NAME, write_recovery_sheet
from exitdesk.ui.widgets import choose_folder, choose_save_file, show_error

if TYPE_CHECKING:
    from exitdesk.app.session import NewVault, Session
    from exitdesk.vault import BindingStatus


def next_free_vault_dir(root: Path) -> Path:
    """``root/default``, or ``root/vault-2``, ``vault-3``… if taken. Neutral names on purpose."""
    candidate = root / "default"
    number = 2
    while candidate.exists():
        candidate = root / f"vault-{number}"
        number += 1
    return candidate


def recovery_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def binding_sentence(status: BindingStatus, detail: str) -> str:
    """The device-binding state in plain words (also shown in About)."""
    from exitdesk.vault import BindingStatus

    if status == BindingStatus.BOUND:
        return QCoreApplication.translate(
            "VaultBinding",
            "This vault is bound to this computer: a copy of its files cannot be opened "
            "elsewhere with the passphrase alone. The recovery code opens it anywhere.",
        )
    if status == BindingStatus.UNAVAILABLE:
        text = QCoreApplication.translate(
            "VaultBinding",
            "This computer has no usable keyring, so the vault is NOT bound to this computer: "
            "anyone with a copy of its files and the passphrase can open it. ({detail})",
        ).format(detail=detail)
        # No detail to give (About has none): no empty brackets either.
        return text if detail else text.replace(" ()", "").replace("()", "")
    return QCoreApplication.translate(
        "VaultBinding", "Binding to this computer was switched off for this vault."
    )


class WorkerPage(RetranslateMixin, QWizardPage):
    def __init__(self, vaults_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = next_free_vault_dir(vaults_root)
        self.name = QLineEdit(self)
        self.name.setObjectName("workerName")
        self.name.setMaxLength(200)
        self.country = QComboBox(self)
        self.country.setObjectName("country")
        self.party = QComboBox(self)
        self.party.setObjectName("party")
        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.country_label = QLabel(self)
        self.country_label.setBuddy(self.country)
        self.party_label = QLabel(self)
        self.party_label.setBuddy(self.party)
        self.where_label = QLabel(self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.name)
        form.addRow(self.country_label, self.country)
        form.addRow(self.party_label, self.party)
        form.addRow(self.where_label, folder_row)
        self.registerField("workerName*", self.name)
        self.country.currentIndexChanged.connect(self._fill_parties)
        self.folder_button.clicked.connect(self._choose_folder)
        self.retranslateUi()

    def _fill_parties(self) -> None:
        country = self.country.currentData()
        self.party.clear()
        if country is None:
            return
        for party in PRESETS[Country(country)]:
            self.party.addItem(party_name(party.id), party.id)

    def _choose_folder(self) -> None:
        chosen = choose_folder(self, self.tr("Folder for the new vault"), str(self.folder.parent))
        if chosen is not None:
            self.folder = chosen if not any(chosen.iterdir()) else next_free_vault_dir(chosen)
            self.folder_label.setText(str(self.folder))

    def worker(self) -> Worker:
        return Worker(name=self.name.text().strip(), party_id=str(self.party.currentData()))

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Welcome to ExitDesk"))
        self.setSubTitle(
            self.tr(
                "Your case records live in an encrypted vault on this computer. "
                "Nothing is sent anywhere. Tell us who you are and where you work."
            )
        )
        self.name_label.setText(self.tr("&Your name:"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.country_label.setText(self.tr("&Country:"))
        self.country.setAccessibleName(self.tr("Country"))
        self.party_label.setText(self.tr("&Organisation:"))
        self.party.setAccessibleName(self.tr("Organisation"))
        self.where_label.setText(self.tr("Vault folder:"))
        self.folder_label.setText(str(self.folder))
        self.folder_button.setText(self.tr("C&hoose folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose folder for the vault"))
        current = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("Finland"), Country.FINLAND.value)
        self.country.addItem(self.tr("Sweden"), Country.SWEDEN.value)
        self.country.setCurrentIndex(max(0, self.country.findData(current)))
        self.country.blockSignals(False)
        party = self.party.currentData()
        self._fill_parties()
        self.party.setCurrentIndex(max(0, self.party.findData(party)))


class PassphrasePage(RetranslateMixin, QWizardPage):
    """Passphrase and confirmation, or a generated one. Nothing is created here: the vault is
    made on the last page, with whatever passphrase this page holds then."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirmPassphrase")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_chars = QCheckBox(self)
        self.generate_button = QPushButton(self)
        self.generate_button.setObjectName("generatePassphrase")
        self.generate_button.clicked.connect(self.generate)
        self.meter = PassphraseMeter(self)
        self.mismatch = MessageLabel(self, Tone.ERROR)
        self.pass_label = QLabel(self)
        self.pass_label.setBuddy(self.passphrase)
        self.confirm_label = QLabel(self)
        self.confirm_label.setBuddy(self.confirm)
        form = QFormLayout()
        form.addRow(self.pass_label, self.passphrase)
        form.addRow(self.confirm_label, self.confirm)
        options_row = QHBoxLayout()
        options_row.addWidget(self.show_chars)
        options_row.addStretch(1)
        options_row.addWidget(self.generate_button)
        form.addRow("", options_row)
        form.addRow("", self.meter)
        form.addRow("", self.mismatch)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.passphrase.textChanged.connect(self._changed)
        self.confirm.textChanged.connect(self._changed)
        self.show_chars.toggled.connect(self._toggle_echo)
        self.retranslateUi()

    def generate(self) -> None:
        """Fill both fields with a generated passphrase and show it, so it can be written down."""
        phrase = generate_passphrase()
        self.passphrase.setText(phrase)
        self.confirm.setText(phrase)
        self.show_chars.setChecked(True)

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _changed(self) -> None:
        self.meter.update_for(self.passphrase.text())
        differs = bool(self.confirm.text()) and self.confirm.text() != self.passphrase.text()
        self.mismatch.setText(self.tr("The two passphrases differ.") if differs else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.meter.strength.acceptable and self.passphrase.text() == self.confirm.text()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase opens your vault every day. Several unrelated words make a "
                "strong passphrase that is easy to remember. Nobody can reset it for you."
            )
        )
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm_label.setText(self.tr("&Repeat it:"))
        self.confirm.setAccessibleName(self.tr("Repeat passphrase"))
        self.show_chars.setText(self.tr("&Show characters"))
        self.generate_button.setText(self.tr("Su&ggest a passphrase"))
        self.generate_button.setAccessibleName(self.tr("Suggest a random passphrase of six words"))
        self.meter.retranslateUi()
        self._changed()


class RecoveryCodePage(RetranslateMixin, QWizardPage):
    """The recovery code, shown once, with the printed sheet and the binding state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLabel(self)
        self.code.setObjectName("recoveryCode")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setBold(True)
        self.code.setFont(mono)
        self.code.setWordWrap(True)
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.binding = QLabel(self)
        self.binding.setObjectName("bindingState")
        self.binding.setWordWrap(True)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printSheet")
        self.printed_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.code)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.printed_label, 1)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.binding)
        layout.addStretch(1)
        self.print_button.clicked.connect(self._print)
        self.retranslateUi()

    def _wizard(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard

    def initializePage(self) -> None:
        code = self._wizard().recovery_code
        self.code.setText(code.replace("-", "  "))
        self.code.setAccessibleName(self.tr("Recovery code: {code}").format(code=code))
        created = self._wizard().created
        if created is not None:
            # The detail repeats the sentence in English; the translated sentence says it all.
            self.binding.setText(binding_sentence(created.binding, ""))

    def _print(self) -> None:
        target = choose_save_file(
            self,
            self.tr("Save the recovery sheet"),
            DEFAULT_FILE_NAME,
            self.tr("PDF documents (*.pdf)"),
        )
        if target is None:
            return
        self.save_sheet(target)

    def save_sheet(self, target: Path) -> None:
        wizard = self._wizard()
        try:
            write_recovery_sheet(
                target,
                wizard.recovery_code,
                wizard.worker_page.folder.name,
                wizard.clock().date(),
            )
        except OSError as exc:
            show_error(self, exc)
            return
        self.printed_label.setText(self.tr("Saved. Print it, then delete the file."))

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your recovery code"))
        self.explain.setText(
            self.tr(
                "If you forget your passphrase, this code is the only way back into the vault. "
                "It is shown only now. Print the sheet or write the code down, and keep it "
                "locked away."
            )
        )
        self.print_button.setText(self.tr("&Print recovery sheet…"))
        self.print_button.setAccessibleName(self.tr("Print recovery sheet"))
        if isinstance(self.wizard(), FirstRunWizard):
            self.initializePage()


class ConfirmCodePage(RetranslateMixin, QWizardPage):
    """The worker types the code back, so we know it was written down correctly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("retypeRecoveryCode")
        self.typed_label = QLabel(self)
        self.typed_label.setBuddy(self.typed)
        self.state = QLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.busy_label = QLabel(self)
        self.busy_label.hide()
        self._working = False
        layout = QFormLayout(self)
        layout.addRow(self.typed_label, self.typed)
        layout.addRow("", self.state)
        layout.addRow(self.busy_label)
        layout.addRow(self.busy)
        self.typed.textChanged.connect(self._changed)
        self.retranslateUi()

    def _expected(self) -> str:
        wizard = self.wizard()
        if not isinstance(wizard, FirstRunWizard):
            return "\0"
        return recovery_digits(wizard.recovery_code)

    def _changed(self) -> None:
        typed = recovery_digits(self.typed.text())
        expected = self._expected()
        if typed == expected:
            self.state.setText(self.tr("The code matches."))
        elif len(typed) >= len(expected):
            self.state.setText(self.tr("This is not the code shown on the previous page."))
        else:
            self.state.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._working and recovery_digits(self.typed.text()) == self._expected()

    def set_working(self, working: bool) -> None:
        self._working = working
        self.typed.setEnabled(not working)
        self.busy.setVisible(working)
        self.busy_label.setVisible(working)
        self.completeChanged.emit()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Type the recovery code back"))
        self.setSubTitle(
            self.tr("Copy it from your sheet or note, to be sure it was taken down correctly.")
        )
        self.typed_label.setText(self.tr("Recovery &code:"))
        self.typed.setAccessibleName(self.tr("Recovery code, typed back"))
        self.busy_label.setText(
            self.tr("Creating your vault and measuring this computer — please wait…")
        )
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self._changed()


class FirstRunWizard(RetranslateMixin, QWizard):
    """Creates a vault. ``vaultCreated`` carries the open session once the code is confirmed.

    ``options`` come from the composition root (tests pass ``Options(kdf=KdfParams.FLOOR)``).
    """

    vaultCreated = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        vaults_root: Path,
        *,
        options: Options,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self._runner = runner
        self._options = options
        self.clock = options.clock
        self.created: NewVault | None = None
        self._recovery_code: str | None = None
        self._creating = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.worker_page = WorkerPage(vaults_root, self)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryCodePage(self)
        self.confirm_page = ConfirmCodePage(self)
        for page in (self.worker_page, self.passphrase_page, self.recovery_page,
                     self.confirm_page):  # fmt: skip
            self.addPage(page)
        self.retranslateUi()

    @property
    def recovery_code(self) -> str:
        """Chosen on first use (its page is about to show), shown and typed back before
        anything is written, then used at creation; the same code from first use on."""
        if self._recovery_code is None:
            # Imported here: it loads the vault, which the first page does not need.
            from exitdesk.app.recovery_code import new_recovery_code

            self._recovery_code = new_recovery_code()
        return self._recovery_code

    def _start_create(self) -> None:
        """Create the vault with what the pages hold now (a passphrase changed after Back is
        the one used) and the recovery code the worker just typed back."""
        folder = self.worker_page.folder
        worker = self.worker_page.worker()
        passphrase = self.passphrase_page.passphrase.text()
        code = self.recovery_code
        options = self._options
        # Imported on use: the services of an open vault are not needed to show this screen.
        from exitdesk.app.session import create_vault

        def work() -> NewVault:
            require_strong(passphrase)
            return create_vault(folder, passphrase, worker, options, recovery_code=code)

        self._set_creating(True)
        self._runner.run(work, owner=self, on_success=self._created, on_failure=self._failed,
                         busy_cursor=True)  # fmt: skip

    def _set_creating(self, creating: bool) -> None:
        self._creating = creating
        self.confirm_page.set_working(creating)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not creating)

    def _created(self, created: object) -> None:
        from exitdesk.app.session import NewVault
        from exitdesk.vault import BindingStatus

        assert isinstance(created, NewVault)
        self.created = created
        self._set_creating(False)
        # The vault exists now: no way back to pages whose values it no longer follows.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(False)
        self.passphrase_page.passphrase.clear()
        self.passphrase_page.confirm.clear()
        self.recovery_page.initializePage()
        if created.binding != BindingStatus.BOUND:
            # Never silently unbound: say so before the vault opens.
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Your vault is ready"),
                binding_sentence(created.binding, created.binding_detail),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.finished.connect(lambda _r: self.accept())
            box.open()
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_creating(False)
        show_error(self, exc, self.tr("The vault could not be created"))

    def session(self) -> Session | None:
        return self.created.session if self.created is not None else None

    def accept(self) -> None:
        if self.created is None:
            if not self._creating and self.confirm_page.isComplete():
                self._start_create()
            return
        super().accept()
        self.vaultCreated.emit(self.created.session)

    def reject(self) -> None:
        if self._creating or self.created is not None:
            return  # the vault is being made or exists: it opens, it is not abandoned
        super().reject()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("ExitDesk — create your vault"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create vault"))
