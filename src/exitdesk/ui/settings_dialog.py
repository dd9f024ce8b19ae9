"""The settings form (language, auto-lock, clipboard timeout), built from the declared settings.
The language applies at once; numbers are saved as they change."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.settings import (
    AUTO_LOCK_MINUTES,
    CLIPBOARD_SECONDS,
    LANGUAGE,
    LANGUAGES,
    Setting,
    Settings,
)


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
        self.labels = {key: QLabel(self) for key in ("language", "lock", "clip")}
        self.labels["language"].setBuddy(self.language)
        self.labels["lock"].setBuddy(self.auto_lock)
        self.labels["clip"].setBuddy(self.clipboard)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.labels["language"], self.language)
        form.addRow(self.labels["lock"], self.auto_lock)
        form.addRow(self.labels["clip"], self.clipboard)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.load()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.auto_lock.valueChanged.connect(lambda v: settings.set(AUTO_LOCK_MINUTES, v))
        self.clipboard.valueChanged.connect(lambda v: settings.set(CLIPBOARD_SECONDS, v))
        self.retranslateUi()

    def _spin(self, setting: Setting[int]) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(setting.minimum or 0, setting.maximum or 9999)
        return spin

    def load(self) -> None:
        for widget in (self.language, self.auto_lock, self.clipboard):
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self._settings.get(LANGUAGE))))
        self.auto_lock.setValue(self._settings.get(AUTO_LOCK_MINUTES))
        self.clipboard.setValue(self._settings.get(CLIPBOARD_SECONDS))
        for widget in (self.language, self.auto_lock, self.clipboard):
            widget.blockSignals(False)

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
