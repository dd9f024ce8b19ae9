"""The PySide6 desktop window. It calls the services in ``exitdesk.app`` only; it never runs SQL."""

from __future__ import annotations

import ctypes
import sys


def _immortalise_singletons() -> None:
    """PySide6 6.12 drops references to ``True``/``None`` on some paths (``Signal.emit()``
    returns ``True`` without a reference; an empty ``QModelIndex.data()`` returns ``None``
    without one). Python 3.12+ never frees these singletons; on 3.11 a long session would
    free them and crash. Giving each a huge reference count makes 3.11 behave like 3.12."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_immortalise_singletons()
