"""The gentle reminder under free-text fields when the text looks like it records offences or
names third parties; advice only, never a block."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from exitdesk.domain.notes import NoteHint, note_hints
from exitdesk.ui.participant.labels import DomainText


class NoteHintLabel(QLabel):
    """Shows the domain's hints for the texts given to ``check``; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteHint")
        self.setWordWrap(True)
        self.setStyleSheet("color: #7a4f00; background: #fff6dd; padding: 6px;")
        self._texts: tuple[str, ...] = ()
        self.hide()

    def check(self, *texts: str) -> None:
        self._texts = texts
        self.refresh()

    def refresh(self) -> None:
        hints: set[NoteHint] = set()
        for text in self._texts:
            hints |= note_hints(text)
        if not hints:
            self.clear()
            self.hide()
            return
        words = DomainText()
        message = "\n".join(words.note_hint(hint) for hint in sorted(hints))
        self.setText(message)
        self.setAccessibleName(message)
        self.show()
