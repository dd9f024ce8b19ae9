"""The contacts and exchange page: tabs for contacts, import, conflicts and this vault's own card;
bundles open by file dialog or by dropping them on the page or the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from exitdesk.app.session import Session
from exitdesk.ui.clipboard import SecureClipboard
from exitdesk.ui.exchange.conflicts import ConflictsPanel
from exitdesk.ui.exchange.contacts import ContactsPanel, MyCardPanel
from exitdesk.ui.exchange.files import OpenChooser, SaveChooser, is_bundle, open_bundle_file
from exitdesk.ui.exchange.import_dialog import ImportDialog, ImportPanel
from exitdesk.ui.exchange.outbox_panel import OutboxPanel
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.settings import CLIPBOARD_SECONDS
from exitdesk.ui.tasks import TaskRunner


def dropped_bundle(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local ``.exitbundle`` file being dragged, if that is what it is."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if is_bundle(path) else None


class ExchangePage(RetranslateMixin, QWidget):
    """``vaultChanged``: an import or a resolved conflict changed participants (lists refresh).

    The page also takes bundle drops for its top-level window (an event filter, so the window
    itself needs no drop code). ``clipboard`` is the page's own auto-clearing clipboard until
    the shell hands over its shared one with ``set_clipboard``.
    """

    vaultChanged = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangePage")
        self._runner = runner
        self._session: Session | None = None
        self.clipboard = SecureClipboard(CLIPBOARD_SECONDS.default, self)
        self.choose_bundle: OpenChooser = open_bundle_file
        # Where the acknowledgement of an imported withdrawal is saved (tests inject one).
        self.choose_ack_path: SaveChooser | None = None
        self.import_dialog: ImportDialog | None = None
        self.tabs = QTabWidget(self)
        self.contacts = ContactsPanel(runner, self)
        self.importer = ImportPanel(self)
        self.conflicts = ConflictsPanel(runner, self)
        self.my_card = MyCardPanel(runner, self.clipboard, self)
        for page in (self.contacts, self.importer, self.conflicts, self.my_card):
            self.tabs.addTab(page, "")
        self.outbox = OutboxPanel(runner, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.outbox)
        self.importer.openRequested.connect(self.open_bundle)
        self.conflicts.resolved.connect(self.vaultChanged)
        self.conflicts.loaded.connect(self._update_conflict_tab)
        self.setAcceptDrops(True)
        self._drop_window: QWidget | None = None
        if parent is not None:
            self._drop_window = parent.window()
            self._drop_window.setAcceptDrops(True)
            self._drop_window.installEventFilter(self)
        self.retranslateUi()

    # -- session ---------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        """A vault to show, or None on lock: every tab empties, an open import closes and the
        clipboard is cleared if it still holds our card."""
        self._session = session
        if session is None:
            self.clipboard.clear()
            if self.import_dialog is not None:
                self.import_dialog.close()
                self.import_dialog = None
        self.contacts.set_session(session)
        self.conflicts.set_session(session)
        self.my_card.set_session(session)
        self.outbox.set_session(session)
        self.importer.open_button.setEnabled(session is not None)
        self.tabs.setCurrentWidget(self.contacts)
        self._update_conflict_tab()

    def set_clipboard(self, clipboard: SecureClipboard) -> None:
        self.clipboard = clipboard
        self.my_card.clipboard = clipboard

    # -- import ----------------------------------------------------------------------------
    def open_bundle(self) -> None:
        if self._session is None:
            return
        path = self.choose_bundle(self, self.tr("Open a bundle"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> ImportDialog | None:
        """Verify ``path`` and show what importing it would change."""
        session = self._session
        if session is None:
            return None
        if self.import_dialog is not None:
            self.import_dialog.close()
        dialog = ImportDialog(session, self._runner, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.choose_ack_path is not None:
            dialog.choose_path = self.choose_ack_path
        dialog.imported.connect(self._imported)
        dialog.acknowledgementSaved.connect(lambda *_: self.outbox.reload())
        dialog.destroyed.connect(lambda *_: self._dialog_gone(dialog))
        self.import_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _dialog_gone(self, dialog: ImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None

    def _imported(self, _result: object) -> None:
        self.outbox.reload()
        self.conflicts.reload()
        self.contacts.reload()
        self.vaultChanged.emit()

    def _update_conflict_tab(self) -> None:
        count = self.conflicts.count()
        title = self.tr("Conf&licts")
        if count:
            title = self.tr("Conf&licts (%1)").replace("%1", str(count))
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), title)

    # -- drops -----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._session is not None and dropped_bundle(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_bundle(event)
        if self._session is None or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentWidget(self.importer)
        self.import_file(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._drop_window:
            if isinstance(event, QDragEnterEvent) and event.type() == QEvent.Type.DragEnter:
                self.dragEnterEvent(event)
                return event.isAccepted()
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                self.dropEvent(event)
                return event.isAccepted()
        return super().eventFilter(watched, event)

    # -- language --------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.contacts), self.tr("&Contacts"))
        self.tabs.setTabText(self.tabs.indexOf(self.importer), self.tr("&Import"))
        self.tabs.setTabText(self.tabs.indexOf(self.my_card), self.tr("&My card"))
        self.tabs.setAccessibleName(self.tr("Exchange sections"))
        self._update_conflict_tab()
