"""A one-page, text-only PDF written without Qt, so the CLI can print a purge certificate where
Qt cannot load. Only what such a page needs: Helvetica, WinAnsi text, one content stream."""

from __future__ import annotations

import os
from pathlib import Path

_PAGE_WIDTH, _PAGE_HEIGHT = 595, 842  # A4 in points
_MARGIN = 56
_LEADING = 16
_MAX_LINES = (_PAGE_HEIGHT - 2 * _MARGIN) // _LEADING


def _pdf_string(text: str) -> bytes:
    """A literal string: Latin-1 where possible, '?' for the rest; backslash and parentheses
    escaped, control characters dropped."""
    raw = text.encode("cp1252", errors="replace")
    out = bytearray(b"(")
    for byte in raw:
        if byte in (0x5C, 0x28, 0x29):
            out += b"\\" + bytes([byte])
        elif byte >= 0x20:
            out.append(byte)
    out += b")"
    return bytes(out)


def text_pdf(title: str, lines: list[str]) -> bytes:
    """The PDF bytes of one page: ``title`` large, then ``lines`` (cut at one page)."""
    shown = lines[: _MAX_LINES - 2]
    body = bytearray()
    body += b"BT\n/F1 16 Tf\n"
    body += f"{_MARGIN} {_PAGE_HEIGHT - _MARGIN} Td\n".encode()
    body += _pdf_string(title) + b" Tj\n"
    body += f"/F1 10 Tf\n0 -{2 * _LEADING} Td\n{_LEADING} TL\n".encode()
    for line in shown:
        body += _pdf_string(line) + b" Tj T*\n"
    body += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_PAGE_WIDTH} {_PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(body)} >>\nstream\n".encode() + bytes(body) + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def write_text_pdf(path: Path, title: str, lines: list[str]) -> None:
    """Write atomically: a private temporary file beside the target, then a rename."""
    data = text_pdf(title, lines)
    temporary = path.with_name(f".{path.name}.partial")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
