"""The Knowledge screen: search the library offline, read an entry with its source, and install
or roll back a signed knowledge pack after seeing what it changes."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app import knowledge
from exitdesk.app.errors import AppError
from exitdesk.app.exchange import BUNDLE_SUFFIX, read_bundle_file
from exitdesk.app.session import Session
from exitdesk.domain.errors import DomainError
from exitdesk.domain.knowledge import ChangeKind, KnowledgeEntry
from exitdesk.exchange import BundleError
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import choose_open_file, show_error

# What a pack or a rollback can be refused with; each is shown as one plain message.
_REFUSALS: tuple[type[Exception], ...] = (AppError, DomainError, BundleError, OSError)

OpenChooser = Callable[[QWidget, str], Path | None]
Confirm = Callable[[QWidget, str, str], bool]


def _open_pack(parent: QWidget, title: str) -> Path | None:
    return choose_open_file(parent, title, f"ExitDesk (*{BUNDLE_SUFFIX})")


def _ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def _language() -> str:
    name = QLocale().name()[:2]
    return name if name in ("en", "fi", "sv") else "en"


class KnowledgePage(RetranslateMixin, QWidget):
    """``choose_pack`` and ``confirm`` are the file dialog and the yes/no question (tests
    replace them)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: Session | None = None
        self._entries: list[KnowledgeEntry] = []
        self.choose_pack: OpenChooser = _open_pack
        self.confirm: Confirm = _ask
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(self.refresh)
        self.results = QListWidget(self)
        self.results.currentRowChanged.connect(self._show)
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.version = QLabel(self)
        self.install_button = QPushButton(self)
        self.install_button.clicked.connect(self.install_pack)
        self.rollback_button = QPushButton(self)
        self.rollback_button.clicked.connect(self.roll_back)
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.results)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.version, 1)
        bottom.addWidget(self.install_button)
        bottom.addWidget(self.rollback_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.search_label.setText(self.tr("&Search the library:"))
        self.search.setPlaceholderText(self.tr("Words in English, Finnish or Swedish"))
        self.search.setAccessibleName(self.tr("Search the knowledge library"))
        self.results.setAccessibleName(self.tr("Library entries"))
        self.detail.setAccessibleName(self.tr("Library entry"))
        self.install_button.setText(self.tr("&Install knowledge pack…"))
        self.rollback_button.setText(self.tr("&Roll back last pack"))
        self._fill()

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self._entries = []
        self.results.clear()
        self.detail.clear()
        self.version.clear()
        if session is not None:
            self.refresh()

    # -- search ----------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        session = self._session
        if session is None:
            return
        query = self.search.text()
        self._runner.run(
            lambda: (
                knowledge.search_library(session, query),
                knowledge.current_library(session).version,
            ),
            owner=self,
            on_success=self._found,
            on_failure=lambda exc: show_error(self, exc),
        )

    def _found(self, result: tuple[list[KnowledgeEntry], int]) -> None:
        self._entries, version = result
        self.version.setText(self.tr("Library version %1").replace("%1", str(version)))
        self._fill()

    def _fill(self) -> None:
        language = _language()
        self.results.clear()
        for entry in self._entries:
            self.results.addItem(QListWidgetItem(entry.text(language).title))
        if self._entries:
            self.results.setCurrentRow(0)
        else:
            self.detail.setHtml(f"<p><i>{html.escape(self.tr('No entry matches.'))}</i></p>")

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        text = entry.text(_language())
        source = (
            self.tr("Source: %1 (%2)").replace("%1", entry.source).replace("%2", entry.source_date)
        )
        self.detail.setHtml(
            f"<h2>{html.escape(text.title)}</h2><p>{html.escape(text.summary)}</p>"
            f"<p><small>{html.escape(source)}</small></p>"
            f"<p><b>{html.escape(text.check)}</b></p>"
        )

    # -- packs -----------------------------------------------------------------------------
    def install_pack(self) -> None:
        session = self._session
        if session is None:
            return
        path = self.choose_pack(self, self.tr("Open a knowledge pack"))
        if path is None:
            return
        try:
            data = read_bundle_file(path)
            preview = knowledge.preview_pack(session, data)
        except _REFUSALS as exc:
            show_error(self, exc)
            return
        words = {
            ChangeKind.ADDED: self.tr("added"),
            ChangeKind.CHANGED: self.tr("changed"),
            ChangeKind.REMOVED: self.tr("removed"),
        }
        lines = [f"{words[c.kind]}: {c.title}" for c in preview.changes]
        question = (
            self.tr("Knowledge pack from %1 (version %2). Install these changes?")
            .replace("%1", preview.sender)
            .replace("%2", str(preview.next_version))
        )
        if not self.confirm(self, self.tr("Install knowledge pack"), "\n".join([question, *lines])):
            return
        try:
            knowledge.install_pack(session, data)
        except _REFUSALS as exc:
            show_error(self, exc)
            return
        self.refresh()

    def roll_back(self) -> None:
        session = self._session
        if session is None:
            return
        if not self.confirm(
            self,
            self.tr("Roll back"),
            self.tr("Undo the last installed knowledge pack and return to the version before?"),
        ):
            return
        try:
            knowledge.roll_back(session)
        except _REFUSALS as exc:
            show_error(self, exc)
            return
        self.refresh()
