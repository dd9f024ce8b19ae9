"""The published monitoring tables as CSV text: one file per table, no file I/O here."""

from __future__ import annotations

import csv
import io

from exitdesk.domain.statistics import Dimension, table_name
from exitdesk.domain.suppression import PublishedTable, PublishedTables, Shown

TOTAL = "total"


def _text(shown: Shown) -> str:
    return str(shown) if isinstance(shown, int) else shown.value


def _write(rows: list[list[str]]) -> str:
    out = io.StringIO()
    # "\n" line ends: the same bytes on every platform, so a file can be compared and checked.
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _two_way(table: PublishedTable) -> str:
    rows = [[f"{table.key[0].value}/{table.key[1].value}", *table.cols, TOTAL]]
    for r in table.rows:
        cells = [_text(table.cells[(r, c)]) for c in table.cols]
        rows.append([r, *cells, _text(table.row_totals[r])])
    rows.append([TOTAL, *(_text(table.col_totals[c]) for c in table.cols), _text(table.total)])
    return _write(rows)


def to_csv(published: PublishedTables) -> dict[str, str]:
    """File name -> CSV text: each two-way table with its totals, and each dimension on its own
    (the same numbers as the tables' totals, so they add nothing a reader could combine)."""
    files = {f"{table_name(t.key)}.csv": _two_way(t) for t in published.tables}
    for dimension in Dimension:
        margin = published.margin(dimension)
        rows = [[dimension.value, "participants"]]
        rows.extend([value, _text(shown)] for value, shown in margin.items())
        rows.append([TOTAL, _text(published.total)])
        files[f"{dimension.value}.csv"] = _write(rows)
    return files
