"""The printable recovery sheet: a one-page PDF with the recovery code, for the office safe."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

DEFAULT_FILE_NAME = "recovery-sheet.pdf"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoverySheet", text)


def sheet_html(recovery_code: str, vault_name: str, created: date) -> str:
    groups = recovery_code.split("-")
    code = " &nbsp; ".join(html.escape(g) for g in groups)
    return f"""
<h1>{html.escape(_tr("ExitDesk recovery sheet"))}</h1>
<p>{html.escape(_tr("Vault"))}: <b>{html.escape(vault_name)}</b><br/>
{html.escape(_tr("Created"))}: {created.isoformat()}</p>
<p>{html.escape(_tr("Recovery code"))}:</p>
<p style="font-family: monospace; font-size: 20pt; font-weight: bold;">{code}</p>
<p>{
        html.escape(
            _tr(
                "This code opens the vault on any computer, even without the passphrase. "
                "Keep this sheet locked away, for example in the office safe. "
                "Do not photograph it or store it on a computer."
            )
        )
    }</p>
<p>{
        html.escape(
            _tr(
                "To use it: start ExitDesk, choose the vault, press 'Use recovery code' and "
                "type the digits; you will then choose a new passphrase."
            )
        )
    }</p>
"""


def write_recovery_sheet(path: Path, recovery_code: str, vault_name: str, created: date) -> None:
    """Write the sheet as a real A4 PDF at ``path``."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_tr("ExitDesk recovery sheet"))
    writer.setCreator("ExitDesk")
    document = QTextDocument()
    document.setHtml(sheet_html(recovery_code, vault_name, created))
    # print_() lays the document out for the writer's page and resolution itself.
    document.print_(writer)
