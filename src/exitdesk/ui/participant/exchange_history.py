"""What went to whom (and came from whom) under which consent: the participant's bundle log,
read through the exchange services."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exitdesk.app.session import Session
from exitdesk.ui.participant.handover import HandoverBar
from exitdesk.ui.participant.labels import format_date, recipient_text
from exitdesk.ui.participant.tab import ParticipantTab
from exitdesk.ui.tasks import TaskRunner

_COLUMNS = 6


def history_source(session: Session) -> Any:
    """The services' history call, or None while the exchange is not available."""
    direct = getattr(session, "exchange_history", None)
    if direct is not None:
        return direct
    exchange = getattr(session, "exchange", None)
    return getattr(exchange, "history", None) if exchange is not None else None


class ExchangeHistoryTab(ParticipantTab):
    def __init__(
        self, session: Session, runner: TaskRunner, participant_id: int,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, runner, participant_id, parent)
        self._entries: list[Any] = []
        self._consent_labels: dict[str, str] = {}
        self.table = QTableWidget(0, _COLUMNS, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        # The hand-over needs the exchange services; a session without them shows no bar.
        exchange = getattr(session, "exchange", None)
        self.handover: HandoverBar | None = None
        if exchange is not None and hasattr(exchange, "preview_handover"):
            self.handover = HandoverBar(exchange, runner, participant_id, self)
            self.handover.sent.connect(lambda _result: self.reload())
            layout.addWidget(self.handover)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.table.setAccessibleName(self.tr("Exchange history"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Direction"),
                self.tr("What"),
                self.tr("Contact"),
                self.tr("Under consent"),
                self.tr("Records"),
            ]
        )
        self.empty.setText(self.tr("No exchanges yet."))
        self._show(self._entries)

    def reload(self) -> None:
        history = history_source(self.session)
        if history is None:
            self._show([])
            self.loaded.emit()
            return
        pid = self.participant_id
        session = self.session
        if self.handover is not None:
            self.handover.reload()

        def work() -> tuple[list[Any], dict[str, str]]:
            # Consents are named as the worker knows them (recipients and date), not by uid.
            labels = {str(c.uid): _consent_label(c) for c in session.consents(pid)}
            return list(history(pid)), labels

        self.fetch(work, self._loaded_all)

    def _loaded_all(self, loaded: tuple[list[Any], dict[str, str]]) -> None:
        entries, self._consent_labels = loaded
        self._show(entries)

    def entries(self) -> list[Any]:
        return list(self._entries)

    def _show(self, entries: list[Any]) -> None:
        self._entries = list(entries)
        self.table.setVisible(bool(self._entries))
        self.empty.setVisible(not self._entries)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            for column, value in enumerate(self._cells(entry)):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _cells(self, entry: Any) -> tuple[str, ...]:
        direction = getattr(entry, "direction", "")
        if direction == "out":
            way = self.tr("Sent")
            if getattr(entry, "acknowledged", False):
                way = self.tr("Sent, acknowledged")
        elif direction == "in":
            way = self.tr("Received")
        else:
            way = str(direction)
        consent_uid = getattr(entry, "consent_uid", None) or ""
        consent = self._consent_labels.get(consent_uid, consent_uid[:8])
        return (
            format_date(getattr(entry, "at", None)),
            way,
            self._kind(str(getattr(entry, "kind", ""))),
            str(getattr(entry, "contact", "")),
            consent,
            str(getattr(entry, "records", "")),
        )

    def _kind(self, kind: str) -> str:
        names = {
            "case_transfer": self.tr("Case transfer"),
            "case_update": self.tr("Case update"),
            "consent_withdrawal": self.tr("Consent withdrawal"),
            "withdrawal_ack": self.tr("Withdrawal acknowledged"),
            "termination_notice": self.tr("End of participation"),
            "contact_card": self.tr("Contact card"),
            "case_handover": self.tr("Hand-over"),
            "handover_ack": self.tr("Hand-over acknowledged"),
            "withdrawal_notice": self.tr("Withdrawal notice"),
        }
        return names.get(kind, kind)


def _consent_label(consent: Any) -> str:
    recipients = ", ".join(recipient_text(r) for r in consent.recipients)
    return f"{recipients} · {format_date(consent.valid_from)}"


def consent_went_out(entries: list[Any], consent_uid: UUID) -> bool:
    """Whether data left under this consent (then withdrawing it writes a bundle)."""
    return any(
        getattr(e, "direction", "") == "out" and getattr(e, "consent_uid", None) == str(consent_uid)
        for e in entries
    )
