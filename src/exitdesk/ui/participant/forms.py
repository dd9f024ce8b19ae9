"""The shared shape of the participant view's small dialogs: a form whose OK builds a domain value,
saves it through the task runner, and stays open showing the rule's message if either fails."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
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
        self._required: Callable[[], bool] | None = None
        self._saving = False
        self._snapshot: list[str] | None = None
        self.confirm_discard: QMessageBox | None = None
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

    # -- what may be saved, and what may be lost --------------------------------------------
    def set_required(self, check: Callable[[], bool]) -> None:
        """Save stays disabled while ``check()`` is false (so Enter cannot save a blank form);
        call ``refresh_ok()`` when a field it reads changes."""
        self._required = check
        self.refresh_ok()

    def refresh_ok(self) -> None:
        ready = self._required is None or self._required()
        self._ok.setEnabled(ready and not self._saving)

    def _texts(self) -> list[str]:
        fields: list[str] = []
        for child in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            if child.objectName() == "qt_spinbox_lineedit":
                continue  # the inner editor of a date or number field, not typed text
            fields.append(child.text() if isinstance(child, QLineEdit) else child.toPlainText())
        return fields

    def has_draft(self) -> bool:
        """Whether the worker typed something since the dialog opened."""
        return self._snapshot is not None and self._texts() != self._snapshot

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._snapshot is None:
            self._snapshot = self._texts()
            # Focus on the first field, never on Save: a stray Enter or Space saves nothing.
            widget = self._first_field()
            if widget is not None:
                widget.setFocus(Qt.FocusReason.TabFocusReason)

    def _first_field(self) -> QWidget | None:
        """The first row's widget that takes the focus: an explanation spanning the top of the
        form is a label, and a focused label leaves Tab and the keys nowhere to start from."""
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is None or not widget.isEnabled():
                    continue
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    return widget
                if widget.focusProxy() is not None:
                    return widget
        return None

    def reject(self) -> None:
        if not self.has_draft():
            super().reject()
            return
        if self.confirm_discard is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard what you typed?"),
            self.tr("What you typed in this form has not been saved."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm_discard = box

        def answered() -> None:
            self.confirm_discard = None
            if box.clickedButton() is discard:
                self.discard()

        box.finished.connect(answered)
        box.open()

    def discard(self) -> None:
        """Close without asking and forget the typed text (on lock, or once confirmed)."""
        if self.confirm_discard is not None:
            self.confirm_discard.done(0)
            self.confirm_discard = None
        for child in self.findChildren(QLineEdit):
            child.clear()
        for editor in self.findChildren(QPlainTextEdit):
            editor.clear()
        self._snapshot = None
        self.done(QDialog.DialogCode.Rejected)

    def show_error(self, text: str) -> None:
        self.error.show_error(text)
        self.error.show()

    def accept(self) -> None:
        if not self._ok.isEnabled():
            return  # a required field is empty, or a save is under way
        try:
            value = self.build()
        except EXPECTED_ERRORS as exc:
            self.show_error(error_text(exc))
            return
        self.error.hide()
        self._saving = True
        self.refresh_ok()
        save = self._save
        self._runner.run(
            lambda: save(value), owner=self, on_success=self._on_saved, on_failure=self._on_failed
        )

    def _on_saved(self, result: object) -> None:
        self._saving = False
        self.refresh_ok()
        self._snapshot = None
        self.saved.emit(result)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.refresh_ok()
        self.show_error(message_for(exc))
