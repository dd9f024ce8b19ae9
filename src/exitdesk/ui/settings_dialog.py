"""The settings form (language, auto-lock, clipboard timeout, colours, screen-capture block),
built from the declared settings.
The language applies at once; numbers are saved as they change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exitdesk.ui.i18n import LANGUAGE_NAMES, Translations
from exitdesk.ui.participant.labels import format_date
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.settings import (
    AUTO_LOCK_MINUTES,
    CLIPBOARD_SECONDS,
    LANGUAGE,
    LANGUAGES,
    PURGE_ON_UNLOCK,
    SCREEN_CAPTURE_BLOCK,
    THEME,
    Setting,
    Settings,
)
from exitdesk.ui.theme import THEMES, apply_theme


class SettingsPanel(RetranslateMixin, QWidget):
    """Edits the settings in place; used as a page of the main window and inside the dialog."""

    def __init__(
        self, settings: Settings, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPanel")
        self._settings = settings
        self._translations = translations
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code in LANGUAGES:
            # Each language is named in itself, so it can be found whatever is showing now.
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.auto_lock = self._spin(AUTO_LOCK_MINUTES)
        self.auto_lock.setObjectName("autoLockMinutes")
        self.clipboard = self._spin(CLIPBOARD_SECONDS)
        self.clipboard.setObjectName("clipboardSeconds")
        self.purge = QComboBox(self)
        self.purge.setObjectName("purgeOnUnlock")
        self.policy = QLabel(self)
        self.policy.setWordWrap(True)
        self.next_due = QLabel(self)
        self._policy_rows: list[tuple[str, str]] = []
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeChoice")
        self.theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.capture = QCheckBox(self)
        self.capture.setObjectName("captureBlock")
        self.capture_note = QLabel(self)
        self.capture_note.setWordWrap(True)
        self.labels = {key: QLabel(self) for key in ("language", "lock", "clip", "purge", "theme")}
        self.labels["purge"].setBuddy(self.purge)
        self.labels["theme"].setBuddy(self.theme)
        self.labels["language"].setBuddy(self.language)
        self.labels["lock"].setBuddy(self.auto_lock)
        self.labels["clip"].setBuddy(self.clipboard)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.labels["language"], self.language)
        form.addRow(self.labels["lock"], self.auto_lock)
        form.addRow(self.labels["clip"], self.clipboard)
        form.addRow(self.labels["purge"], self.purge)
        form.addRow(self.labels["theme"], self.theme)
        form.addRow(self.capture)
        form.addRow(self.capture_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.policy)
        layout.addWidget(self.next_due)
        layout.addStretch(1)
        self.load()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.auto_lock.valueChanged.connect(lambda v: settings.set(AUTO_LOCK_MINUTES, v))
        self.clipboard.valueChanged.connect(lambda v: settings.set(CLIPBOARD_SECONDS, v))
        self.purge.currentIndexChanged.connect(
            lambda _: settings.set(PURGE_ON_UNLOCK, str(self.purge.currentData()))
        )
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.capture.toggled.connect(lambda on: settings.set(SCREEN_CAPTURE_BLOCK, int(on)))
        self.retranslateUi()

    def _spin(self, setting: Setting[int]) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(setting.minimum or 0, setting.maximum or 9999)
        return spin

    def load(self) -> None:
        for widget in (self.language, self.auto_lock, self.clipboard, self.theme, self.capture):
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self._settings.get(LANGUAGE))))
        self._fill_themes()
        self.capture.setChecked(bool(self._settings.get(SCREEN_CAPTURE_BLOCK)))
        self.auto_lock.setValue(self._settings.get(AUTO_LOCK_MINUTES))
        self.clipboard.setValue(self._settings.get(CLIPBOARD_SECONDS))
        for widget in (self.language, self.auto_lock, self.clipboard, self.theme, self.capture):
            widget.blockSignals(False)
        self._select_purge()

    def _select_purge(self) -> None:
        self.purge.blockSignals(True)
        self.purge.setCurrentIndex(max(0, self.purge.findData(self._settings.get(PURGE_ON_UNLOCK))))
        self.purge.blockSignals(False)

    def show_policy(self, rows: list[tuple[str, str]]) -> None:
        """The open vault's data policy as (label, value) rows; empty when locked."""
        self._policy_rows = rows
        self.policy.setText("\n".join(f"{label}: {value}" for label, value in rows))

    def show_next_due(self, when: date | None, due_now: int) -> None:
        if when is None:
            self.next_due.setText(self.tr("Nothing is due for deletion."))
        elif due_now:
            self.next_due.setText(self.tr("%n record(s) due for deletion now.", "", due_now))
        else:
            self.next_due.setText(self.tr("Next deletion due: %1").replace("%1", format_date(when)))

    def _fill_themes(self) -> None:
        self.theme.blockSignals(True)
        self.theme.clear()
        for code, label in THEMES.items():
            self.theme.addItem(QCoreApplication.translate("Theme", label), code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._settings.get(THEME))))
        self.theme.blockSignals(False)

    def _theme_chosen(self) -> None:
        code = str(self.theme.currentData())
        self._settings.set(THEME, code)
        apply_theme(code)

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        self._settings.set(LANGUAGE, code)
        self._translations.set_language(code)

    def retranslateUi(self) -> None:
        self.labels["language"].setText(LANGUAGE.translated_label() + ":")
        self.language.setAccessibleName(LANGUAGE.translated_label().replace("&", ""))
        self.labels["lock"].setText(AUTO_LOCK_MINUTES.translated_label() + ":")
        self.auto_lock.setAccessibleName(AUTO_LOCK_MINUTES.translated_label().replace("&", ""))
        self.auto_lock.setSuffix(" " + self.tr("min"))
        self.labels["clip"].setText(CLIPBOARD_SECONDS.translated_label() + ":")
        self.clipboard.setAccessibleName(CLIPBOARD_SECONDS.translated_label().replace("&", ""))
        self.clipboard.setSuffix(" " + self.tr("s"))
        self.labels["purge"].setText(PURGE_ON_UNLOCK.translated_label() + ":")
        self.purge.setAccessibleName(PURGE_ON_UNLOCK.translated_label().replace("&", ""))
        self.purge.blockSignals(True)
        self.purge.clear()
        self.purge.addItem(self.tr("Ask first"), "ask")
        self.purge.addItem(self.tr("Delete automatically"), "automatic")
        self.purge.blockSignals(False)
        self._select_purge()
        self.labels["theme"].setText(THEME.translated_label() + ":")
        self.theme.setAccessibleName(THEME.translated_label().replace("&", ""))
        self._fill_themes()
        self.capture.setText(SCREEN_CAPTURE_BLOCK.translated_label())
        self.capture.setAccessibleName(SCREEN_CAPTURE_BLOCK.translated_label().replace("&", ""))
        self.capture_note.setText(
            self.tr(
                "Works on Windows 10 (2004) and later and on macOS. On Linux (X11, Wayland) "
                "no program can hide its windows from screen capture. About shows whether it "
                "is active."
            )
        )
        self.note.setText(
            self.tr(
                "Settings are stored for your user account on this computer. They never "
                "contain anything about participants."
            )
        )


class SettingsDialog(RetranslateMixin, QDialog):
    def __init__(
        self, settings: Settings, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.panel = SettingsPanel(settings, translations, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
