"""An attacker who reads only the published CSV files and tries to work out hidden numbers.

Written apart from the suppression code on purpose: it parses the CSV text, sets up every
equation the files imply (each table's rows, columns and totals, and the same totals shown in
several files), and solves them with exact rational arithmetic. It also searches whole-number
solutions within what the markers say ("<5" is 0..4, "x" is 5 or more) for the bounds attack.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from fractions import Fraction

Number = tuple[str, str, str]  # (file, row label, column label)
TOTAL = "total"


@dataclass
class Reading:
    """What the published files say: known numbers, hidden ones with their markers, and
    linear equations as ({number: coefficient}, constant)."""

    known: dict[Number, int] = field(default_factory=dict)
    hidden: dict[Number, str] = field(default_factory=dict)
    equations: list[tuple[dict[Number, int], int]] = field(default_factory=list)

    def add(self, terms: dict[Number, int]) -> None:
        """Record ``sum(coefficient * number) == 0``, moving known numbers to the constant."""
        unknown: dict[Number, int] = {}
        constant = 0
        for number, coefficient in terms.items():
            if number in self.known:
                constant -= coefficient * self.known[number]
            else:
                unknown[number] = unknown.get(number, 0) + coefficient
        unknown = {n: c for n, c in unknown.items() if c}
        if unknown:
            self.equations.append((unknown, constant))


def read(files: dict[str, str]) -> Reading:
    reading = Reading()
    margins: dict[str, list[dict[str, Number]]] = {}
    totals: list[Number] = []
    grids: dict[str, list[list[str]]] = {
        name: list(csv.reader(io.StringIO(text))) for name, text in files.items()
    }
    for name, grid in grids.items():
        header = grid[0]
        for row in grid[1:]:
            for col, text in zip(header[1:], row[1:], strict=True):
                number = (name, row[0], col)
                if text == "-":
                    reading.known[number] = 0
                elif text.isdigit():
                    reading.known[number] = int(text)
                else:
                    assert text in {"<5", "x"}, text
                    reading.hidden[number] = text
    for name, grid in grids.items():
        header = grid[0]
        labels = [row[0] for row in grid[1:]]
        if "/" in header[0]:
            row_dim, col_dim = header[0].split("/")
            rows, cols = labels[:-1], header[1:-1]
            for r in rows:
                reading.add({**{(name, r, c): 1 for c in cols}, (name, r, TOTAL): -1})
            for c in cols:
                reading.add({**{(name, r, c): 1 for r in rows}, (name, TOTAL, c): -1})
            reading.add({**{(name, r, TOTAL): 1 for r in rows}, (name, TOTAL, TOTAL): -1})
            reading.add({**{(name, TOTAL, c): 1 for c in cols}, (name, TOTAL, TOTAL): -1})
            margins.setdefault(row_dim, []).append({r: (name, r, TOTAL) for r in rows})
            margins.setdefault(col_dim, []).append({c: (name, TOTAL, c) for c in cols})
            totals.append((name, TOTAL, TOTAL))
        else:
            dim, rows = header[0], labels[:-1]
            reading.add(
                {**{(name, r, "participants"): 1 for r in rows}, (name, TOTAL, "participants"): -1}
            )
            margins.setdefault(dim, []).append({r: (name, r, "participants") for r in rows})
            totals.append((name, TOTAL, "participants"))
    # The same people are counted everywhere: a total shown in two files is one number.
    for copies in margins.values():
        for other in copies[1:]:
            for value, number in other.items():
                reading.add({copies[0][value]: 1, number: -1})
    for number in totals[1:]:
        reading.add({totals[0]: 1, number: -1})
    return reading


def determined(reading: Reading) -> dict[Number, Fraction]:
    """Hidden numbers the equations fix, by Gaussian elimination over the rationals: a number
    is fixed exactly when its unit vector lies in the row space of the equations."""
    pivots: dict[Number, tuple[dict[Number, Fraction], Fraction]] = {}
    for terms, constant in reading.equations:
        row = {n: Fraction(c) for n, c in terms.items()}
        rhs = Fraction(constant)
        for number in [n for n in row if n in pivots]:
            if number in row:
                factor = row[number]
                prow, prhs = pivots[number]
                for n, c in prow.items():
                    row[n] = row.get(n, Fraction(0)) - factor * c
                rhs -= factor * prhs
                row = {n: c for n, c in row.items() if c}
        # Reduce again until no pivot column remains (a substitution can bring one in).
        while any(n in pivots for n in row):
            number = next(n for n in row if n in pivots)
            factor = row[number]
            prow, prhs = pivots[number]
            for n, c in prow.items():
                row[n] = row.get(n, Fraction(0)) - factor * c
            rhs -= factor * prhs
            row = {n: c for n, c in row.items() if c}
        if not row:
            assert rhs == 0, "the published numbers contradict each other"
            continue
        lead = min(row, key=repr)
        scale = row[lead]
        row = {n: c / scale for n, c in row.items()}
        rhs /= scale
        for number, (prow, prhs) in list(pivots.items()):
            if lead in prow:
                factor = prow[lead]
                merged = dict(prow)
                for n, c in row.items():
                    merged[n] = merged.get(n, Fraction(0)) - factor * c
                pivots[number] = ({n: c for n, c in merged.items() if c}, prhs - factor * rhs)
        pivots[lead] = (row, rhs)
    return {
        number: rhs
        for number, (row, rhs) in pivots.items()
        if set(row) == {number} and number in reading.hidden
    }


def _domain(marker: str, cap: int) -> tuple[int, int]:
    return (0, 4) if marker == "<5" else (5, cap)


def another_solution(
    reading: Reading, target: Number, avoid: int, cap: int
) -> dict[Number, int] | None:
    """A whole-number solution, within the markers' ranges and ``cap``, in which ``target`` is
    not ``avoid``, or None if there is none. A small exhaustive search with interval
    propagation."""
    numbers = sorted(reading.hidden, key=repr)
    lows = {n: _domain(reading.hidden[n], cap)[0] for n in numbers}
    highs = {n: _domain(reading.hidden[n], cap)[1] for n in numbers}
    equations = reading.equations
    budget = [200_000]

    def propagate(lo: dict[Number, int], hi: dict[Number, int]) -> bool:
        changed = True
        while changed:
            changed = False
            for terms, constant in equations:
                least = sum(k * (lo[m] if k > 0 else hi[m]) for m, k in terms.items())
                most = sum(k * (hi[m] if k > 0 else lo[m]) for m, k in terms.items())
                for n, c in terms.items():
                    # c * x_n = constant - rest, rest within [least - own, most - own]
                    own_least = c * (lo[n] if c > 0 else hi[n])
                    own_most = c * (hi[n] if c > 0 else lo[n])
                    a, b = constant - (most - own_most), constant - (least - own_least)
                    if c < 0:
                        a, b = -b, -a
                    if a > lo[n]:
                        lo[n] = a
                        changed = True
                    if b < hi[n]:
                        hi[n] = b
                        changed = True
                    if lo[n] > hi[n]:
                        return False
        return True

    def search(lo: dict[Number, int], hi: dict[Number, int]) -> dict[Number, int] | None:
        budget[0] -= 1
        assert budget[0] > 0, "the bounds search ran out of budget"
        if not propagate(lo, hi):
            return None
        open_ = [n for n in numbers if lo[n] < hi[n]]
        if not open_:
            return lo
        pick = min(open_, key=lambda n: (hi[n] - lo[n], repr(n)))
        for value in range(lo[pick], hi[pick] + 1):
            lo2, hi2 = dict(lo), dict(hi)
            lo2[pick] = hi2[pick] = value
            found = search(lo2, hi2)
            if found is not None:
                return found
        return None

    for low, high in ((lows[target], avoid - 1), (avoid + 1, highs[target])):
        if low > high:
            continue
        lo, hi = dict(lows), dict(highs)
        lo[target], hi[target] = low, high
        found = search(lo, hi)
        if found is not None:
            return found
    return None


def pinned(reading: Reading, truth: dict[Number, int], cap: int) -> set[Number]:
    """Hidden numbers that have only one possible value. Each solution found shows every number
    it changes to be free, so most numbers need no search of their own."""
    free: set[Number] = set()
    stuck: set[Number] = set()
    for number in sorted(reading.hidden, key=repr):
        if number in free:
            continue
        found = another_solution(reading, number, truth[number], cap)
        if found is None:
            stuck.add(number)
        else:
            free.update(n for n, v in found.items() if v != truth[n])
    return stuck
