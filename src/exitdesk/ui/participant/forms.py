"""The shared shape of the participant view's small dialogs: a form whose OK builds a domain value,
saves it through the task runner, and stays open showing the rule's message if either fails."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.errors import AppError
from exitdesk.domain import DomainError
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.participant.labels import error_text
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import show_error, user_message

# Errors whose message is a rule written for the worker; shown inside the form.
EXPECTED_ERRORS: tuple[type[Exception], ...] = (ValidationError, AppError, DomainError, ValueError)


def message_for(exc: BaseException) -> str:
    """The shell's plain-words message, but a validation message names the field it is about."""
    if isinstance(exc, ValidationError):
        return error_text(exc)
    return user_message(exc)


def show_failure(parent: QWidget, exc: BaseException) -> None:
    show_error(parent, exc)


def fill_combo(combo: QComboBox, items: list[tuple[str, Any]], current: Any = None) -> None:
    """Replace a combo's items (text, data), keeping or choosing the current data."""
    keep = combo.currentData() if current is None else current
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(keep)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class FormDialog(RetranslateMixin, QDialog):
    """Subclasses add rows to ``self.form``, implement ``build()`` and ``retranslateUi()``.
    ``saved`` carries what the service returned."""

    saved = Signal(object)

    def __init__(
        self, runner: TaskRunner, save: Callable[[Any], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)
        self._runner = runner
        self._save = save
        self._labels: list[tuple[QLabel, Callable[[], str]]] = []
        self.form = QFormLayout()
        self.error = MessageLabel(self, Tone.ERROR)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.error.hide()
        # Our own accept button: the box resets a standard button's text on a language change.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._ok = QPushButton(self)
        self._ok.setDefault(True)
        self.buttons.addButton(self._ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self._ok

    def add_row(self, text: Callable[[], str], field: QWidget) -> QLabel:
        """A labelled row whose label is the field's buddy (so its mnemonic focuses the field)
        and whose text is re-read on a language change."""
        label = QLabel(self)
        label.setBuddy(field)
        self._labels.append((label, text))
        self.form.addRow(label, field)
        return label

    def retranslateUi(self) -> None:
        for label, text in self._labels:
            label.setText(text())
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text().replace("&", ""))
        self.ok_button.setText(self.tr("&Save"))

    def build(self) -> Any:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.show_error(text)
        self.error.show()

    def accept(self) -> None:
        try:
            value = self.build()
        except EXPECTED_ERRORS as exc:
            self.show_error(error_text(exc))
            return
        self.error.hide()
        self.ok_button.setEnabled(False)
        save = self._save
        self._runner.run(
            lambda: save(value), owner=self, on_success=self._on_saved, on_failure=self._on_failed
        )

    def _on_saved(self, result: object) -> None:
        self.ok_button.setEnabled(True)
        self.saved.emit(result)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.show_error(message_for(exc))
