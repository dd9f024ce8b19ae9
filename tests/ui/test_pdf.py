"""The PDF helper writes a real A4 PDF atomically, with a neutral title as its only metadata."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from exitdesk.ui.pdf import write_pdf


def _text_of(path: Path) -> str | None:
    """The PDF's text when poppler's pdftotext is installed; the tests never depend on it."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    return subprocess.run([tool, str(path), "-"], capture_output=True, text=True).stdout


def test_writes_an_a4_pdf_with_the_neutral_title(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    body = "<h1>Recovery sheet</h1>" + "<p>line of text</p>" * 120
    write_pdf(target, body, "Recovery sheet")

    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 2000
    # A4 is 595 x 842 points; 120 paragraphs need more than one page.
    assert re.search(rb"/MediaBox \[0 0 595(\.\d+)? 842(\.\d+)?\]", data)
    assert len(re.findall(rb"/Type /Page\b", data)) >= 2
    assert "Recovery sheet".encode("utf-16-be") in data
    # Nothing but the PDF itself is left in the folder (the temporary file was renamed).
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    text = _text_of(target)
    if text is not None:
        assert "Recovery sheet" in text
        assert text.count("line of text") == 120


def test_escaped_text_is_printed_not_interpreted(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "form.pdf"
    hostile = "<b>Alias</b> & <img src='file:///etc/passwd'>"
    write_pdf(target, f"<p>{html.escape(hostile)}</p>", "Consent form")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    # An interpreted <img> would embed an image object; escaped text embeds none.
    assert b"/Subtype /Image" not in data
    # The body never reaches the metadata.
    assert "Alias".encode("utf-16-be") not in data
    assert b"Alias" not in data
    text = _text_of(target)
    if text is not None:
        assert "<b>Alias</b> &" in text


def test_replaces_an_existing_file_whole(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "consent-form.pdf"
    target.write_bytes(b"old content")
    write_pdf(target, "<p>new</p>", "Consent form")
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["consent-form.pdf"]


def test_a_missing_folder_raises_and_writes_nothing(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "consent-form.pdf"
    with pytest.raises(OSError):
        write_pdf(target, "<p>x</p>", "Consent form")
    assert list(tmp_path.iterdir()) == []
