"""Render HTML to an A4 PDF file with Qt alone, written atomically; used for consent forms and
the recovery sheet."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

PDF_DPI = 300
_MARGIN_MM = 18.0
_BODY_POINTS = 11.0


def render_pdf(html: str, title: str) -> bytes:
    """The PDF bytes for ``html`` on A4 at 300 dpi. ``title`` goes into the PDF metadata, so it
    must be neutral (e.g. "Consent form"), never a participant's name."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    # Qt would otherwise put the application name here; keep the metadata free of anything but
    # the neutral title.
    writer.setCreator("ExitDesk")
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(_BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(html)
    # No page size on the document: print_() then lays out a copy on the writer itself, so point
    # sizes come out right at 300 dpi and long text breaks into pages.
    document.print_(writer)
    del writer  # finishes the file into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(path: Path, html: str, title: str) -> None:
    """Render ``html`` (build it with escaped text: ``html.escape`` every value you insert) to an
    A4, 300 dpi PDF at ``path``.

    ``title`` becomes the PDF's metadata title and must stay neutral (no participant data there;
    the body may carry what the user chose to print). The file is written atomically and
    owner-only: a temporary file in the same folder, fsync, then ``os.replace`` — a crash leaves
    the old file or the new one, never half a PDF. Reuse this for any printable sheet (consent
    form, recovery sheet); raises ``OSError`` when the folder is not writable or the disk is full.
    """
    data = render_pdf(html, title)
    directory = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if sys.platform != "win32":
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
