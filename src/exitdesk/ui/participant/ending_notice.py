"""Sending a termination notice from the participant view: after participation has ended, the
worker chooses a verified contact and a file, and the CLI's ``notify-ended`` service writes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from exitdesk.app.exchange import ContactView, ExportResult, outgoing_file_name
from exitdesk.app.session import Session
from exitdesk.exchange import BundleKind
from exitdesk.ui.exchange.files import SaveChooser, save_bundle_file
from exitdesk.ui.participant.labels import party_name
from exitdesk.ui.tasks import TaskRunner
from exitdesk.ui.widgets import show_error

ContactChooser = Callable[[QWidget, list[ContactView]], ContactView | None]


def ask_contact(parent: QWidget, contacts: list[ContactView]) -> ContactView | None:
    names = [f"{c.name} ({party_name(c.party_id)})" for c in contacts]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("EndingNotice", "Send ending notice"),
        QCoreApplication.translate("EndingNotice", "Tell which contact:"),
        names,
        0,
        False,
    )
    return contacts[names.index(chosen)] if ok and chosen in names else None


def send_ending_notice(
    parent: QWidget,
    session: Session,
    runner: TaskRunner,
    participant_id: int,
    *,
    choose_contact: ContactChooser = ask_contact,
    choose_path: SaveChooser = save_bundle_file,
    done: Callable[[ExportResult], None] | None = None,
) -> None:
    usable = [c for c in session.exchange.contacts() if c.verified and not c.revoked]
    if not usable:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("EndingNotice", "Send ending notice"),
            QCoreApplication.translate(
                "EndingNotice", "There is no verified contact to tell. Verify a contact first."
            ),
        )
        return
    contact = choose_contact(parent, usable)
    if contact is None:
        return
    path = choose_path(
        parent,
        QCoreApplication.translate("EndingNotice", "Save the notice"),
        outgoing_file_name(BundleKind.TERMINATION_NOTICE),
    )
    if path is None:
        return
    exchange = session.exchange

    def sent(result: object) -> None:
        assert isinstance(result, ExportResult)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("EndingNotice", "Send ending notice"),
            QCoreApplication.translate(
                "EndingNotice", "The notice for %1 was saved as %2; send the file to them."
            )
            .replace("%1", contact.name)
            .replace("%2", path.name),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.open()  # not exec(): a lock must be able to close it
        if done is not None:
            done(result)

    runner.run(
        lambda: exchange.send_termination_notice(participant_id, contact.id, path),
        owner=parent,
        on_success=sent,
        on_failure=lambda exc: show_error(parent, exc),
    )
