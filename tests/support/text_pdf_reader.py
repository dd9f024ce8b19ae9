"""The text of a PDF written by ``exitdesk.app.text_pdf`` (one uncompressed content stream of
literal strings shown with Tj), read back line by line as a PDF viewer would show it."""

from __future__ import annotations

import re

_STREAM = re.compile(rb"stream\n(.*?)endstream", re.S)
_SHOWN = re.compile(rb"\(((?:\\.|[^\\()])*)\) Tj")
_ESCAPE = re.compile(rb"\\(.)", re.S)


def text_lines(pdf: bytes) -> list[str]:
    """Each shown string in order (the title first), decoded from WinAnsi (cp1252)."""
    found = _STREAM.search(pdf)
    assert found is not None, "no content stream"
    return [_ESCAPE.sub(rb"\1", raw).decode("cp1252") for raw in _SHOWN.findall(found.group(1))]
