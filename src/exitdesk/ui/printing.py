"""Printable sheets leave the vault: ask whether to print or save, and say that a saved PDF is
not encrypted before the worker chooses."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from exitdesk.ui.pdf import write_pdf


class Output(Enum):
    PRINT = "print"
    SAVE = "save"
    CANCEL = "cancel"


Asker = Callable[[QWidget], Output]
PathChooser = Callable[[QWidget, str], Path | None]


class PrintText(QObject):
    def title(self) -> str:
        return self.tr("Print or save")

    def warning(self) -> str:
        return self.tr(
            "A saved PDF is not encrypted: anyone who gets the file can read it. Print the "
            "sheet instead if you can; if you save it, keep the file only as long as needed "
            "and delete it afterwards."
        )

    def print_button(self) -> str:
        return self.tr("&Print…")

    def save_button(self) -> str:
        return self.tr("&Save as PDF…")


def output_box(parent: QWidget) -> tuple[QMessageBox, dict[object, Output]]:
    """The question with its buttons, print first (the safer choice is the default)."""
    text = PrintText()
    box = QMessageBox(QMessageBox.Icon.Warning, text.title(), text.warning(), parent=parent)
    printing = box.addButton(text.print_button(), QMessageBox.ButtonRole.AcceptRole)
    saving = box.addButton(text.save_button(), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(printing)
    return box, {printing: Output.PRINT, saving: Output.SAVE, cancel: Output.CANCEL}


def ask_output(parent: QWidget) -> Output:
    box, choices = output_box(parent)
    box.exec()
    return choices.get(box.clickedButton(), Output.CANCEL)


def print_html(parent: QWidget, html: str) -> bool:
    """The system print dialog, then the sheet to the chosen printer; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return True


def print_or_save(
    parent: QWidget,
    html: str,
    pdf_title: str,
    save_title: str,
    ask: Asker,
    choose: PathChooser,
) -> Path | None:
    """Ask, then print or write the PDF. Returns the saved file, or None (printed, cancelled)."""
    choice = ask(parent)
    if choice is Output.PRINT:
        print_html(parent, html)
        return None
    if choice is not Output.SAVE:
        return None
    target = choose(parent, save_title)
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    write_pdf(target, html, pdf_title)
    return target
