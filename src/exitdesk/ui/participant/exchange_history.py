"""What went to whom under which consent, once the services can tell (``exchange_history``);
until then a plain sentence says there were no exchanges."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from exitdesk.app.session import Session
from exitdesk.ui.participant.labels import format_date
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.tasks import TaskRunner


class ExchangeHistoryTab(ParticipantTab):
    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, runner, participant_id, parent)
        self._entries: list[Any] = []
        self.list = QListWidget(self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.list.setAccessibleName(self.tr("Exchange history"))
        self.empty.setText(self.tr("No exchanges yet."))
        self._show(self._entries)

    def reload(self) -> None:
        history = getattr(self.session, "exchange_history", None)
        if history is None:
            self._show([])
            self.loaded.emit()
            return
        pid = self.participant_id
        self.fetch(lambda: list(history(pid)), self._show)

    def entries(self) -> list[Any]:
        return list(self._entries)

    def _show(self, entries: list[Any]) -> None:
        self._entries = list(entries)
        self.list.clear()
        self.list.setVisible(bool(self._entries))
        self.empty.setVisible(not self._entries)
        for entry in self._entries:
            self.list.addItem(self._line(entry))

    def _line(self, entry: Any) -> str:
        # The history's record type belongs to the exchange engineer; read it by common names.
        when = getattr(entry, "at", None)
        direction = getattr(entry, "direction", "")
        if direction in ("out", "sent", "export"):
            arrow = self.tr("Sent")
        elif direction in ("in", "received", "import"):
            arrow = self.tr("Received")
        else:
            arrow = str(direction)
        parts = [format_date(when) if isinstance(when, datetime) else "", arrow]
        for name in ("contact_name", "contact", "kind"):
            value = getattr(entry, name, None)
            if value:
                parts.append(str(value))
        consent = getattr(entry, "consent_label", None) or getattr(entry, "consent_uid", None)
        if consent:
            parts.append(self.tr("under consent %1").replace("%1", str(consent)[:8]))
        return " · ".join(p for p in parts if p)
