"""Small shared widgets and helpers: icons, the urgent banner, plain-words error dialogs."""

from __future__ import annotations

import logging
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDir, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from exitdesk.domain import DataCategory, LifecycleState
from exitdesk.domain.messages import ERRORS_CONTEXT, Phrase, UserMessage
from exitdesk.domain.validation import plain_validation_error

# Re-exported: screens import their icons from here.
from exitdesk.ui.icons import icon as icon
from exitdesk.ui.icons import icons_dir as icons_dir

log = logging.getLogger("exitdesk.ui")


def translated_message(error: UserMessage) -> str:
    """The core's message in the reader's language: its template looked up in the "Errors"
    catalogue, filled with the same parameters. Falls back to the English sentence if a
    translation is missing or its placeholders do not match."""
    template = QCoreApplication.translate(ERRORS_CONTEXT, error.template)
    if not error.params:
        return template
    from exitdesk.ui.participant.labels import DomainText

    words = DomainText()  # states and categories named in the reader's language, mid-sentence
    params = {
        key: words.state(value).lower()
        if isinstance(value, LifecycleState)
        else words.category(value).lower()
        if isinstance(value, DataCategory)
        else QCoreApplication.translate(value.context, value)
        if isinstance(value, Phrase)
        else value
        for key, value in error.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)


def user_message(exc: BaseException) -> str:
    """One plain sentence for an error. Our own error classes already say it without personal
    data; anything else is logged by type name only and shown as a generic sentence."""
    if isinstance(exc, UserMessage):
        return translated_message(exc)
    if isinstance(exc, ValidationError):
        return translated_message(plain_validation_error(exc))
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The operating system refused a file operation. Nothing was changed."
        )
    log.error("unexpected error in the window: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "Errors",
        "An unexpected problem stopped this action ({kind}). Your vault was not changed.",
    ).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A modal dialog with the error in plain words."""
    box = QMessageBox(parent)
    # The app's own warning sign, not the platform's stock icon beside our line icons.
    box.setIconPixmap(icon("warning").pixmap(40, 40))
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "ExitDesk"))
    box.setText(user_message(exc))
    box.setAccessibleName(QCoreApplication.translate("Errors", "Error message"))
    box.open() if parent is not None else box.exec()


def forget_dialog_history(dialog: QFileDialog) -> None:
    """Qt's own file dialog remembers visited folders (on Linux in ~/.config/QtProject.conf);
    a folder name can say whom a file was for. Called after every file dialog."""
    dialog.setHistory([])
    dialog.setSidebarUrls([])
    # Qt also saves the folder shown last ("lastVisited") when the dialog is destroyed.
    dialog.setDirectory(QDir.homePath())


def _chosen_all(dialog: QFileDialog) -> list[Path]:
    """Run a file dialog; every chosen path, or none. Whatever happens, it leaves no history."""
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return [Path(name) for name in dialog.selectedFiles()]
    finally:
        forget_dialog_history(dialog)


def _chosen(dialog: QFileDialog) -> Path | None:
    """Run a file dialog; the chosen path or None. Whatever happens, it leaves no history."""
    chosen = _chosen_all(dialog)
    return chosen[0] if chosen else None


def choose_save_file(
    parent: QWidget | None, title: str, default_name: str, name_filter: str, start_dir: str = ""
) -> Path | None:
    """A save dialog that leaves no history; returns the chosen file or None."""
    dialog = QFileDialog(parent, title, start_dir)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.selectFile(default_name)
    return _chosen(dialog)


def choose_open_file(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    """An open dialog for one existing file that leaves no history."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    return _chosen(dialog)


def choose_open_files(parent: QWidget | None, title: str, name_filter: str) -> list[Path]:
    """An open dialog for one or more existing files that leaves no history; [] if cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(name_filter)
    return _chosen_all(dialog)


def choose_folder(parent: QWidget | None, title: str, start_dir: str = "") -> Path | None:
    """A dialog for one existing folder that leaves no history; returns it or None."""
    dialog = QFileDialog(parent, title, start_dir)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)


class UrgentBanner(QFrame):
    """A red strip that says a participant has an urgent safety flag. Any view that shows a
    participant puts one at its top; it stays hidden until ``show_message`` is called.
    ``actionTriggered`` fires when the optional button is pressed."""

    actionTriggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#urgentBanner { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; }"
            " #urgentBanner QLabel { color: #7f1d1d; font-weight: 600; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self._icon = QLabel(self)
        self._icon.setPixmap(icon("warning").pixmap(20, 20))
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._button = QPushButton(self)
        self._button.hide()
        self._button.clicked.connect(self.actionTriggered)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._button)
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text()

    def show_message(self, message: str, action: str | None = None) -> None:
        self._text.setText(message)
        self.setAccessibleName(message)
        self.setAccessibleDescription(QCoreApplication.translate("UrgentBanner", "Urgent"))
        self._button.setVisible(action is not None)
        if action is not None:
            self._button.setText(action)
            self._button.setAccessibleName(action.replace("&", ""))
        self.show()

    def clear(self) -> None:
        self._text.clear()
        self.setAccessibleName("")
        self.hide()
