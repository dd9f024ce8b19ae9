"""A strength meter for a new passphrase, using the domain's conservative estimate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from exitdesk.app.passphrase_policy import assess
from exitdesk.domain.passphrase import MIN_LENGTH, PassphraseHint, PassphraseStrength
from exitdesk.ui.retranslate import RetranslateMixin

_COLOURS = ("#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32")


def strength_word(score: int) -> str:
    words = (
        QCoreApplication.translate("PassphraseMeter", "Very weak"),
        QCoreApplication.translate("PassphraseMeter", "Weak"),
        QCoreApplication.translate("PassphraseMeter", "Fair"),
        QCoreApplication.translate("PassphraseMeter", "Good"),
        QCoreApplication.translate("PassphraseMeter", "Strong"),
    )
    return words[max(0, min(score, 4))]


def hint_text(hint: PassphraseHint) -> str:
    if hint is PassphraseHint.TOO_SHORT:
        return QCoreApplication.translate(
            "PassphraseMeter", "Use at least {n} characters; several words are easiest."
        ).format(n=MIN_LENGTH)
    if hint is PassphraseHint.ONE_KIND:
        return QCoreApplication.translate(
            "PassphraseMeter", "Mix in capitals, digits or punctuation."
        )
    if hint is PassphraseHint.REPEATS:
        return QCoreApplication.translate("PassphraseMeter", "Avoid repeating the same characters.")
    return QCoreApplication.translate(
        "PassphraseMeter", "Avoid common words such as 'password' or 'summer'."
    )


class PassphraseMeter(RetranslateMixin, QWidget):
    """Shows how strong the passphrase is and what would make it stronger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(True)
        self._hints = QLabel(self)
        self._hints.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._hints)
        self._strength: PassphraseStrength = assess("")
        self.retranslateUi()

    @property
    def strength(self) -> PassphraseStrength:
        return self._strength

    def update_for(self, passphrase: str) -> None:
        self._strength = assess(passphrase)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        score = self._strength.score
        self._bar.setValue(score)
        word = strength_word(score)
        self._bar.setFormat(word)
        self._bar.setAccessibleName(self.tr("Passphrase strength: {word}").format(word=word))
        self._bar.setStyleSheet(f"QProgressBar::chunk {{ background: {_COLOURS[score]}; }}")
        self._hints.setText("\n".join(hint_text(h) for h in sorted(self._strength.hints)))
