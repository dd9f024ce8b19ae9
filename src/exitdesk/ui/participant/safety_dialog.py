"""The "new safety assessment" dialog: level, urgency, review date, persons at risk by relation
(never by name) and security arrangements with an owner party and a due date."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.domain import (
    PersonAtRisk,
    Relation,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
)
from exitdesk.ui.dates import DateEdit
from exitdesk.ui.participant.forms import FormDialog, fill_combo
from exitdesk.ui.participant.hints import NoteHintLabel
from exitdesk.ui.participant.labels import (
    DomainText,
    optional_date,
    optional_date_edit,
    party_items,
    to_date,
    to_qdate,
)
from exitdesk.ui.tasks import TaskRunner


class RowsEditor(QWidget):
    """A table whose rows are small editors, with add/remove buttons; keyboard reachable."""

    def __init__(
        self, columns: int, make_row: Callable[[int], None], parent: QWidget, stretch: int = 0
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.table = QTableWidget(0, columns, self)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Choices (relation, owner party, dates) keep their full width in every language; the
        # free-text column takes what is left.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self._stretch = stretch
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # The form label's mnemonic lands in the table.
        self.setFocusProxy(self.table)

    def add_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._make_row(row)
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            editor = self.table.cellWidget(row, column)
            if editor is not None:
                for part in [editor, *editor.findChildren(QWidget)]:
                    part.installEventFilter(self)
                if column != self._stretch:
                    wanted = max(editor.sizeHint().width(),
                                 header.sectionSizeFromContents(column).width())  # fmt: skip
                    self.table.setColumnWidth(column, max(wanted, self.table.columnWidth(column)))
        first = self.table.cellWidget(row, 0)
        if first is not None:
            first.setFocus()
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a cell finishes that cell (its value is already taken) and moves on to the
        next one; it must not reach the dialog, where it would save the whole form."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if isinstance(watched, QWidget):
                self._next_cell(watched)
            return True
        return super().eventFilter(watched, event)

    def _next_cell(self, widget: QWidget) -> None:
        cells = [
            self.table.cellWidget(r, c)
            for r in range(self.table.rowCount())
            for c in range(self.table.columnCount())
        ]
        for index, cell in enumerate(cells):
            if cell is not None and (cell is widget or cell.isAncestorOf(widget)):
                following = [w for w in cells[index + 1 :] if w is not None]
                (following[0] if following else self.add_button).setFocus()
                return

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    def cell(self, row: int, column: int) -> QWidget:
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget


class SafetyDialog(FormDialog):
    """A new assessment starts from the latest one, so ongoing arrangements carry forward."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        participant_id: int,
        latest: SafetyAssessment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, session.save_safety, parent)
        self._participant_id = participant_id
        self._worker_party = session.worker.party_id
        self._today = session.clock().date()
        self.assessed_on = DateEdit(self)
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDate(to_qdate(self._today))
        self.level = QComboBox(self)
        self.urgent = QCheckBox(self)
        self.review_on = DateEdit(self, today=self._today)
        self.review_on.setCalendarPopup(True)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(80)
        self.hint = NoteHintLabel(self)
        self.persons = RowsEditor(2, self._make_person_row, self, stretch=1)
        self.arrangements = RowsEditor(5, self._make_arrangement_row, self)
        self.add_row(lambda: self.tr("&Assessed on:"), self.assessed_on)
        self.add_row(lambda: self.tr("&Level:"), self.level)
        self.add_row(lambda: self.tr("&Urgent:"), self.urgent)
        self.add_row(lambda: self.tr("Review &on:"), self.review_on)
        self.add_row(lambda: self.tr("Su&mmary:"), self.summary)
        self.form.addRow(self.hint)
        self.add_row(lambda: self.tr("&Persons at risk:"), self.persons)
        self.add_row(lambda: self.tr("Security a&rrangements:"), self.arrangements)
        self.summary.textChanged.connect(self._check_text)
        # Removing a row removes its text from the reminder too.
        self.persons.remove_button.clicked.connect(self._check_text)
        self.arrangements.remove_button.clicked.connect(self._check_text)
        self.retranslateUi()
        self._prefill(latest)
        self.resize(1040, 660)

    def _prefill(self, latest: SafetyAssessment | None) -> None:
        optional_date_edit(self.review_on, latest.review_on if latest else None, "—")
        if latest is None:
            return
        self.level.setCurrentIndex(self.level.findData(latest.level))
        self.urgent.setChecked(latest.urgent)
        for person in latest.persons_at_risk:
            row = self.persons.add_row()
            relation = self.persons.cell(row, 0)
            assert isinstance(relation, QComboBox)
            relation.setCurrentIndex(relation.findData(person.relation))
            note = self.persons.cell(row, 1)
            assert isinstance(note, QLineEdit)
            note.setText(person.note or "")
        # Done and closed arrangements stay with the assessment they ended in.
        for arrangement in latest.open_arrangements():
            row = self.arrangements.add_row()
            self._fill_arrangement(row, arrangement)

    # -- rows ------------------------------------------------------------------------------
    def _make_person_row(self, row: int) -> None:
        relation = QComboBox(self.persons.table)
        text = DomainText()
        fill_combo(relation, [(text.relation(r), r) for r in Relation])
        relation.setAccessibleName(self.tr("Relation to the participant"))
        note = QLineEdit(self.persons.table)
        note.setAccessibleName(self.tr("Note about the risk (no names)"))
        note.setPlaceholderText(self.tr("No names, please"))
        note.textChanged.connect(self._check_text)
        self.persons.table.setCellWidget(row, 0, relation)
        self.persons.table.setCellWidget(row, 1, note)

    def _make_arrangement_row(self, row: int) -> None:
        table = self.arrangements.table
        description = QLineEdit(table)
        description.setAccessibleName(self.tr("Arrangement"))
        description.textChanged.connect(self._check_text)
        owner = QComboBox(table)
        fill_combo(owner, party_items(self._worker_party), self._worker_party)
        owner.setAccessibleName(self.tr("Owner party"))
        due = DateEdit(table, today=self._today)
        due.setCalendarPopup(True)
        optional_date_edit(due, None, "—")
        due.setAccessibleName(self.tr("Due date"))
        done = QCheckBox(table)
        done.setAccessibleName(self.tr("Done"))
        review = QDateEdit(table)
        review.setCalendarPopup(True)
        optional_date_edit(review, None, "—")
        review.setAccessibleName(self.tr("Review date"))
        for column, widget in enumerate((description, owner, due, done, review)):
            table.setCellWidget(row, column, widget)

    def _fill_arrangement(self, row: int, arrangement: SecurityArrangement) -> None:
        description, owner, due, done, review = (self.arrangements.cell(row, c) for c in range(5))
        assert isinstance(description, QLineEdit) and isinstance(owner, QComboBox)
        assert isinstance(due, QDateEdit) and isinstance(done, QCheckBox)
        assert isinstance(review, QDateEdit)
        description.setText(arrangement.description or "")
        optional_date_edit(review, arrangement.review_on, "—")
        if owner.findData(arrangement.owner_party_id) < 0:
            owner.addItem(arrangement.owner_party_id, arrangement.owner_party_id)
        owner.setCurrentIndex(owner.findData(arrangement.owner_party_id))
        optional_date_edit(due, arrangement.due, "—")
        done.setChecked(arrangement.done)
        description.setProperty("uid", str(arrangement.uid))

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("New safety assessment"))
        text = DomainText()
        fill_combo(self.level, [(text.level(level), level) for level in SafetyLevel])
        self.urgent.setText(
            self.tr("Needs action now (shows a banner wherever the person appears)")
        )
        self.review_on.setSpecialValueText(self.tr("No review date"))
        self.persons.table.setHorizontalHeaderLabels([self.tr("Relation"), self.tr("Note")])
        self.persons.add_button.setText(self.tr("Add p&erson"))
        self.persons.remove_button.setText(self.tr("Remove perso&n"))
        self.arrangements.table.setHorizontalHeaderLabels(
            [
                self.tr("Arrangement"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Done"),
                self.tr("Review"),
            ]
        )
        self.arrangements.add_button.setText(self.tr("Add arran&gement"))
        self.arrangements.remove_button.setText(self.tr("Remove arrangemen&t"))
        self.hint.refresh()

    def _check_text(self) -> None:
        """The reminder covers the summary and every row's free text."""
        texts = [self.summary.toPlainText()]
        for rows in (self.persons, self.arrangements):
            for row in range(rows.table.rowCount()):
                editor = rows.table.cellWidget(row, 1 if rows is self.persons else 0)
                if isinstance(editor, QLineEdit):
                    texts.append(editor.text())
        self.hint.check(*texts)

    # -- value -----------------------------------------------------------------------------
    def build(self) -> SafetyAssessment:
        persons = []
        for row in range(self.persons.table.rowCount()):
            relation, note = self.persons.cell(row, 0), self.persons.cell(row, 1)
            assert isinstance(relation, QComboBox) and isinstance(note, QLineEdit)
            persons.append(
                PersonAtRisk(relation=relation.currentData(), note=note.text().strip() or None)
            )
        arrangements = []
        for row in range(self.arrangements.table.rowCount()):
            description, owner, due, done, review = (
                self.arrangements.cell(row, c) for c in range(5)
            )
            assert isinstance(description, QLineEdit) and isinstance(owner, QComboBox)
            assert isinstance(due, QDateEdit) and isinstance(done, QCheckBox)
            assert isinstance(review, QDateEdit)
            fields = {
                "description": description.text().strip() or None,
                "owner_party_id": owner.currentData(),
                "due": optional_date(due),
                "review_on": optional_date(review),
                "done": done.isChecked(),
            }
            uid = description.property("uid")
            if uid:
                fields["uid"] = uid
            arrangements.append(SecurityArrangement.model_validate(fields))
        return SafetyAssessment(
            participant_id=self._participant_id,
            assessed_on=to_date(self.assessed_on.date()),
            level=self.level.currentData(),
            urgent=self.urgent.isChecked(),
            review_on=optional_date(self.review_on),
            summary=self.summary.toPlainText().strip(),
            persons_at_risk=tuple(persons),
            arrangements=tuple(arrangements),
        )
