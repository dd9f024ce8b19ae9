"""Window settings declared once, as data, and stored in QSettings. Never any case data here:
only the language, timeouts and the folder of the last vault opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Signal

from exitdesk import APP_NAME
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

T = TypeVar("T", int, str)

LANGUAGES: tuple[str, ...] = ("en", "fi", "sv")


def system_language() -> str:
    """The system locale's language if we ship it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: Callable[[], T]
    label: str  # source text marked with QT_TRANSLATE_NOOP; translated where it is shown
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def translated_label(self) -> str:
        return QCoreApplication.translate("Settings", self.label)

    def coerce(self, raw: Any) -> T:
        """A stored value back to its type; anything out of range or unreadable is the default."""
        try:
            value = self.type(raw)
        except (TypeError, ValueError):
            return self.default()
        if isinstance(value, int):
            if self.minimum is not None and value < self.minimum:
                return self.default()
            if self.maximum is not None and value > self.maximum:
                return self.default()
        if self.choices and value not in self.choices:
            return self.default()
        return value


LANGUAGE = Setting(
    "ui/language",
    str,
    system_language,
    QT_TRANSLATE_NOOP("Settings", "&Language"),
    choices=LANGUAGES,
)
AUTO_LOCK_MINUTES = Setting(
    "security/auto_lock_minutes",
    int,
    lambda: 5,
    QT_TRANSLATE_NOOP("Settings", "Lock after &idle minutes"),
    minimum=1,
    maximum=240,
)
CLIPBOARD_SECONDS = Setting(
    "security/clipboard_seconds",
    int,
    lambda: 30,
    QT_TRANSLATE_NOOP("Settings", "&Clear copied text after seconds"),
    minimum=5,
    maximum=600,
)
SCREEN_CAPTURE_BLOCK = Setting(
    "security/screen_capture_block",
    int,
    lambda: 1,
    QT_TRANSLATE_NOOP("Settings", "&Keep windows out of screen capture and sharing"),
    minimum=0,
    maximum=1,
)
THEME = Setting(
    "ui/theme",
    str,
    lambda: "system",
    QT_TRANSLATE_NOOP("Settings", "&Appearance"),
    choices=("system", "light", "dark", "high_contrast"),
)
LAST_VAULT_FOLDER = Setting(
    "vault/last_folder", str, lambda: "", QT_TRANSLATE_NOOP("Settings", "Last vault folder")
)

PURGE_ON_UNLOCK = Setting(
    "retention/on_unlock",
    str,
    lambda: "ask",
    QT_TRANSLATE_NOOP("Settings", "&Due deletions on unlock"),
    choices=("ask", "automatic"),
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    AUTO_LOCK_MINUTES,
    CLIPBOARD_SECONDS,
    SCREEN_CAPTURE_BLOCK,
    THEME,
    LAST_VAULT_FOLDER,
    PURGE_ON_UNLOCK,
)


class Settings(QObject):
    """Typed access to the declared settings; ``changed`` carries the key that changed."""

    changed = Signal(str)

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @classmethod
    def user(cls) -> Settings:
        """The worker's settings in the platform's usual place (registry, plist or ini)."""
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME,
                             APP_NAME))  # fmt: skip

    @classmethod
    def in_file(cls, path: Path) -> Settings:
        """Settings in one ini file; tests use a temporary one."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key)
        if raw is None:
            return setting.default()
        return setting.coerce(raw)

    def set(self, setting: Setting[T], value: T) -> None:
        value = setting.coerce(value)
        if self._store.contains(setting.key) and self.get(setting) == value:
            return
        self._store.setValue(setting.key, value)
        self._store.sync()
        self.changed.emit(setting.key)

    def keys(self) -> list[str]:
        return list(self._store.allKeys())
