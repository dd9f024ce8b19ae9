"""The one way a widget re-sets its texts when the language changes: inherit the mixin first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    # At run time a plain class, so it mixes into any widget class (QDialog, QWizardPage, ...).
    _Base = object


class RetranslateMixin(_Base):
    """Calls ``retranslateUi()`` when Qt says the language changed.

    Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget, so a class
    written as ``class Page(RetranslateMixin, QWidget)`` only has to say which texts it shows.
    """

    def retranslateUi(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} shows no texts to retranslate")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
