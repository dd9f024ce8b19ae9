"""The contacts and exchange page: tabs for contacts, import, conflicts and this vault's own card;
bundles open by file dialog or by dropping them on the page or the main window, one file to its
preview, several (a caseload hand-over) to be imported together."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from exitdesk.app.exchange import ContactView
from exitdesk.app.session import Session
from exitdesk.ui.clipboard import SecureClipboard
from exitdesk.ui.exchange.batch_dialog import BatchImportDialog
from exitdesk.ui.exchange.caseload_dialog import CaseloadDialog
from exitdesk.ui.exchange.conflicts import ConflictsPanel
from exitdesk.ui.exchange.contacts import ContactsPanel, MyCardPanel
from exitdesk.ui.exchange.files import (
    FolderChooser,
    OpenManyChooser,
    SaveChooser,
    is_bundle,
    open_bundle_files,
)
from exitdesk.ui.exchange.import_dialog import ImportDialog, ImportPanel
from exitdesk.ui.exchange.outbox_panel import OutboxPanel
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.settings import CLIPBOARD_SECONDS
from exitdesk.ui.tasks import TaskRunner


def dropped_bundles(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local ``.exitbundle`` files being dragged (other files among them are left out)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [path for path in paths if is_bundle(path)]


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
        self.choose_bundles: OpenManyChooser = open_bundle_files
        # Where the acknowledgement of an imported withdrawal is saved, the folder for the
        # replies of a batch and the one for a caseload's files (tests inject them).
        self.choose_ack_path: SaveChooser | None = None
        self.choose_replies_folder: FolderChooser | None = None
        self.choose_caseload_folder: FolderChooser | None = None
        self.import_dialog: ImportDialog | None = None
        self.batch_dialog: BatchImportDialog | None = None
        self.caseload_dialog: CaseloadDialog | None = None
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
        self.contacts.detail.caseloadRequested.connect(self.hand_over_caseload)
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
        """A vault to show, or None on lock: every tab empties, an open import or caseload
        hand-over closes and the clipboard is cleared if it still holds our card."""
        self._session = session
        if session is None:
            self.clipboard.clear()
            self._close_imports()
            if self.caseload_dialog is not None:
                self.caseload_dialog.close()
            self.caseload_dialog = None
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
        self.import_paths(self.choose_bundles(self, self.tr("Open bundles")))

    def import_paths(self, paths: Sequence[Path]) -> None:
        """One file opens its preview; several are imported together."""
        if len(paths) == 1:
            self.import_file(paths[0])
        elif paths:
            self.import_files(paths)

    def _close_imports(self) -> None:
        for dialog in (self.import_dialog, self.batch_dialog):
            if dialog is not None:
                dialog.close()
        self.import_dialog = None
        self.batch_dialog = None

    def import_file(self, path: Path) -> ImportDialog | None:
        """Verify ``path`` and show what importing it would change."""
        session = self._session
        if session is None:
            return None
        self._close_imports()
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

    def import_files(self, paths: Sequence[Path]) -> BatchImportDialog | None:
        """Read ``paths`` and offer to import them all in one go."""
        session = self._session
        if session is None:
            return None
        self._close_imports()
        dialog = BatchImportDialog(session, self._runner, paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.choose_replies_folder is not None:
            dialog.choose_folder = self.choose_replies_folder
        dialog.imported.connect(self._imported)
        dialog.outboxChanged.connect(self.outbox.reload)
        dialog.destroyed.connect(lambda *_: self._dialog_gone(dialog))
        self.batch_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _dialog_gone(self, dialog: ImportDialog | BatchImportDialog | CaseloadDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        if self.batch_dialog is dialog:
            self.batch_dialog = None
        if self.caseload_dialog is dialog:
            self.caseload_dialog = None

    # -- caseload hand-over ----------------------------------------------------------------
    def hand_over_caseload(self, contact: object) -> CaseloadDialog | None:
        """Preview handing every case over to this verified contact, then do it if confirmed."""
        session = self._session
        if session is None or not isinstance(contact, ContactView):
            return None
        dialog = CaseloadDialog(session, self._runner, contact, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.choose_caseload_folder is not None:
            dialog.choose_folder = self.choose_caseload_folder
        # The cases now wait for their acknowledgements: the participant views say so.
        dialog.handedOver.connect(lambda _result: self.vaultChanged.emit())
        dialog.destroyed.connect(lambda *_: self._dialog_gone(dialog))
        self.caseload_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

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
        if self._session is not None and dropped_bundles(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_bundles(event)
        if self._session is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentWidget(self.importer)
        self.import_paths(paths)

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
