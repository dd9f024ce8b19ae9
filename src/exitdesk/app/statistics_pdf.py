"""The monitoring statistics as a small PDF with bar charts, written in plain Python so the
CLI makes it without Qt: one chart per dimension, the markers shown as text, never as bars."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from exitdesk.domain.statistics import Dimension
from exitdesk.domain.suppression import Mark, PublishedTables

_PAGE_W, _PAGE_H = 595, 842  # A4 in points
_MARGIN = 56
_LABEL_W = 170
_BAR_H = 14
_GAP = 6
_CHARTS_PER_PAGE = 2

Translate = Callable[[str], str]


@dataclass(frozen=True)
class ChartText:
    """The words of the PDF in the reader's language, looked up by the caller."""

    title: str
    period: str
    legend: Sequence[str]
    dimension: Callable[[Dimension], str]
    value: Callable[[Dimension, str], str]


def _escape(text: str) -> bytes:
    # The standard Helvetica in WinAnsiEncoding has the Finnish and Swedish letters; anything
    # outside it becomes "?" rather than breaking the file.
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text(x: float, y: float, size: float, text: str) -> bytes:
    return b"BT /F1 %.1f Tf %.1f %.1f Td (" % (size, x, y) + _escape(text) + b") Tj ET\n"


def _fit(text: str, width: float, size: float) -> str:
    # Helvetica averages about half an em per letter; shorten rather than overlap the bars.
    most = max(4, int(width / (size * 0.52)))
    return text if len(text) <= most else text[: most - 1] + "…"


def _chart(
    y: float, dimension: Dimension, published: PublishedTables, words: ChartText
) -> tuple[bytes, float]:
    margin = published.margin(dimension)
    out = [_text(_MARGIN, y, 13, words.dimension(dimension))]
    y -= 22
    numbers = [n for n in margin.values() if isinstance(n, int)]
    scale = (_PAGE_W - 2 * _MARGIN - _LABEL_W - 50) / max([1, *numbers])
    for value, shown in margin.items():
        if shown is Mark.IMPOSSIBLE:
            continue
        out.append(_text(_MARGIN, y + 3, 9, _fit(words.value(dimension, value), _LABEL_W, 9)))
        x = _MARGIN + _LABEL_W
        if isinstance(shown, int):
            width = max(0.5, shown * scale)
            out.append(b"0.22 0.42 0.62 rg %.1f %.1f %.1f %d re f 0 g\n" % (x, y, width, _BAR_H))
            out.append(_text(x + width + 4, y + 3, 9, str(shown)))
        else:
            out.append(_text(x, y + 3, 9, shown.value))
        y -= _BAR_H + _GAP
    return b"".join(out), y - 18


def statistics_pdf(published: PublishedTables, words: ChartText) -> bytes:
    """The PDF bytes: a title, the period, what the markers mean, and a bar chart per
    dimension; the metadata title is the neutral ``words.title``."""
    pages: list[bytes] = []
    dimensions = list(Dimension)
    for first in range(0, len(dimensions), _CHARTS_PER_PAGE):
        y: float = _PAGE_H - _MARGIN
        parts = []
        if first == 0:
            parts.append(_text(_MARGIN, y, 18, words.title))
            y -= 22
            parts.append(_text(_MARGIN, y, 10, words.period))
            y -= 16
            for line in words.legend:
                parts.append(_text(_MARGIN, y, 9, line))
                y -= 13
            y -= 16
        for dimension in dimensions[first : first + _CHARTS_PER_PAGE]:
            chart, y = _chart(y, dimension, published, words)
            parts.append(chart)
        pages.append(b"".join(parts))
    return _document(pages, words.title)


def _document(contents: list[bytes], title: str) -> bytes:
    page_ids = [5 + 2 * i for i in range(len(contents))]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % i for i in page_ids), len(contents)),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Title (" + _escape(title) + b") /Creator (ExitDesk) >>",
    }
    for page_id, content in zip(page_ids, contents, strict=True):
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (_PAGE_W, _PAGE_H, page_id + 1)
        )
        objects[page_id + 1] = (
            b"<< /Length %d >>\nstream\n" % len(content) + content + (b"endstream")
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for number in sorted(objects):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
