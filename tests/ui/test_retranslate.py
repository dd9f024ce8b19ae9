"""One retranslation mechanism: every widget class that re-sets its texts gets the language change
through ``RetranslateMixin``, and no class handles ``LanguageChange`` on its own."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWizardPage
from pytestqt.qtbot import QtBot

import exitdesk.ui
from exitdesk.ui.i18n import Translations
from exitdesk.ui.retranslate import RetranslateMixin


def _ui_classes() -> list[type]:
    found: list[type] = []
    for module_info in pkgutil.walk_packages(exitdesk.ui.__path__, "exitdesk.ui."):
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__:
                found.append(cls)
    return found


def test_every_class_with_texts_to_retranslate_uses_the_mixin() -> None:
    classes = _ui_classes()
    with_texts = [cls for cls in classes if "retranslateUi" in vars(cls)]
    assert len(with_texts) > 30  # the walk really found the window's classes
    unwired = [cls.__qualname__ for cls in with_texts if not issubclass(cls, RetranslateMixin)]
    assert unwired == []
    own_handlers = [
        cls.__qualname__
        for cls in classes
        if cls is not RetranslateMixin
        and "changeEvent" in vars(cls)
        and "LanguageChange" in inspect.getsource(vars(cls)["changeEvent"])
    ]
    assert own_handlers == []


class _Page(RetranslateMixin, QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.languages: list[str] = []

    def retranslateUi(self) -> None:
        self.languages.append(QLocale().name())


def test_a_language_switch_reaches_a_widget_through_the_mixin(
    qtbot: QtBot, translations: Translations
) -> None:
    page = _Page()
    qtbot.addWidget(page)
    translations.set_language("fi")
    qtbot.waitUntil(lambda: page.languages[-1:] == ["fi_FI"], timeout=2_000)
    translations.set_language("sv")
    qtbot.waitUntil(lambda: page.languages[-1:] == ["sv_SE"], timeout=2_000)
