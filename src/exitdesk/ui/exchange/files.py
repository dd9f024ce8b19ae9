"""File choosing for the exchange screen: no dialog history, and choosers that tests replace
with a function returning a path. Naming, reading and writing the files is the services' job
(``exitdesk.app.exchange.files``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from exitdesk.app.exchange import BUNDLE_SUFFIX, is_bundle_file
from exitdesk.ui.widgets import choose_folder, choose_open_file, choose_open_files, choose_save_file

# (parent, dialog title, default file name) -> chosen file or None
SaveChooser = Callable[[QWidget, str, str], Path | None]
# (parent, dialog title) -> chosen file or None
OpenChooser = Callable[[QWidget, str], Path | None]
# (parent, dialog title) -> the chosen files, [] if none
OpenManyChooser = Callable[[QWidget, str], list[Path]]
# (parent, dialog title) -> chosen folder or None
FolderChooser = Callable[[QWidget, str], Path | None]


def is_bundle(path: Path) -> bool:
    return is_bundle_file(path)


def _filter(kind: str) -> str:
    if kind == "bundle":
        text = QCoreApplication.translate("ExchangeFiles", "ExitDesk bundles")
        return f"{text} (*{BUNDLE_SUFFIX})"
    text = QCoreApplication.translate("ExchangeFiles", "Contact cards")
    return f"{text} (*.txt);;" + QCoreApplication.translate("ExchangeFiles", "All files") + " (*)"


def save_bundle_file(parent: QWidget, title: str, default_name: str) -> Path | None:
    return choose_save_file(parent, title, default_name, _filter("bundle"))


def save_card_file(parent: QWidget, title: str, default_name: str) -> Path | None:
    return choose_save_file(parent, title, default_name, _filter("card"))


def open_bundle_file(parent: QWidget, title: str) -> Path | None:
    return choose_open_file(parent, title, _filter("bundle"))


def open_bundle_files(parent: QWidget, title: str) -> list[Path]:
    return choose_open_files(parent, title, _filter("bundle"))


def open_folder(parent: QWidget, title: str) -> Path | None:
    return choose_folder(parent, title)


def open_card_file(parent: QWidget, title: str) -> Path | None:
    return choose_open_file(parent, title, _filter("card"))
