"""The main window, kept small: navigation, menus and shortcuts, and the pages it hosts.
The title never carries participant data, only the app and the worker's party."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.retention import RetentionPreview
from exitdesk.app.session import Session
from exitdesk.ui.about import AboutDialog, AboutPanel
from exitdesk.ui.audit_view import AuditView
from exitdesk.ui.capture_block import CaptureGuard
from exitdesk.ui.i18n import Translations
from exitdesk.ui.knowledge import KnowledgePage
from exitdesk.ui.participant.labels import party_name
from exitdesk.ui.participants.page import ParticipantsPage
from exitdesk.ui.policy_text import policy_rows
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.settings import Settings
from exitdesk.ui.settings_dialog import SettingsPanel
from exitdesk.ui.statistics import StatisticsPage
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.vault_actions import ChangePassphraseDialog, rekey_vault, write_backup
from exitdesk.ui.widgets import icon

log = logging.getLogger("exitdesk.ui")

# The sidebar's order; the shortcuts Ctrl+1.. follow it. Tests and menus use the names.
(
    PAGE_PARTICIPANTS,
    PAGE_EXCHANGE,
    PAGE_AUDIT,
    PAGE_KNOWLEDGE,
    PAGE_STATISTICS,
    PAGE_SETTINGS,
    PAGE_ABOUT,
) = range(7)


def close_windows_of(owner: QWidget) -> None:
    """Close every dialog and window ``owner`` holds without asking, dropping typed drafts
    from memory: a lock must leave nothing on screen and nothing to restore."""
    windows = [
        c
        for c in owner.findChildren(QWidget)
        if c.isWindow() and c is not owner and c.isVisible() and not isinstance(c, QMenu)
    ]
    for child in windows:
        for field in child.findChildren(QLineEdit):
            field.clear()
        for editor in child.findChildren(QPlainTextEdit):
            editor.clear()
    for child in windows:
        discard = getattr(child, "discard", None)
        if callable(discard):
            discard()
        elif isinstance(child, QDialog):
            child.done(QDialog.DialogCode.Rejected)
        else:
            child.close()
        if isinstance(child, QDialog):
            child.deleteLater()


class ExchangePlaceholder(RetranslateMixin, QWidget):
    """Shown until the contacts and exchange screens are part of the build."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslateUi()

    def set_session(self, session: Session | None) -> None:
        pass

    def retranslateUi(self) -> None:
        self.label.setText(self.tr("Contacts and exchange are not available in this build."))


def _exchange_page(runner: TaskRunner, parent: QWidget) -> Any:
    """The exchange screen if it ships (contract: ``ExchangePage(runner, parent)`` with
    ``set_session(Session | None)``), else the placeholder."""
    try:
        from exitdesk.ui.exchange.page import (  # type: ignore[import-not-found,unused-ignore]
            ExchangePage,
        )
    except ImportError:
        return ExchangePlaceholder(parent)
    return ExchangePage(runner, parent)


class MainWindow(RetranslateMixin, QMainWindow):
    """``lockRequested`` (Ctrl+L) and ``quitRequested`` (Ctrl+Q, closing the window) go to the
    shell, which owns the session's life."""

    lockRequested = Signal()
    quitRequested = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        translations: Translations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self._session: Session | None = None
        self._runner = runner
        self._capture: CaptureGuard | None = None
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(200)
        self.participants = ParticipantsPage(runner, self)
        self.exchange = _exchange_page(runner, self)
        self.audit = AuditView(runner, self)
        self.knowledge = KnowledgePage(runner, self)
        self.statistics = StatisticsPage(runner, self)
        self.settings_panel = SettingsPanel(settings, translations, self)
        self.about = AboutPanel(self)
        self.pages = QStackedWidget(self)
        for name, page in (("participants", self.participants), ("exchange", self.exchange),
                           ("audit", self.audit), ("search", self.knowledge),
                           ("statistics", self.statistics),
                           ("settings", self.settings_panel),
                           ("about", self.about)):  # fmt: skip
            self.pages.addWidget(page)
            item = QListWidgetItem(icon(name if name != "exchange" else "exchange"), "")
            self.nav.addItem(item)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._page_chosen)
        if hasattr(self.exchange, "vaultChanged"):
            # An import or a resolved conflict changed participants: the list re-queries.
            self.exchange.vaultChanged.connect(self.participants.refresh)
        self.nav.setCurrentRow(PAGE_PARTICIPANTS)
        self._build_actions()
        self.retranslateUi()
        self.resize(1100, 700)

    # -- menus ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.edit_menu = self.menuBar().addMenu("")
        self.view_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.new_action = QAction(icon("add"), "", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._new_participant)
        self.lock_action = QAction(icon("lock"), "", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lockRequested)
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quitRequested)
        self.find_action = QAction(icon("search"), "", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        self.import_action = QAction(icon("exchange"), "", self)
        self.import_action.triggered.connect(self._import)
        self.export_action = QAction(icon("export"), "", self)
        self.export_action.triggered.connect(self._export)
        self.backup_action = QAction("", self)
        self.backup_action.triggered.connect(self._backup)
        self.passwd_action = QAction("", self)
        self.passwd_action.triggered.connect(self._change_passphrase)
        self.rekey_action = QAction("", self)
        self.rekey_action.triggered.connect(self._rekey)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.passwd_action)
        self.file_menu.addAction(self.rekey_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu.addAction(self.find_action)
        self.page_actions: list[QAction] = []
        for number in range(self.pages.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.show_page(n))
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.about_action = QAction(icon("about"), "", self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def show_page(self, number: int) -> None:
        self.nav.setCurrentRow(number)

    def _page_chosen(self, number: int) -> None:
        if number >= 0:
            self.pages.setCurrentIndex(number)

    def _new_participant(self) -> None:
        self.show_page(PAGE_PARTICIPANTS)
        self.participants.new_participant()

    def _find(self) -> None:
        self.show_page(PAGE_PARTICIPANTS)
        self.participants.focus_search()

    def set_capture_guard(self, guard: CaptureGuard) -> None:
        """The About page and box say whether the screen-capture block is active."""
        self._capture = guard
        self.about.set_capture_guard(guard)

    def _import(self) -> None:
        if hasattr(self.exchange, "open_bundle"):
            self.show_page(PAGE_EXCHANGE)
            self.exchange.open_bundle()

    def _export(self) -> None:
        """Export the open participant; with none open, say how to choose one."""
        detail = self.participants.detail
        if detail is not None and hasattr(detail, "export_case"):
            detail.export_case()
            return
        self.show_page(PAGE_PARTICIPANTS)
        QMessageBox.information(
            self,
            self.tr("Export"),
            self.tr("Open a participant first, then choose Export."),
        )

    def _backup(self) -> None:
        if self._session is not None:
            write_backup(self, self._session, self._runner)

    def _change_passphrase(self) -> None:
        if self._session is not None:
            dialog = ChangePassphraseDialog(self._session, self._runner, self)
            dialog.open()

    def _rekey(self) -> None:
        if self._session is not None:
            rekey_vault(self, self._session, self._runner)

    def _about(self) -> None:
        dialog = AboutDialog(self._session, self, capture=self._capture)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- session --------------------------------------------------------------------------
    @property
    def session(self) -> Session | None:
        return self._session

    def set_session(self, session: Session | None) -> None:
        """Show a vault, or (None) drop every view's data: models emptied, detail views closed,
        dialogs of this window closed."""
        self._session = session
        if session is None:
            close_windows_of(self)
        self.participants.set_session(session)
        self.exchange.set_session(session)
        self.audit.set_session(session)
        self.knowledge.set_session(session)
        self.statistics.set_session(session)
        self.about.set_session(session)
        self.settings_panel.show_policy(
            [] if session is None else policy_rows(session.policy.current())
        )
        self.show_page(PAGE_PARTICIPANTS)
        self.retranslateUi()

    def show_retention(self, preview: RetentionPreview) -> None:
        when = None if preview.next_due is None else preview.next_due.date()
        self.settings_panel.show_next_due(when, preview.total)

    def changeEvent(self, event: QEvent) -> None:
        # Minimised means walked away from: lock, as KeePassXC does.
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self._session is not None
        ):
            QTimer.singleShot(0, self.lockRequested.emit)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._session is not None:
            event.ignore()
            self.quitRequested.emit()
            return
        super().closeEvent(event)

    # -- language -------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        title = "ExitDesk"
        if self._session is not None and not self._session.is_locked:
            party = party_name(self._session.worker.party_id)
            title = self.tr("ExitDesk — {party}").format(party=party)
        self.setWindowTitle(title)
        names = [self.tr("Participants"), self.tr("Contacts && exchange"),
                 self.tr("Audit log"), self.tr("Knowledge"), self.tr("Statistics"),
                 self.tr("Settings"), self.tr("About")]  # fmt: skip
        for number, name in enumerate(names):
            plain = name.replace("&&", "&")
            item = self.nav.item(number)
            item.setText(plain)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)
            self.page_actions[number].setText(name)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New participant…"))
        self.import_action.setText(self.tr("&Import bundle…"))
        self.export_action.setText(self.tr("E&xport participant…"))
        self.backup_action.setText(self.tr("&Back up vault…"))
        self.passwd_action.setText(self.tr("&Change passphrase…"))
        self.rekey_action.setText(self.tr("&Re-encrypt vault…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find…"))
        self.about_action.setText(self.tr("&About ExitDesk"))
