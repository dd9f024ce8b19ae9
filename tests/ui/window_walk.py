"""What a walk over a shown window checks: mnemonics used twice, texts wider than their widget,
and texts still in English while the window speaks Finnish or Swedish."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
_TAGS = re.compile(r"<[^>]+>")
# Shown as they are in every language: names of languages, the app, parties' short names.
ALLOWED_ENGLISH = {"ExitDesk", "English", "Suomi", "Svenska", "OK", "PDF", "QR", "SQLCipher", "—"}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _in_menu(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QMenu):
            return True
        parent = parent.parentWidget()
    return False


def mnemonic_texts(window: QWidget) -> list[str]:
    """Every text in ``window`` whose Alt+letter is live now: visible buttons, buddied labels,
    group boxes, tabs and the menu bar's titles."""
    texts: list[str] = []
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or _in_menu(widget) or widget.window() is not window:
            continue
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or buddied:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return [t for t in texts if mnemonic(t)]


def mnemonic_clashes(window: QWidget) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for text in mnemonic_texts(window):
        by_letter.setdefault(mnemonic(text) or "", []).append(text)
    return [f"Alt+{k.upper()}: {v}" for k, v in sorted(by_letter.items()) if len(v) > 1]


def clipped(window: QWidget) -> list[str]:
    """Texts wider than the widget showing them at its current size."""
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or widget.window() is not window:
            continue
        name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            text = _TAGS.sub("", _plain(widget.text()))
            if "\n" in text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            need = widget.fontMetrics().horizontalAdvance(text)
            if need > widget.contentsRect().width() + 1:
                problems.append(f"{name} {text!r}: needs {need}, has {widget.width()}")
        elif isinstance(widget, QComboBox) and widget.count():
            metrics = widget.fontMetrics()
            widest = max(
                metrics.horizontalAdvance(widget.itemText(i)) for i in range(widget.count())
            )
            option = QStyleOptionComboBox()
            option.initFrom(widget)
            option.editable = widget.isEditable()
            # The text area is what the frame and the arrow leave of the widget.
            room = (
                widget.style()
                .subControlRect(
                    QStyle.ComplexControl.CC_ComboBox,
                    option,
                    QStyle.SubControl.SC_ComboBoxEditField,
                    widget,
                )
                .width()
            )
            if widget.itemIcon(widget.currentIndex()).isNull() is False:
                room -= widget.iconSize().width() + 4
            if widest > room + 1:
                problems.append(f"{name} {widget.currentText()!r}: needs {widest}, has {room}")
        elif isinstance(widget, QHeaderView) and widget.orientation().value == 1:
            header = widget
            model = header.model()
            if model is None:
                continue
            last = header.count() - 1
            for section in range(header.count()):
                if header.isSectionHidden(section):
                    continue
                need = header.sectionSizeFromContents(section).width()
                has = header.sectionSize(section)
                stretched = header.stretchLastSection() and section == last
                if need > has + 1 and not stretched:
                    text = model.headerData(section, header.orientation())
                    problems.append(f"{name} column {text!r}: needs {need}, has {has}")
    return problems


def hidden_columns(view: QAbstractItemView) -> list[str]:
    """Columns of a table that lie (partly) beyond its visible width at its default size."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    right = view.viewport().width()
    model = view.model()
    return [
        str(model.headerData(s, header.orientation()))
        for s in range(header.count())
        if not header.isSectionHidden(s)
        and header.sectionViewportPosition(s)
        + min(header.sectionSize(s), header.sectionSizeFromContents(s).width())
        > right
    ]


@cache
def english_sources(language: str) -> frozenset[str]:
    """Source texts whose translation differs from them (so showing the source is a miss)."""
    root = ET.parse(TS_DIR / f"exitdesk_{language}.ts").getroot()
    sources = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = (
            []
            if translation is None
            else [translation.text or ""]
            + [f.text or "" for f in translation.findall("numerusform")]
        )
        if source and _plain(source) not in {_plain(f) for f in forms}:
            sources.add(_plain(source))
    return frozenset(sources)


def visible_texts(window: QWidget) -> list[str]:
    texts: list[str] = [window.windowTitle()]
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        texts += [a.text() for a in window.menuBar().actions()]
    if isinstance(window, QWizard):
        buttons = QWizard.WizardButton
        for which in (buttons.NextButton, buttons.BackButton, buttons.CancelButton,
                      buttons.FinishButton):  # fmt: skip
            button = window.button(which)
            if button.isVisible():
                texts.append(button.text())
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(s, widget.orientation()) or "") for s in range(widget.count())
            ]
        texts.append(widget.toolTip())
    return [t for t in texts if t]


def untranslated(window: QWidget, language: str) -> list[str]:
    """Visible texts that are an English source text of ours while ``language`` is shown."""
    if language == "en":
        return []
    sources = english_sources(language)
    found = []
    for text in visible_texts(window):
        plain = _TAGS.sub("", _plain(text)).strip()
        if plain in ALLOWED_ENGLISH:
            continue
        if plain in sources or _plain(text) in sources:
            found.append(plain)
    return sorted(set(found))


def problems(window: QWidget, language: str) -> list[str]:
    return (
        [f"mnemonic {c}" for c in mnemonic_clashes(window)]
        + [f"clipped {c}" for c in clipped(window)]
        + [f"English {t!r}" for t in untranslated(window, language)]
    )
