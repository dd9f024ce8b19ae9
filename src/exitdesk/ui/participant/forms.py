"""The shared shape of the participant view's small dialogs: a form whose OK builds a domain value,
saves it through the task runner, and stays open showing the rule's message if either fails."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.errors import AppError
from exitdesk.domain import DomainError
from exitdesk.ui.participant.labels import DomainText, error_text
from exitdesk.ui.tasks import TaskRunner

log = logging.getLogger("exitdesk.ui")

# Errors whose messages are written for the worker (plain, no personal data); anything else is
# a bug and gets a generic sentence instead of a traceback.
EXPECTED_ERRORS: tuple[type[BaseException], ...] = (
    AppError,
    DomainError,
    ValidationError,
    ValueError,
    OSError,
)


def message_for(exc: BaseException) -> str:
    if isinstance(exc, EXPECTED_ERRORS):
        return error_text(exc)
    # The type only: exception texts may quote data.
    log.error("unexpected error in the participant view: %s", type(exc).__name__)
    return DomainText().unexpected_failure()


def show_failure(parent: QWidget, exc: BaseException) -> None:
    """Tell the worker in a non-blocking message box; the dialog deletes itself when closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, DomainText().app_title(), message_for(exc),
                      QMessageBox.StandardButton.Ok, parent)  # fmt: skip
    box.setObjectName("failureBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


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


class FormDialog(QDialog):
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
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

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
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def build(self) -> Any:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
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
