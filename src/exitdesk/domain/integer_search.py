"""A small exact search: is there another whole-number solution of some linear equations,
within bounds, in which one unknown takes a different value? Used for small counts."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

Row = tuple[tuple[tuple[Hashable, int], ...], int]  # ((unknown, coefficient), ...), constant


def another_value(
    rows: Sequence[Row],
    lows: Mapping[Hashable, int],
    highs: Mapping[Hashable, int],
    target: Hashable,
    avoid: int,
    budget: int,
) -> bool:
    """True if some solution of every ``sum(c * x) == constant`` with ``lows <= x <= highs``
    has ``x[target] != avoid``. Interval propagation and branching on the narrowest unknown;
    running out of ``budget`` nodes answers False, so a caller can only be too careful."""
    left = [budget]
    for low, high in ((lows[target], avoid - 1), (avoid + 1, highs[target])):
        if low <= high:
            lo, hi = dict(lows), dict(highs)
            lo[target], hi[target] = low, high
            if _branch(rows, lo, hi, left):
                return True
    return False


def _tighten(rows: Sequence[Row], lo: dict[Hashable, int], hi: dict[Hashable, int]) -> bool:
    changed = True
    while changed:
        changed = False
        for terms, constant in rows:
            least = sum(c * (lo[v] if c > 0 else hi[v]) for v, c in terms)
            most = sum(c * (hi[v] if c > 0 else lo[v]) for v, c in terms)
            for v, c in terms:
                # c * x_v = constant - (the rest), and the rest lies in [least - own, most - own];
                # a bound tightened earlier in this row only makes these sums looser, not wrong.
                own_least = c * (lo[v] if c > 0 else hi[v])
                own_most = c * (hi[v] if c > 0 else lo[v])
                a, b = constant - (most - own_most), constant - (least - own_least)
                if c < 0:
                    a, b = -b, -a
                if a > lo[v]:
                    lo[v], changed = a, True
                if b < hi[v]:
                    hi[v], changed = b, True
                if lo[v] > hi[v]:
                    return False
    return True


def _branch(
    rows: Sequence[Row], lo: dict[Hashable, int], hi: dict[Hashable, int], left: list[int]
) -> bool:
    left[0] -= 1
    if left[0] < 0 or not _tighten(rows, lo, hi):
        return False
    open_vars = [v for v in lo if lo[v] < hi[v]]
    if not open_vars:
        return True
    pick = min(open_vars, key=lambda v: (hi[v] - lo[v], repr(v)))
    for value in range(lo[pick], hi[pick] + 1):
        next_lo, next_hi = dict(lo), dict(hi)
        next_lo[pick] = next_hi[pick] = value
        if _branch(rows, next_lo, next_hi, left):
            return True
    return False
