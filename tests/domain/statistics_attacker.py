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


# Nodes of one whole-number search. A search that runs out fails the test loudly (never a
# silent "not pinned"): the populations of the tests stay well inside it.
SEARCH_BUDGET = 20_000


class _Search:
    """Whole-number solutions of the equations within bounds, by interval propagation (only
    the equations of a number whose bounds moved are looked at again) and branching that
    halves the widest-but-one interval instead of trying its values one by one."""

    def __init__(self, reading: Reading, cap: int) -> None:
        self.numbers = sorted(reading.hidden, key=repr)
        index = {n: i for i, n in enumerate(self.numbers)}
        self.rows = [
            ([(index[n], c) for n, c in terms.items()], constant)
            for terms, constant in reading.equations
        ]
        self.rows_of: list[list[int]] = [[] for _ in self.numbers]
        for k, (terms, _) in enumerate(self.rows):
            for i, _ in terms:
                self.rows_of[i].append(k)
        bounds = [_domain(reading.hidden[n], cap) for n in self.numbers]
        self.lows = [b[0] for b in bounds]
        self.highs = [b[1] for b in bounds]
        self.left = SEARCH_BUDGET

    def propagate(self, lo: list[int], hi: list[int], start: list[int]) -> bool:
        queue, queued = list(start), set(start)
        while queue:
            k = queue.pop()
            queued.discard(k)
            terms, constant = self.rows[k]
            least = sum(c * (lo[i] if c > 0 else hi[i]) for i, c in terms)
            most = sum(c * (hi[i] if c > 0 else lo[i]) for i, c in terms)
            for i, c in terms:
                # c * x_i = constant - rest, and the rest lies in [least - own, most - own];
                # a bound tightened earlier in this row only makes these sums looser.
                own_least = c * (lo[i] if c > 0 else hi[i])
                own_most = c * (hi[i] if c > 0 else lo[i])
                a, b = constant - (most - own_most), constant - (least - own_least)
                if c < 0:
                    a, b = -b, -a
                if c not in (1, -1):
                    a, b = -((-a) // abs(c)), b // abs(c)
                moved = False
                if a > lo[i]:
                    lo[i], moved = a, True
                if b < hi[i]:
                    hi[i], moved = b, True
                if lo[i] > hi[i]:
                    return False
                if moved:
                    for other in self.rows_of[i]:
                        if other not in queued:
                            queue.append(other)
                            queued.add(other)
        return True

    def solve(self, lo: list[int], hi: list[int], start: list[int]) -> list[int] | None:
        self.left -= 1
        assert self.left > 0, "the bounds search ran out of budget"
        if not self.propagate(lo, hi, start):
            return None
        open_ = [i for i in range(len(lo)) if lo[i] < hi[i]]
        if not open_:
            return lo
        pick = min(open_, key=lambda i: (hi[i] - lo[i], i))
        low, high = lo[pick], hi[pick]
        if high - low < 4:
            parts = [(v, v) for v in range(low, high + 1)]
        else:
            middle = (low + high) // 2
            parts = [(low, middle), (middle + 1, high)]
        for a, b in parts:
            lo2, hi2 = list(lo), list(hi)
            lo2[pick], hi2[pick] = a, b
            found = self.solve(lo2, hi2, self.rows_of[pick])
            if found is not None:
                return found
        return None


def another_solution(
    reading: Reading,
    target: Number,
    avoid: int,
    cap: int,
    near: dict[Number, int] | None = None,
) -> dict[Number, int] | None:
    """A whole-number solution, within the markers' ranges and ``cap``, in which ``target`` is
    not ``avoid``, or None if there is none (then the search was exhaustive: a proof).

    With ``near`` (a known solution) it first looks in small boxes around it, where the
    alternatives of a protected number lie (a unit move around a cycle of hidden numbers); any
    solution found there is as good as one found anywhere. Only when the boxes hold none does
    it search the whole range, which is what proves a number pinned."""
    search = _Search(reading, cap)
    t = search.numbers.index(target)
    everything = list(range(len(search.rows)))
    boxes: list[int | None] = [1, 2, None] if near is not None else [None]
    for radius in boxes:
        for low, high in ((search.lows[t], avoid - 1), (avoid + 1, search.highs[t])):
            lo, hi = list(search.lows), list(search.highs)
            if radius is not None and near is not None:
                for i, n in enumerate(search.numbers):
                    lo[i] = max(lo[i], near[n] - radius)
                    hi[i] = min(hi[i], near[n] + radius)
            lo[t], hi[t] = max(lo[t], low), min(hi[t], high)
            if lo[t] > hi[t]:
                continue
            found = search.solve(lo, hi, everything)
            if found is not None:
                return dict(zip(search.numbers, found, strict=True))
    return None


def pinned(reading: Reading, truth: dict[Number, int], cap: int) -> set[Number]:
    """Hidden numbers that have only one possible value. Each solution found shows every number
    it changes to be free, so most numbers need no search of their own."""
    free: set[Number] = set()
    stuck: set[Number] = set()
    for number in sorted(reading.hidden, key=repr):
        if number in free:
            continue
        found = another_solution(reading, number, truth[number], cap, near=truth)
        if found is None:
            stuck.add(number)
        else:
            free.update(n for n, v in found.items() if v != truth[n])
    return stuck
