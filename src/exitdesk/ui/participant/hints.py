"""The gentle reminder under free-text fields when the text looks like it records offences or
names third parties; advice only, never a block."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from exitdesk.app.reminder import note_hints
from exitdesk.domain.notes import NoteHint
from exitdesk.ui.participant.labels import DomainText

TextEditor = QPlainTextEdit | QLineEdit


class NoteHintLabel(QLabel):
    """Shows the domain's hints for the texts given to ``check``, or for every editor it
    ``watch``es; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteHint")
        self.setWordWrap(True)
        self.setStyleSheet("color: #7a4f00; background: #fff6dd; padding: 6px;")
        self._texts: tuple[str, ...] = ()
        self._editors: list[TextEditor] = []
        self.hide()

    def check(self, *texts: str) -> None:
        self._texts = texts
        self.refresh()

    def watch(self, *editors: TextEditor) -> None:
        """Re-check all watched editors together whenever one of them changes."""
        for editor in editors:
            self._editors.append(editor)
            editor.textChanged.connect(self.recheck)
        self.recheck()

    def recheck(self, *_changed: object) -> None:
        self.check(
            *(e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text() for e in self._editors)
        )

    def refresh(self) -> None:
        hints: set[NoteHint] = set(note_hints(*self._texts))
        if not hints:
            self.clear()
            self.hide()
            return
        words = DomainText()
        message = "\n".join(words.note_hint(hint) for hint in sorted(hints))
        self.setText(message)
        self.setAccessibleName(message)
        self.show()
