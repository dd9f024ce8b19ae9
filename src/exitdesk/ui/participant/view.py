"""One participant's case: the urgent banner on top, then a tab per part of the work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.access_report import AccessReport, access_report
from exitdesk.app.session import Session
from exitdesk.domain import LifecycleState, Participant, party_by_id
from exitdesk.domain.display import shown
from exitdesk.ui.exchange.files import SaveChooser, save_bundle_file
from exitdesk.ui.participant.access_report import DEFAULT_FILE_NAME, AccessReportText
from exitdesk.ui.participant.consents import ConsentsTab
from exitdesk.ui.participant.ending_notice import ContactChooser, ask_contact, send_ending_notice
from exitdesk.ui.participant.exchange_history import ExchangeHistoryTab
from exitdesk.ui.participant.labels import DomainText
from exitdesk.ui.participant.meetings import MeetingsTab
from exitdesk.ui.participant.notes import MinimalRecordNotice, NotesTab
from exitdesk.ui.participant.overview import OverviewTab
from exitdesk.ui.participant.plan import PlanTab
from exitdesk.ui.participant.safety import SafetyTab
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.printing import Asker, Output, PathChooser, ask_output, print_or_save
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import UrgentBanner, choose_save_file, icon, show_error


def report_chooser(parent: QWidget, title: str) -> Path | None:
    """The save dialog for the report: neutral default name, no dialog history left behind."""
    return choose_save_file(parent, title, DEFAULT_FILE_NAME, "PDF (*.pdf)")


class ParticipantView(RetranslateMixin, QWidget):
    """``changed``: something about the participant was saved (lists should refresh).
    ``closed``: the worker closed the view. ``loaded``: every tab has shown its data once."""

    changed = Signal()
    closed = Signal()
    loaded = Signal()

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        participant_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.participant_id = participant_id
        self._participant: Participant | None = None
        self.banner = UrgentBanner(self)
        self.banner.actionTriggered.connect(self.show_safety)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_view)
        self.export_button = QPushButton(icon("export"), "", self)
        self.export_button.clicked.connect(self.export_case)
        self.notice_button = QPushButton(self)
        self.notice_button.setObjectName("sendEndingNotice")
        self.notice_button.clicked.connect(self.send_notice)
        self.notice_button.hide()
        self.choose_notice_contact: ContactChooser = ask_contact
        self.choose_notice_path: SaveChooser = save_bundle_file
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteParticipant")
        self.delete_button.clicked.connect(self.delete_participant)
        self.confirm_delete: QMessageBox | None = None
        self.export_wizard: QWidget | None = None
        self.report_button = QPushButton(self)
        self.report_button.clicked.connect(self.print_access_report)
        self.ask_output: Asker = ask_output
        self.choose_report_path: PathChooser = report_chooser
        self.report_html = ""
        self.tabs = QTabWidget(self)
        args = (session, runner, participant_id)
        self.overview = OverviewTab(*args, parent=self)
        self.plan = PlanTab(*args, parent=self)
        self.meetings = MeetingsTab(*args, parent=self)
        self.safety = SafetyTab(*args, parent=self)
        self.consents = ConsentsTab(*args, parent=self)
        self.exchange = ExchangeHistoryTab(*args, parent=self)
        # Aggredi-style parties record nothing about the participant: no notes tab at all.
        self.minimal_record = party_by_id(session.worker.party_id).minimal_record
        self.notes: NotesTab | None = None
        self.notes_notice: MinimalRecordNotice | None = None
        notes_page: QWidget
        if self.minimal_record:
            self.notes_notice = MinimalRecordNotice(self)
            notes_page = self.notes_notice
        else:
            self.notes = NotesTab(*args, parent=self)
            notes_page = self.notes
        self._pages: list[QWidget] = [
            self.overview,
            self.plan,
            self.meetings,
            self.safety,
            self.consents,
            self.exchange,
            notes_page,
        ]
        for page in self._pages:
            self.tabs.addTab(page, "")
        self._pending = set(self.data_tabs())
        for tab in self.data_tabs():
            tab.changed.connect(self._tab_changed)
            tab.loaded.connect(lambda t=tab: self._tab_loaded(t))
        self.overview.participantLoaded.connect(self._participant_loaded)
        self.safety.urgentChanged.connect(self._urgent_changed)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.report_button)
        header.addWidget(self.export_button)
        header.addWidget(self.notice_button)
        header.addWidget(self.delete_button)
        header.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        # The list gives the view focus when it opens; the keyboard should land on the tabs.
        self.setFocusProxy(self.tabs)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.close_view)
        # Escape leaves the participant (dialogs take their own Escape first).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_view)
        self.retranslateUi()
        self.reload()

    def data_tabs(self) -> list[ParticipantTab]:
        return [p for p in self._pages if isinstance(p, ParticipantTab)]

    # -- text ------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        titles = [
            self.tr("&Overview"),
            self.tr("Support plan"),
            self.tr("Meetings"),
            self.tr("Safety"),
            self.tr("Consents"),
            self.tr("Exchange history"),
            self.tr("Notes"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.tabs.setAccessibleName(self.tr("Participant sections"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the participant"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export to a contact"))
        self.report_button.setText(self.tr("&Print access report…"))
        self.report_button.setAccessibleName(
            self.tr("Print everything held about the participant, for them to read")
        )
        self.delete_button.setText(self.tr("Delete participant…"))
        self.notice_button.setText(self.tr("Send ending &notice…"))
        self._update_heading()
        self._urgent_changed(self.safety.is_urgent())

    def _update_heading(self) -> None:
        participant = self._participant
        if participant is None:
            self.heading.setText(self.tr("Loading…"))
            return
        state = DomainText().state(participant.state)
        self.heading.setText(f"{shown(participant.alias)} — {state}")
        self.heading.setAccessibleName(self.tr("Participant"))

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self._pending = set(self.data_tabs())
        for tab in self.data_tabs():
            tab.reload()

    def participant(self) -> Participant | None:
        return self._participant

    def _participant_loaded(self, participant: Participant) -> None:
        self._participant = participant
        self.consents.set_participant(participant)
        self.notice_button.setVisible(participant.state is LifecycleState.ENDED)
        self._update_heading()

    def _tab_loaded(self, tab: ParticipantTab) -> None:
        if tab in self._pending:
            self._pending.discard(tab)
            if not self._pending:
                self.loaded.emit()

    def _tab_changed(self) -> None:
        # A lifecycle change or an edit elsewhere may change the heading; the overview is cheap.
        if self.sender() is not self.overview:
            self.overview.reload()
        # A withdrawal may have written a bundle: the history shows it.
        if self.sender() is self.consents:
            self.exchange.reload()
        self.changed.emit()

    def _urgent_changed(self, urgent: bool) -> None:
        if urgent:
            self.banner.show_message(
                self.tr("Urgent safety flag: check the security arrangements now."),
                self.tr("Show safety"),
            )
        else:
            self.banner.clear()

    # -- actions ---------------------------------------------------------------------------
    def show_safety(self) -> None:
        self.tabs.setCurrentWidget(self.safety)
        self.safety.setFocus()

    def export_case(self) -> None:
        """The export wizard for this participant; the history tab shows the bundle after."""
        from exitdesk.ui.exchange.export_wizard import ExportWizard

        wizard = ExportWizard(self.session, self.runner, self.participant_id, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.exported.connect(lambda _result: self.exchange.reload())
        wizard.categories_page.consentRequested.connect(self._consent_for_export)
        self.export_wizard = wizard
        wizard.open()

    def print_access_report(self) -> None:
        """Ask print or save (warning that a PDF is not encrypted), read the report off the
        GUI thread, then print or write it."""
        choice = self.ask_output(self)
        if choice is Output.CANCEL:
            return
        self.runner.run(
            lambda: access_report(self.session, self.participant_id),
            owner=self,
            on_success=lambda report: self._report_ready(report, choice),
            on_failure=lambda exc: show_error(self, exc),
        )

    def _report_ready(self, report: AccessReport, choice: Output) -> None:
        text = AccessReportText()
        html = text.html(report)
        self.report_html = html
        try:
            print_or_save(
                self,
                html,
                text.pdf_title(),
                text.save_title(),
                lambda _parent: choice,
                self.choose_report_path,
            )
        except OSError as exc:
            show_error(self, exc)

    def _consent_for_export(self) -> None:
        """From the export's dead end to its way on: the consent dialog, identity ticked."""
        wizard = self.export_wizard
        if wizard is not None:
            wizard.close()
            self.export_wizard = None
        self.tabs.setCurrentWidget(self.consents)
        self.consents.record_consent(with_identity=True)

    def send_notice(self) -> None:
        """Tell a contact that participation has ended (the CLI's ``notify-ended``)."""
        send_ending_notice(
            self,
            self.session,
            self.runner,
            self.participant_id,
            choose_contact=self.choose_notice_contact,
            choose_path=self.choose_notice_path,
            done=lambda _r: self.exchange.reload(),
        )

    def delete_participant(self) -> None:
        """Ask first (naming the participant), then the CLI's ``participant delete``."""
        participant = self._participant
        if participant is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete participant"),
            self.tr(
                "Delete %1 and everything recorded about them from this vault? "
                "This cannot be undone."
            ).replace("%1", participant.alias),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm_delete = box
        session, pid = self.session, self.participant_id

        def answered() -> None:
            self.confirm_delete = None
            if box.clickedButton() is delete:
                self.runner.run(
                    lambda: session.delete_participant(pid),
                    owner=self,
                    on_success=self._deleted,
                    on_failure=lambda exc: show_error(self, exc),
                )

        box.finished.connect(answered)
        box.open()

    def _deleted(self, _result: object = None) -> None:
        self.changed.emit()
        self.close_view()

    def close_view(self) -> None:
        """Forget what only lives in memory (on-screen signatures) and tell the shell."""
        self.consents.clear_signatures()
        self.closed.emit()
