"""Case notes, for parties that keep them; a party in minimal-record mode sees why there are none.
Notes may expire; the gentle reminder shows while typing."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.domain import Note
from exitdesk.ui.participant.hints import NoteHintLabel
from exitdesk.ui.participant.labels import format_date
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.tasks import TaskRunner


class MinimalRecordNotice(RetranslateMixin, QLabel):
    """Shown instead of notes when the worker's party records nothing about participants."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setText(
            self.tr(
                "Your organisation keeps no case notes about participants (minimal-record "
                "mode), so there are no notes here. The plan, meetings, safety and consents "
                "are kept as usual."
            )
        )


class NotesTab(ParticipantTab):
    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, runner, participant_id, parent)
        self._notes: list[Note] = []
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.hint = NoteHintLabel(self)
        self.expires = QSpinBox(self)
        self.expires.setRange(0, 3650)
        self.expires_label = QLabel(self)
        self.expires_label.setBuddy(self.expires)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_note)
        self.text.textChanged.connect(self._text_changed)
        row = QHBoxLayout()
        row.addWidget(self.expires_label)
        row.addWidget(self.expires)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.retranslateUi()
        self._text_changed()

    def retranslateUi(self) -> None:
        self.list.setAccessibleName(self.tr("Notes"))
        self.text.setAccessibleName(self.tr("New note"))
        self.text.setPlaceholderText(self.tr("A new note about the support work…"))
        self.expires_label.setText(self.tr("Exp&ires after:"))
        self.expires.setAccessibleName(self.tr("Expires after days"))
        self.expires.setSpecialValueText(self.tr("Never"))
        self.expires.setSuffix(self.tr(" days"))
        self.add_button.setText(self.tr("&Add note"))
        self.hint.refresh()
        self._show(self._notes)

    def reload(self) -> None:
        pid = self.participant_id
        self.fetch(lambda: self.session.notes(pid), self._show)

    def notes(self) -> list[Note]:
        return list(self._notes)

    def _show(self, notes: list[Note]) -> None:
        self._notes = sorted(notes, key=lambda n: n.created_at, reverse=True)
        self.list.clear()
        for note in self._notes:
            head = format_date(note.created_at)
            if note.expires_at is not None:
                head = self.tr("%1 (expires %2)").replace("%1", head)
                head = head.replace("%2", format_date(note.expires_at))
            self.list.addItem(f"{head}\n{note.text}")

    def _text_changed(self) -> None:
        self.hint.check(self.text.toPlainText())
        self.add_button.setEnabled(bool(self.text.toPlainText().strip()))

    def add_note(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            return
        days = self.expires.value()
        expires: datetime | None = self.session.clock() + timedelta(days=days) if days else None
        pid = self.participant_id
        self.add_button.setEnabled(False)
        self.runner.run(
            lambda: self.session.add_note(pid, text, expires),
            owner=self,
            on_success=self._added,
            on_failure=self._failed,
        )

    def _added(self, _note: object) -> None:
        self.text.clear()
        self.saved()

    def _failed(self, exc: BaseException) -> None:
        self._text_changed()
        self.fail(exc)
