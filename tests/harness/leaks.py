"""The leak scanner: every file under a folder (and any extra file, such as Qt's own settings)
searched for canary strings and key material, in UTF-8 and UTF-16, case-insensitively; and a
walk over live widgets and item models for what they still show or hold."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.StatusTipRole,
    *(Qt.ItemDataRole.UserRole + n for n in range(12)),
)
_TEXT_GETTERS = (
    "text",
    "toPlainText",
    "windowTitle",
    "toolTip",
    "statusTip",
    "whatsThis",
    "accessibleName",
    "accessibleDescription",
    "placeholderText",
    "currentText",
    "title",
    "subTitle",
)


@dataclass(frozen=True)
class Secret:
    """Something that must not be found: a label for the report and the bytes to look for."""

    label: str
    needles: tuple[bytes, ...]
    folded: bool  # compared case-insensitively (text), or byte for byte (raw key bytes)

    @classmethod
    def text(cls, label: str, value: str) -> Secret:
        low = value.lower()
        return cls(label, (low.encode("utf-8"), low.encode("utf-16-le")), True)

    @classmethod
    def raw(cls, label: str, value: bytes) -> Secret:
        return cls(label, (value,), False)


def read_all(roots: Iterable[Path], extra: Iterable[Path] = ()) -> dict[Path, bytes]:
    """Every regular file under ``roots`` plus ``extra``, as bytes (read once, before anything
    that could write there runs again)."""
    files: dict[Path, bytes] = {}
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink():
                files[path] = path.read_bytes()
    for path in extra:
        if path.is_file():
            files[path] = path.read_bytes()
    return files


def find_in_files(files: dict[Path, bytes], secrets: Iterable[Secret]) -> list[str]:
    """``"label in path"`` for every secret found in a file's contents or its name."""
    found: list[str] = []
    wanted = list(secrets)
    for path, data in files.items():
        low = data.lower()
        name = str(path).lower().encode("utf-8")
        for secret in wanted:
            for needle in secret.needles:
                haystack = low if secret.folded else data
                if needle in haystack or (secret.folded and needle in name):
                    found.append(f"{secret.label} in {path}")
                    break
    return found


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return bool(model.hasChildren(index))
    except TypeError:  # table and list models keep it private: they are flat
        return False


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> list[str]:
    texts: list[str] = []
    if depth > 4:
        return texts
    try:
        columns = max(1, model.columnCount(parent))
    except TypeError:  # a list model keeps columnCount and hasChildren private: flat
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if value is not None:
                    texts.append(repr(value))
            if column == 0 and _has_children(model, index):
                texts.extend(_model_texts(model, index, depth + 1))
    return texts


def widget_texts(tops: Iterable[QWidget]) -> list[str]:
    """What every widget under ``tops`` shows (texts, titles, tips) and what every item model
    they hold or view contains, in every common role."""
    texts: list[str] = []
    models: dict[int, QAbstractItemModel] = {}
    for top in tops:
        for widget in [top, *top.findChildren(QWidget)]:
            for getter in _TEXT_GETTERS:
                method = getattr(widget, getter, None)
                if callable(method):
                    try:
                        value = method()
                    except TypeError:
                        continue
                    if isinstance(value, str) and value:
                        texts.append(value)
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                models[id(widget.model())] = widget.model()
        for model in top.findChildren(QAbstractItemModel):
            models[id(model)] = model
    for model in models.values():
        texts.extend(_model_texts(model, QModelIndex()))
    return texts


def find_in_texts(texts: Iterable[str], canaries: Iterable[str]) -> list[str]:
    low = [t.lower() for t in texts]
    return [c for c in canaries if any(c.lower() in t for t in low)]
