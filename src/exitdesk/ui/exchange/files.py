"""File choosing and reading for the exchange screen: neutral default names, no dialog history,
and choosers that tests replace with a function returning a path."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from exitdesk.app.exchange import BUNDLE_SUFFIX
from exitdesk.exchange import Limits
from exitdesk.ui.widgets import choose_open_file, choose_save_file

# (parent, dialog title, default file name) -> chosen file or None
SaveChooser = Callable[[QWidget, str, str], Path | None]
# (parent, dialog title) -> chosen file or None
OpenChooser = Callable[[QWidget, str], Path | None]

CARD_FILE_NAME = "contact-card.txt"


def neutral_bundle_name(prefix: str) -> str:
    """``bundle-1a2b3c4d.exitbundle``: says nothing about whom or what the file is for."""
    return f"{prefix}-{secrets.token_hex(4)}{BUNDLE_SUFFIX}"


def is_bundle(path: Path) -> bool:
    return path.suffix.lower() == BUNDLE_SUFFIX


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


def open_card_file(parent: QWidget, title: str) -> Path | None:
    return choose_open_file(parent, title, _filter("card"))


def read_capped(path: Path, limit: int = Limits().max_file_bytes) -> bytes:
    """At most one byte over ``limit``: enough for the services to refuse an oversized file
    without this window reading all of it into memory."""
    with path.open("rb") as handle:
        return handle.read(limit + 1)
