"""De-identification of the monitoring tables: primary suppression of small cells and
complementary suppression until no suppressed number can be worked out from what is shown.

The model (docs/statistics.md has the argument in words). Each published table is a two-way
table with row, column and grand totals; the tables form a tree over the dimensions, so any set
of tables with matching shared totals comes from some real population, and what a reader can
infer is exactly what follows from the published numbers, non-negativity, whole numbers and the
markers: "<5" is 0..4, "x" (suppressed to protect another cell) is 5 or more. A table is a flow
network (grand total -> row totals -> cells -> column totals -> grand total); shared totals are
arcs that appear in several networks. A suppressed number is safe when we can show a second
population that gives every published number and marker unchanged but a different value for
it: a witness. That is stronger than the linear-algebra audit (a witness is a vector in the null
space of the published equations that moves the cell) and it also defeats bounds reasoning.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from exitdesk.domain.integer_search import Row, another_value
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.statistics import (
    TABLES,
    Dimension,
    ExactTables,
    StatisticsError,
    TableKey,
    possible_cells,
)

THRESHOLD = 5
_UNBOUNDED = 10**12


class Mark(StrEnum):
    SMALL = "<5"  # 0 to 4 people: zeros are hidden too, see docs/statistics.md
    PROTECTING = "x"  # 5 or more, hidden so that a small cell cannot be worked out
    IMPOSSIBLE = "-"  # no participant can be here by definition; public knowledge, not data


Shown = int | Mark


@dataclass(frozen=True)
class PublishedTable:
    key: TableKey
    rows: tuple[str, ...]
    cols: tuple[str, ...]
    cells: Mapping[tuple[str, str], Shown]
    row_totals: Mapping[str, Shown]
    col_totals: Mapping[str, Shown]
    total: Shown


@dataclass(frozen=True)
class PublishedTables:
    """What may be read: the tables with every small number suppressed and protected."""

    as_of: date
    categories: Mapping[Dimension, tuple[str, ...]]
    tables: tuple[PublishedTable, ...]

    def margin(self, dimension: Dimension) -> dict[str, Shown]:
        table = next(t for t in self.tables if dimension in t.key)
        return dict(table.row_totals if table.key[0] is dimension else table.col_totals)

    @property
    def total(self) -> Shown:
        return self.tables[0].total

    def count(self, mark: Mark) -> int:
        """How many distinct numbers carry ``mark`` (a shared total counts once)."""
        seen: dict[tuple[object, ...], Shown] = {("total",): self.total}
        for i, table in enumerate(self.tables):
            for cell, shown in table.cells.items():
                seen[("cell", i, *cell)] = shown
            for r, shown in table.row_totals.items():
                seen[("margin", table.key[0], r)] = shown
            for c, shown in table.col_totals.items():
                seen[("margin", table.key[1], c)] = shown
        return sum(1 for shown in seen.values() if shown == mark)


# ----------------------------------------------------------------------------- the model

Var = tuple[object, ...]
Node = tuple[str, str]
_S: Node = ("S", "")
_T: Node = ("T", "")


@dataclass(frozen=True)
class _Arc:
    tail: Node
    head: Node
    var: Var


class _Model:
    """The published numbers as variables, and each table as a flow network over them."""

    def __init__(self, exact: ExactTables) -> None:
        self.exact = exact
        self.values: dict[Var, int] = {("total",): exact.total}
        self.nets: list[list[_Arc]] = []
        self.shared: set[Var] = {("total",)}
        uses = {d: sum(d in key for key in TABLES) for d in Dimension}
        self.open = possible_cells(exact.categories, exact.as_of)
        alive: dict[Dimension, set[str]] = {d: set() for d in Dimension}
        for key, cells in self.open.items():
            alive[key[0]].update(r for r, _ in cells)
            alive[key[1]].update(c for _, c in cells)
        for i, key in enumerate(TABLES):
            rows, cols = exact.categories[key[0]], exact.categories[key[1]]
            arcs = [_Arc(_T, _S, ("total",))]
            for side, dimension, values in ((0, key[0], rows), (1, key[1], cols)):
                margin = exact.margin(dimension)
                for v in values:
                    if v not in alive[dimension]:
                        continue
                    var: Var = ("margin", dimension, v)
                    self.values[var] = margin[v]
                    if uses[dimension] > 1:
                        self.shared.add(var)
                    arcs.append(_Arc(_S, ("r", v), var) if side == 0 else _Arc(("c", v), _T, var))
            for r in rows:
                for c in cols:
                    if (r, c) in self.open[key]:
                        var = ("cell", i, r, c)
                        self.values[var] = exact.counts[key][(r, c)]
                        arcs.append(_Arc(("r", r), ("c", c), var))
            self.nets.append(arcs)
        self.tables_of: dict[Var, list[int]] = {}
        for i, arcs in enumerate(self.nets):
            for arc in arcs:
                self.tables_of.setdefault(arc.var, []).append(i)

    def arc_in(self, table: int, var: Var) -> _Arc:
        return next(a for a in self.nets[table] if a.var == var)


class _Bounds:
    """What a reader knows of each number: its value if shown, else the range its marker says."""

    def __init__(self, model: _Model, hidden: Mapping[Var, Mark]) -> None:
        self.model = model
        self.hidden = hidden
        total_shown = ("total",) not in hidden
        self.cap = model.values[("total",)] if total_shown else _UNBOUNDED
        self._adjacency: dict[int, dict[Node, list[tuple[Node, Step]]]] = {}
        self.realised: dict[tuple[Dimension, str, str, int | None], list[Step] | None] = {}

    def room(self, var: Var, step: int) -> bool:
        """Can ``var`` move by ``step`` and still fit what is shown about it?"""
        mark = self.hidden.get(var)
        if mark is None:
            return False
        value = self.model.values[var] + step
        if mark is Mark.SMALL:
            return 0 <= value < THRESHOLD
        return THRESHOLD <= value <= self.cap

    def adjacency(self, table: int) -> dict[Node, list[tuple[Node, Step]]]:
        """The residual graph of ``table`` over its hidden private numbers."""
        if table not in self._adjacency:
            graph: dict[Node, list[tuple[Node, Step]]] = {}
            for arc in self.model.nets[table]:
                if arc.var in self.model.shared or arc.var not in self.hidden:
                    continue
                if self.room(arc.var, +1):
                    graph.setdefault(arc.tail, []).append((arc.head, (arc.var, +1)))
                if self.room(arc.var, -1):
                    graph.setdefault(arc.head, []).append((arc.tail, (arc.var, -1)))
            self._adjacency[table] = graph
        return self._adjacency[table]


Step = tuple[Var, int]


def _path(
    model: _Model, bounds: _Bounds, table: int, start: Node, goal: Node, avoid: Var
) -> list[Step] | None:
    """A shortest residual path over ``table``'s private numbers (never a shared total, never
    ``avoid``), as the unit changes it makes; None if there is none."""
    if start == goal:
        return []
    adjacency = bounds.adjacency(table)
    came: dict[Node, tuple[Node, Step] | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt, step in adjacency.get(node, []):
            if nxt in came or step[0] == avoid:
                continue
            came[nxt] = (node, step)
            if nxt == goal:
                steps: list[Step] = []
                at = goal
                while (back := came[at]) is not None:
                    at, taken = back
                    steps.append(taken)
                return steps[::-1]
            queue.append(nxt)
    return None


def _pattern_ends(
    model: _Model, table: int, dimension: Dimension, up: str, down: str
) -> tuple[Node, Node]:
    """Where a private path in ``table`` must run to raise the ``up`` total of ``dimension`` by
    one and lower the ``down`` total by one, its other numbers' totals unchanged."""
    key = TABLES[table]
    if key[0] is dimension:
        return ("r", up), ("r", down)
    return ("c", down), ("c", up)


def _realise(
    model: _Model, bounds: _Bounds, dimension: Dimension, up: str, down: str, skip: int | None
) -> list[Step] | None:
    """Private paths in every table (but ``skip``) carrying ``dimension`` that together follow
    one person's move from ``down`` to ``up`` in that shared total."""
    memo = (dimension, up, down, skip)
    if memo not in bounds.realised:
        bounds.realised[memo] = _realise_anew(model, bounds, dimension, up, down, skip)
    return bounds.realised[memo]


def _realise_anew(
    model: _Model, bounds: _Bounds, dimension: Dimension, up: str, down: str, skip: int | None
) -> list[Step] | None:
    steps: list[Step] = [(("margin", dimension, up), +1), (("margin", dimension, down), -1)]
    for table, key in enumerate(TABLES):
        if dimension not in key or table == skip:
            continue
        start, goal = _pattern_ends(model, table, dimension, up, down)
        path = _path(model, bounds, table, start, goal, ("none",))
        if path is None:
            path = _through_other_hub(model, bounds, table, dimension, start, goal)
        if path is None:
            return None
        steps.extend(path)
    return steps


def _through_other_hub(
    model: _Model, bounds: _Bounds, table: int, dimension: Dimension, start: Node, goal: Node
) -> list[Step] | None:
    """A path from ``start`` to ``goal`` in ``table`` that also moves one person between two
    values of the table's other dimension, when that one is shared too (an ongoing stay that
    becomes an ended one also changes stage); the move is then followed in the tables further
    out along the tree, which never lead back here."""
    key = TABLES[table]
    side = 1 if key[0] is dimension else 0
    other = key[side]
    if ("margin", other, model.exact.categories[other][0]) not in model.shared:
        return None
    for up, down in itertools.permutations(model.exact.categories[other], 2):
        if not (
            bounds.room(("margin", other, up), +1) and bounds.room(("margin", other, down), -1)
        ):
            continue
        first, second = (("r", down), ("r", up)) if side == 0 else (("c", up), ("c", down))
        into = _path(model, bounds, table, start, first, ("none",))
        back = _path(model, bounds, table, second, goal, ("none",))
        if into is None or back is None:
            continue
        further = _realise(model, bounds, other, up, down, table)
        if further is not None:
            return [*into, *back, *further]
    return None


def _verified(model: _Model, bounds: _Bounds, steps: list[Step], target: Var) -> bool:
    """Is this change a real second population? Sound whatever found it: every table's flow is
    conserved, every number stays within what is shown about it, and ``target`` moved."""
    delta: dict[Var, int] = {}
    for var, step in steps:
        delta[var] = delta.get(var, 0) + step
    if not delta.get(target):
        return False
    for var, step in delta.items():
        if step and not bounds.room(var, step):
            return False
    for arcs in model.nets:
        balance: dict[Node, int] = {}
        for arc in arcs:
            d = delta.get(arc.var, 0)
            balance[arc.tail] = balance.get(arc.tail, 0) - d
            balance[arc.head] = balance.get(arc.head, 0) + d
        if any(balance.values()):
            return False
    return True


def _witnesses(model: _Model, bounds: _Bounds, u: Var) -> Iterator[list[Step]]:
    """Candidate second populations that move ``u``, cheapest first."""
    for sign in (+1, -1):
        if not bounds.room(u, sign):
            continue
        if u in model.shared and u[0] == "margin":
            dimension, value = u[1], u[2]
            assert isinstance(dimension, Dimension) and isinstance(value, str)
            for other in model.exact.categories[dimension]:
                if other != value and bounds.room(("margin", dimension, other), -sign):
                    up, down = (value, other) if sign > 0 else (other, value)
                    steps = _realise(model, bounds, dimension, up, down, None)
                    if steps is not None:
                        yield steps
            continue
        if u in model.shared:
            continue  # the grand total moves only with a whole person (below)
        table = model.tables_of[u][0]
        arc = model.arc_in(table, u)
        tail, head = (arc.tail, arc.head) if sign > 0 else (arc.head, arc.tail)
        closing = _path(model, bounds, table, head, tail, u)
        if closing is not None:
            yield [(u, sign), *closing]
        key = TABLES[table]
        for side, dimension in enumerate(key):
            if dimension not in {v[1] for v in model.shared if v[0] == "margin"}:
                continue
            for up, down in itertools.permutations(model.exact.categories[dimension], 2):
                if not (
                    bounds.room(("margin", dimension, up), +1)
                    and bounds.room(("margin", dimension, down), -1)
                ):
                    continue
                if side == 0:
                    first, second = ("r", down), ("r", up)
                else:
                    first, second = ("c", up), ("c", down)
                into = _path(model, bounds, table, head, first, u)
                back = _path(model, bounds, table, second, tail, u)
                others = _realise(model, bounds, dimension, up, down, table)
                if into is not None and back is not None and others is not None:
                    yield [(u, sign), *into, *back, *others]
    if ("total",) in bounds.hidden:
        yield from _person_moves(model, bounds, u)


def _person_moves(model: _Model, bounds: _Bounds, u: Var) -> Iterator[list[Step]]:
    """Add or remove one whole person who counts in ``u``: possible only when the grand total
    is hidden."""
    exact = model.exact
    fixed: dict[Dimension, str] = {}
    if u[0] == "cell":
        key = TABLES[int(str(u[1]))]
        fixed = {key[0]: str(u[2]), key[1]: str(u[3])}
    elif u[0] == "margin":
        assert isinstance(u[1], Dimension)
        fixed = {u[1]: str(u[2])}
    for sign in (+1, -1):
        if not bounds.room(("total",), sign):
            continue
        choices = [
            [fixed[d]]
            if d in fixed
            else [v for v in exact.categories[d] if bounds.room(("margin", d, v), sign)]
            for d in Dimension
        ]
        for combo in itertools.product(*choices):
            values = dict(zip(Dimension, combo, strict=True))
            steps: list[Step] = [(("total",), sign)]
            steps.extend((("margin", d, values[d]), sign) for d in Dimension)
            for i, key in enumerate(TABLES):
                cell: Var = ("cell", i, values[key[0]], values[key[1]])
                if cell not in model.values:
                    break
                steps.append((cell, sign))
            else:
                if _verified(model, bounds, steps, u):
                    yield steps
                    return


def _protected(model: _Model, bounds: _Bounds, u: Var, thorough: bool = True) -> bool:
    if any(_verified(model, bounds, w, u) for w in _witnesses(model, bounds, u)):
        return True
    if not thorough:
        return False
    # The moves above are quick but do not cover every second population; for a small count a
    # complete search settles it rather than hiding more than needed.
    return model.values[("total",)] <= _SEARCH_UP_TO and _other_solution(model, bounds, u)


_SEARCH_UP_TO = 60
_SEARCH_BUDGET = 400


def _other_solution(model: _Model, bounds: _Bounds, u: Var) -> bool:
    """Whole numbers for the hidden ones, within their markers, that satisfy every table and
    give ``u`` another value (a second population, found by complete search)."""
    cap = bounds.cap if bounds.cap != _UNBOUNDED else model.values[("total",)] + THRESHOLD
    lo: dict[Hashable, int] = {}
    hi: dict[Hashable, int] = {}
    for var, mark in bounds.hidden.items():
        lo[var], hi[var] = (0, THRESHOLD - 1) if mark is Mark.SMALL else (THRESHOLD, cap)
    rows: set[Row] = set()
    for arcs in model.nets:
        nodes: dict[Node, dict[Var, int]] = {}
        for arc in arcs:
            nodes.setdefault(arc.tail, {})[arc.var] = -1
            nodes.setdefault(arc.head, {})[arc.var] = +1
        for terms in nodes.values():
            constant = -sum(c * model.values[v] for v, c in terms.items() if v not in lo)
            hidden = tuple(sorted(((v, c) for v, c in terms.items() if v in lo), key=repr))
            if hidden:
                rows.add((hidden, constant))
    ordered = sorted(rows, key=repr)
    return another_value(ordered, lo, hi, u, model.values[u], _SEARCH_BUDGET)


def _neighbours(model: _Model, u: Var) -> set[Var]:
    """Numbers that share a row, column or total with ``u`` in some table."""
    out: set[Var] = set()
    for table in model.tables_of[u]:
        arc = model.arc_in(table, u)
        ends = {arc.tail, arc.head}
        out.update(a.var for a in model.nets[table] if ends & {a.tail, a.head})
    out.discard(u)
    return out


def _primary(model: _Model) -> dict[Var, Mark]:
    return {var: Mark.SMALL for var, value in model.values.items() if value < THRESHOLD}


def _protect(model: _Model, hidden: dict[Var, Mark]) -> None:
    """Hide more numbers until every hidden one has a witness. Hiding more only widens what a
    reader must allow for, so a number once protected stays protected; each round hides one
    more number, so this ends."""
    safe: set[Var] = set()
    while True:
        bounds = _Bounds(model, hidden)
        exposed: Var | None = None
        for candidate in sorted((v for v in hidden if v not in safe), key=repr):
            if not _protected(model, bounds, candidate):
                exposed = candidate
                break
            safe.add(candidate)
        if exposed is None:
            return
        u = exposed
        shown = [v for v in model.values if v not in hidden]
        if not shown:
            raise StatisticsError(
                QT_TRANSLATE_NOOP(
                    "Errors", "these statistics cannot be published without showing a small count"
                )
            )
        for extra in _cover(model, hidden, u, shown):
            hidden.update(dict.fromkeys(extra, Mark.PROTECTING))
            break


_PAIRS_FROM = 14


def _cover(
    model: _Model, hidden: dict[Var, Mark], u: Var, shown: list[Var]
) -> Iterator[tuple[Var, ...]]:
    """Numbers to hide next for ``u``, least loss first: one that gives ``u`` a witness, else
    two that do, else the smallest number in ``u``'s own tables (progress, if not yet enough).
    Cells and totals of ``u``'s own tables come before totals shared with other tables, since
    hiding a shared total spreads the loss to every table that shows it."""
    tables = set(model.tables_of[u])
    own = {a.var for t in tables for a in model.nets[t]} - {u}
    pool = [v for v in shown if v in own] or shown
    pool.sort(key=lambda v: (v in model.shared, model.values[v], repr(v)))

    def works(extra: tuple[Var, ...]) -> bool:
        trial = {**hidden, **dict.fromkeys(extra, Mark.PROTECTING)}
        return _protected(model, _Bounds(model, trial), u, thorough=False)

    for single in pool:
        if works((single,)):
            yield (single,)
            return
    for pair in itertools.combinations(pool[:_PAIRS_FROM], 2):
        if works(pair):
            yield pair
            return
    yield (pool[0],)


# ----------------------------------------------------------------------------- publishing


def publish(exact: ExactTables) -> PublishedTables:
    """The tables as they may be shown: every count under 5 (zeros included) as "<5", and enough
    other numbers hidden as "x" that none of them can be worked out from the rest."""
    model = _Model(exact)
    hidden = _primary(model)
    if exact.total < THRESHOLD:
        # Fewer than five people in all: every number is small, and nothing is shown.
        hidden = dict.fromkeys(model.values, Mark.SMALL)
    else:
        _protect(model, hidden)
    return _render(model, hidden)


def _render(model: _Model, hidden: Mapping[Var, Mark]) -> PublishedTables:
    def shown(var: Var) -> Shown:
        if var not in model.values:
            return Mark.IMPOSSIBLE
        return hidden.get(var, model.values[var])

    exact = model.exact
    tables = []
    for i, key in enumerate(TABLES):
        rows, cols = exact.categories[key[0]], exact.categories[key[1]]
        cells: dict[tuple[str, str], Shown] = {}
        for r in rows:
            for c in cols:
                cells[(r, c)] = shown(("cell", i, r, c))
        tables.append(
            PublishedTable(
                key=key,
                rows=rows,
                cols=cols,
                cells=cells,
                row_totals={r: shown(("margin", key[0], r)) for r in rows},
                col_totals={c: shown(("margin", key[1], c)) for c in cols},
                total=shown(("total",)),
            )
        )
    return PublishedTables(as_of=exact.as_of, categories=exact.categories, tables=tuple(tables))
