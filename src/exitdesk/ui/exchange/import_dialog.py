"""Importing a bundle: verify it and show what would change before anything is written, then apply
it all or nothing, summarise, and save the acknowledgement a withdrawal asks for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.exchange import (
    ImportPlan,
    ImportResult,
    RecordAction,
    outgoing_file_name,
    read_bundle_file,
    save_acknowledgement,
)
from exitdesk.app.session import Session
from exitdesk.exchange import BundleKind
from exitdesk.ui.exchange.files import (
    SaveChooser,
    save_bundle_file,
)
from exitdesk.ui.messages import MessageLabel, Tone
from exitdesk.ui.participant.labels import contact_text
from exitdesk.ui.policy_text import field_names
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import icon, user_message


class ImportDialog(RetranslateMixin, QDialog):
    """``previewed`` fires once verification has finished (accepted or refused); ``imported``
    carries the ``ImportResult`` after the vault was changed."""

    previewed = Signal()
    imported = Signal(object)
    acknowledgementSaved = Signal(object)

    def __init__(
        self, session: Session, runner: TaskRunner, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._session = session
        self._runner = runner
        self._path = path
        self._data: bytes | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.refusal: str | None = None
        self.ack_path: Path | None = None
        self.choose_path: SaveChooser = save_bundle_file
        self.heading = MessageLabel(self)
        self.heading.setObjectName("importHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("importDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.import_button = QPushButton(icon("import"), "", self)
        self.import_button.setDefault(True)
        self.save_ack_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_ack_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.apply)
        self.save_ack_button.clicked.connect(self.save_acknowledgement)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.details, self.import_button)
        self.retranslateUi()
        self._busy(True)
        self.resize(560, 320)

    # -- verification ------------------------------------------------------------------------
    def start(self) -> None:
        """Read and verify off the GUI thread; nothing is written."""
        path, exchange = self._path, self._session.exchange

        def work() -> tuple[bytes, ImportPlan]:
            data = read_bundle_file(path)
            return data, exchange.preview_import(data)

        self._runner.run(work, owner=self, on_success=self._previewed, on_failure=self._refused)

    def _previewed(self, outcome: Any) -> None:
        self._data, self.plan = outcome
        self._busy(False)
        self._show()
        self.import_button.setFocus()
        self.previewed.emit()

    def _refused(self, exc: BaseException) -> None:
        self._data = None
        self.refusal = user_message(exc)
        self._busy(False)
        self._show()
        self.close_button.setFocus()
        self.previewed.emit()

    # -- applying ----------------------------------------------------------------------------
    def apply(self) -> None:
        data = self._data
        if data is None or self.plan is None or self.import_result is not None:
            return
        exchange = self._session.exchange
        self._busy(True)
        self._runner.run(
            lambda: exchange.import_bundle(data),
            owner=self,
            on_success=self._applied,
            on_failure=self._refused,
        )

    def _applied(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.import_result = result
        self._data = None
        self._busy(False)
        self._show()
        self.imported.emit(result)
        if result.acknowledgement is not None:
            self.save_acknowledgement()

    def save_acknowledgement(self) -> None:
        result = self.import_result
        if result is None or result.acknowledgement is None:
            return
        path = self.choose_path(
            self,
            self.tr("Save the acknowledgement for the sender"),
            outgoing_file_name(BundleKind.WITHDRAWAL_ACK),
        )
        if path is None:
            return
        data = result.acknowledgement
        exchange = self._session.exchange
        handed_over = result.outbox_ids

        def save() -> None:
            save_acknowledgement(data, path=path)
            # Saved where the worker chose: it no longer waits in the outbox.
            exchange.outbox_saved(handed_over)

        self._runner.run(
            save,
            owner=self,
            on_success=lambda _: self._ack_saved(path),
            on_failure=lambda exc: self._show(user_message(exc)),
        )

    def _ack_saved(self, path: Path) -> None:
        self.ack_path = path
        self._show()
        self.acknowledgementSaved.emit(path)

    # -- showing -----------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self._update_buttons(busy)

    def _update_buttons(self, busy: bool = False) -> None:
        ready = self.plan is not None and self.import_result is None and self.refusal is None
        self.import_button.setEnabled(ready and not busy)
        self.import_button.setVisible(self.import_result is None)
        pending_ack = (
            self.import_result is not None and self.import_result.acknowledgement is not None
        )
        self.save_ack_button.setVisible(pending_ack)
        self.save_ack_button.setEnabled(pending_ack and not busy)
        done = self.import_result is not None or self.refusal is not None
        self.close_button.setText(self.tr("&Close") if done else self.tr("Cancel"))

    def _show(self, problem: str | None = None) -> None:
        if self.refusal is not None:
            heading = self.tr("This bundle was refused. Nothing was changed.")
            lines = [self.refusal]
            tone = Tone.ERROR
        elif self.import_result is not None:
            heading = self.tr("Imported.")
            lines = self.result_lines(self.import_result)
            tone = Tone.INFO
        elif self.plan is not None:
            heading = self.tr("Verified. Nothing has been written yet.")
            lines = self.plan_lines(self.plan)
            tone = Tone.INFO
        else:
            heading = self.tr("Checking the bundle…")
            lines = []
            tone = Tone.INFO
        if problem is not None:
            lines.append(problem)
        self.heading.setText(heading)
        self.heading.set_tone(tone)
        self.details.setText("\n".join(lines))
        self.details.setAccessibleName("\n".join([heading, *lines]))
        self._update_buttons(self.progress.isVisible())

    def plan_lines(self, plan: ImportPlan) -> list[str]:
        sender = contact_text(plan.sender.name, plan.sender.party_id)
        lines = [
            self.tr("Signed by %1, a verified contact, and addressed to this vault.").replace(
                "%1", sender
            )
        ]
        kind = plan.opened.kind
        if kind is BundleKind.CONSENT_WITHDRAWAL:
            lines.append(
                self.tr(
                    "A consent was withdrawn. Importing deletes %n record(s) received under it "
                    "and makes an acknowledgement for the sender.",
                    "",
                    plan.purge,
                )
            )
        elif kind is BundleKind.WITHDRAWAL_ACK:
            lines.append(
                self.tr("%1 confirms deleting what they received under a withdrawn consent.")
                .replace("%1", sender)
            )  # fmt: skip
        elif kind is BundleKind.WITHDRAWAL_NOTICE:
            lines.append(
                self.tr(
                    "The participant withdrew this consent at %1. Importing withdraws it here "
                    "and makes a withdrawal for every other recipient."
                ).replace("%1", sender)
            )
        elif kind is BundleKind.HANDOVER_ACK:
            lines.append(
                self.tr(
                    "%1 confirms taking over the case. Importing deletes its %n record(s) "
                    "from this vault.",
                    "",
                    plan.purge,
                ).replace("%1", sender)
            )
        else:
            what = self.tr("A case transfer.")
            if kind is BundleKind.CASE_UPDATE:
                what = self.tr("An update to a case you received before.")
            elif kind is BundleKind.CASE_HANDOVER:
                what = self.tr(
                    "A hand-over: the case becomes yours, and an acknowledgement for the "
                    "sender waits in the outbox."
                )
            lines.append(what)
            lines.append(
                self.tr("New records: %1").replace("%1", str(plan.count(RecordAction.ADD)))
            )
            lines.append(
                self.tr("Updated records: %1").replace("%1", str(plan.count(RecordAction.UPDATE)))
            )
            lines.append(
                self.tr("Unchanged records: %1")
                .replace("%1", str(plan.count(RecordAction.UNCHANGED)))
            )  # fmt: skip
            conflicts = plan.count(RecordAction.CONFLICT)
            lines.append(self.tr("Conflicts to resolve: %1").replace("%1", str(conflicts)))
            if plan.removed:
                lines.append(
                    self.tr("Records the sender removed: %1").replace("%1", str(len(plan.removed)))
                )
        for left in plan.left_out:
            lines.append(
                self.tr("Left out of one %1 record (your data policy does not keep it): %2")
                .replace("%1", left.record_type)
                .replace("%2", field_names(left.fields))
            )  # fmt: skip
        for warning in plan.warnings:
            lines.append(self.tr("Warning: %1").replace("%1", warning))
        return lines

    def result_lines(self, result: ImportResult) -> list[str]:
        kind = result.plan.opened.kind
        sender = contact_text(result.plan.sender.name, result.plan.sender.party_id)
        lines: list[str] = []
        if kind is BundleKind.CONSENT_WITHDRAWAL:
            lines.append(
                self.tr("%n record(s) received under the withdrawn consent were deleted.", "",
                        result.purged)
            )  # fmt: skip
            if self.ack_path is not None:
                lines.append(
                    self.tr("The acknowledgement was saved as %1. Send it back to %2.")
                    .replace("%1", self.ack_path.name)
                    .replace("%2", sender)
                )  # fmt: skip
            else:
                lines.append(self.tr("The acknowledgement for the sender is not saved yet."))
        elif kind is BundleKind.WITHDRAWAL_ACK:
            lines.append(
                self.tr("%1 has deleted what they received under the withdrawn consent.")
                .replace("%1", sender)
            )  # fmt: skip
        elif kind is BundleKind.WITHDRAWAL_NOTICE:
            lines.append(
                self.tr(
                    "The consent is withdrawn; %n withdrawal(s) for the other recipients wait "
                    "in the outbox.",
                    "",
                    len(result.outbox_ids),
                )
            )
        elif kind is BundleKind.HANDOVER_ACK:
            lines.append(
                self.tr("%n record(s) of the handed-over case were deleted from this vault.", "",
                        result.purged)
            )  # fmt: skip
        else:
            plan = result.plan
            added, updated = plan.count(RecordAction.ADD), plan.count(RecordAction.UPDATE)
            lines.append(
                self.tr("Records added: %1. Records updated: %2.")
                .replace("%1", str(added))
                .replace("%2", str(updated))
            )  # fmt: skip
            if result.conflicts:
                lines.append(
                    self.tr("%n conflict(s) wait in the Conflicts tab; nothing was overwritten.",
                            "", result.conflicts)
                )  # fmt: skip
        return lines

    # -- language ----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import a bundle"))
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the bundle"))
        self.save_ack_button.setText(self.tr("&Save acknowledgement…"))
        self.progress.setAccessibleName(self.tr("Working"))
        self.details.setAccessibleDescription(self.tr("What importing changes"))
        self._show()


class ImportPanel(RetranslateMixin, QWidget):
    """The Import tab: a button and a drop target; the page opens the dialogs."""

    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.open_button = QPushButton(icon("import"), "", self)
        self.open_button.clicked.connect(self.openRequested)
        self.drop_hint = QLabel(self)
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setMinimumHeight(120)
        self.drop_hint.setStyleSheet("border: 2px dashed #888; border-radius: 8px;")
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.drop_hint)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.intro.setText(
            self.tr(
                "Open a bundle another worker sent you. It is checked completely and you see "
                "what would change before anything is written to your vault. Several files "
                "(a caseload hand-over) are imported together, each whole or not at all."
            )
        )
        self.open_button.setText(self.tr("&Open bundles…"))
        self.open_button.setAccessibleName(self.tr("Open one or more bundle files"))
        self.drop_hint.setText(self.tr("Or drop one or more .exitbundle files here"))
