"""Monitoring statistics: coarse dimensions, exact count tables, their sum across vaults, and
their canonical form for a statistics bundle. Suppression lives in ``domain.suppression``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from exitdesk.domain.errors import DomainError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import LifecycleState, Participant
from exitdesk.domain.parties import ALL_PARTIES


class StatisticsError(DomainError):
    """Counts that cannot be right (an impossible participant, a malformed statistics file)."""

    problem: str = ""


class Dimension(StrEnum):
    STAGE = "stage"
    DURATION = "duration"
    AGE = "age"
    PARTY = "party"
    START_YEAR = "start_year"


# How participation ended is folded into the stage, so the state table never has a cell that
# is zero by definition (an "active" participation ended by a party) and the published tables
# form a tree (see docs/statistics.md: that is what makes the suppression audit exact).
STAGES: tuple[str, ...] = (
    "enquiry",
    "assessment",
    "active",
    "after_release",
    "ended_by_participant",
    "ended_by_party",
)
ENDED_STAGES = frozenset({"ended_by_participant", "ended_by_party"})
# Duration is how long an ended participation lasted. For an ongoing one the time so far is the
# start date seen from today, which the start-year table already shows; publishing it twice
# would give a reader a second, finer view of the same fact.
ONGOING = "ongoing"
DURATIONS: tuple[str, ...] = (
    ONGOING,
    "under_6_months",
    "6_to_12_months",
    "1_to_2_years",
    "2_years_or_more",
)
_DURATION_MIN_DAYS = {
    "under_6_months": 0,
    "6_to_12_months": 182,
    "1_to_2_years": 365,
    "2_years_or_more": 730,
}
AGE_BANDS: tuple[str, ...] = (
    "under_18",
    "18_to_24",
    "25_to_34",
    "35_to_49",
    "50_or_over",
    "unknown",
)
_AGE_LIMITS = ((18, "under_18"), (25, "18_to_24"), (35, "25_to_34"), (50, "35_to_49"))

FIRST_YEAR = 2000
LAST_YEAR = 2100
MAX_YEARS = 30
MAX_COUNT = 10_000_000
FORMAT = "exitdesk-statistics"
FORMAT_VERSION = 1

TableKey = tuple[Dimension, Dimension]
# The published tables: a tree over the dimensions (stage is the hub, start year hangs off
# duration). Every rule linking two dimensions lies inside one of these tables.
TABLES: tuple[TableKey, ...] = (
    (Dimension.STAGE, Dimension.DURATION),
    (Dimension.STAGE, Dimension.AGE),
    (Dimension.STAGE, Dimension.PARTY),
    (Dimension.DURATION, Dimension.START_YEAR),
)
FIXED_CATEGORIES: dict[Dimension, tuple[str, ...]] = {
    Dimension.STAGE: STAGES,
    Dimension.DURATION: DURATIONS,
    Dimension.AGE: AGE_BANDS,
}


@dataclass(frozen=True)
class StatsFact:
    """One participant, already coarsened: the only thing statistics ever sees of a person."""

    stage: str
    duration: str
    age: str
    party: str
    start_year: int

    def value(self, dimension: Dimension) -> str:
        if dimension is Dimension.START_YEAR:
            return str(self.start_year)
        return str(getattr(self, dimension.value))


def table_name(key: TableKey) -> str:
    return f"{key[0].value}_by_{key[1].value}"


def possible(first: tuple[Dimension, str], second: tuple[Dimension, str], as_of: date) -> bool:
    """False for a pair of values no participant can have (a cell that is zero by definition),
    e.g. an ongoing participation that has ended, or two years' duration starting this year."""
    pair = {first[0]: first[1], second[0]: second[1]}
    stage, duration, year = (
        pair.get(Dimension.STAGE),
        pair.get(Dimension.DURATION),
        pair.get(Dimension.START_YEAR),
    )
    if stage is not None and duration is not None:
        return (stage in ENDED_STAGES) == (duration != ONGOING)
    if duration is not None and year is not None and duration != ONGOING:
        return _DURATION_MIN_DAYS[duration] <= (as_of - date(int(year), 1, 1)).days
    return True


def possible_cells(
    categories: Mapping[Dimension, tuple[str, ...]], as_of: date
) -> dict[TableKey, set[tuple[str, str]]]:
    """The cells of each table someone could be in. A value with no possible cell in one table
    (two years' duration when every start year is recent) is impossible everywhere, and so are
    its cells in the other tables: a reader can work that out, so it is shown as impossible."""
    cells = {
        key: {
            (r, c)
            for r in categories[key[0]]
            for c in categories[key[1]]
            if possible((key[0], r), (key[1], c), as_of)
        }
        for key in TABLES
    }
    while True:
        alive = {d: set(categories[d]) for d in Dimension}
        for key, open_cells in cells.items():
            alive[key[0]] &= {r for r, _ in open_cells}
            alive[key[1]] &= {c for _, c in open_cells}
        pruned = {
            key: {(r, c) for r, c in open_cells if r in alive[key[0]] and c in alive[key[1]]}
            for key, open_cells in cells.items()
        }
        if pruned == cells:
            return cells
        cells = pruned


# ----------------------------------------------------------------------------- coarsening


def stage_of(participant: Participant) -> str:
    if participant.state is not LifecycleState.ENDED:
        return participant.state.value
    ended = participant.history[-1].ended_by if participant.history else None
    return "ended_by_participant" if ended is None or ended.participant else "ended_by_party"


def duration_band(start: date, end: date | None) -> str:
    """The band of an ended participation's length; ``ongoing`` while it has not ended."""
    if end is None:
        return ONGOING
    days = (end - start).days
    band = DURATIONS[1]
    for name, least in _DURATION_MIN_DAYS.items():
        if days >= least:
            band = name
    return band


def age_band(birth_year: int | None, as_of: date) -> str:
    if birth_year is None:
        return "unknown"
    age = as_of.year - birth_year
    for limit, band in _AGE_LIMITS:
        if age < limit:
            return band
    return "50_or_over"


def fact_from_participant(participant: Participant, party: str, as_of: date) -> StatsFact:
    """The coarse fact for one participant counted by a worker of ``party``. The start is the
    first contact (``created_at``); the end is the ending event, if any."""
    if participant.created_at is None:
        raise StatisticsError(
            QT_TRANSLATE_NOOP("Errors", "a participant without a start date cannot be counted")
        )
    start = participant.created_at.date()
    end: date | None = None
    if participant.state is LifecycleState.ENDED and participant.history:
        end = _day(participant.history[-1].at)
    return StatsFact(
        stage=stage_of(participant),
        duration=duration_band(start, end),
        age=age_band(participant.birth_year, as_of),
        party=party,
        start_year=start.year,
    )


def _day(at: datetime) -> date:
    return at.date()


# ----------------------------------------------------------------------------- exact tables


@dataclass(frozen=True)
class ExactTables:
    """Exact counts of the published tables for one vault or the sum of several. Never shown:
    ``domain.suppression.publish`` turns them into what may be read. ``counts[key][(r, c)]``
    holds every cell of every table in ``TABLES``, zero cells included."""

    as_of: date
    categories: Mapping[Dimension, tuple[str, ...]]
    counts: Mapping[TableKey, Mapping[tuple[str, str], int]]

    @property
    def total(self) -> int:
        return sum(self.counts[TABLES[0]].values())

    def margin(self, dimension: Dimension) -> dict[str, int]:
        key = next(k for k in TABLES if dimension in k)
        side = 0 if key[0] is dimension else 1
        out = dict.fromkeys(self.categories[dimension], 0)
        for cell, n in self.counts[key].items():
            out[cell[side]] += n
        return out


def _categories(
    as_of: date, parties: Iterable[str], years: Iterable[int]
) -> dict[Dimension, tuple[str, ...]]:
    party_set = set(parties)
    unknown = sorted(party_set - set(ALL_PARTIES))
    if unknown:
        raise StatisticsError(
            QT_TRANSLATE_NOOP("Errors", "unknown party '{party}'"), party=unknown[0]
        )
    year_list = sorted(set(years))
    if not party_set or not year_list:
        raise StatisticsError(
            QT_TRANSLATE_NOOP("Errors", "statistics need at least one party and one year")
        )
    if (
        len(year_list) > MAX_YEARS
        or year_list[0] < FIRST_YEAR
        or year_list[-1] > min(LAST_YEAR, as_of.year)
        or year_list != list(range(year_list[0], year_list[-1] + 1))
    ):
        raise StatisticsError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the years of start must be consecutive, at most {most}, and not after {year}",
            ),
            most=MAX_YEARS,
            year=as_of.year,
        )
    return {
        **FIXED_CATEGORIES,
        # Preset order, not the order seen in the data: nothing here may depend on who is counted.
        Dimension.PARTY: tuple(p for p in ALL_PARTIES if p in party_set),
        Dimension.START_YEAR: tuple(str(y) for y in year_list),
    }


def empty_tables(as_of: date, parties: Iterable[str], years: Iterable[int]) -> ExactTables:
    """All-zero tables over these parties and start years. Both come from the request (the
    reporting parties, the period), never from the data: a column that exists only because
    someone is in it would tell a reader so."""
    categories = _categories(as_of, parties, years)
    counts = {
        key: {(r, c): 0 for r in categories[key[0]] for c in categories[key[1]]} for key in TABLES
    }
    return ExactTables(as_of=as_of, categories=categories, counts=counts)


def count_tables(
    facts: Iterable[StatsFact], as_of: date, parties: Iterable[str], years: Iterable[int]
) -> ExactTables:
    """Exact counts of ``facts``; ``StatisticsError`` (naming no one) for a fact outside the
    categories or one no participant can have."""
    base = empty_tables(as_of, parties, years)
    counts = {key: dict(cells) for key, cells in base.counts.items()}
    for fact in facts:
        values = {d: fact.value(d) for d in Dimension}
        for dimension, value in values.items():
            if value not in base.categories[dimension]:
                raise StatisticsError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "a participant falls outside the {dimension} categories"
                    ),
                    dimension=dimension.value,
                )
        for key in TABLES:
            if not possible((key[0], values[key[0]]), (key[1], values[key[1]]), as_of):
                raise StatisticsError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "a participant has an impossible {first} and {second}"
                    ),
                    first=key[0].value,
                    second=key[1].value,
                )
            counts[key][(values[key[0]], values[key[1]])] += 1
    return ExactTables(as_of=as_of, categories=base.categories, counts=counts)


def combine(parts: Sequence[ExactTables]) -> ExactTables:
    """The cell-by-cell sum of several vaults' exact tables, over the union of their parties and
    start years; before any suppression, so small cells from different vaults add up."""
    if not parts:
        raise StatisticsError(QT_TRANSLATE_NOOP("Errors", "there are no statistics to combine"))
    as_of = max(p.as_of for p in parts)
    parties = {party for p in parts for party in p.categories[Dimension.PARTY]}
    years = [int(y) for p in parts for y in p.categories[Dimension.START_YEAR]]
    base = empty_tables(as_of, parties, range(min(years), max(years) + 1))
    counts = {key: dict(cells) for key, cells in base.counts.items()}
    for part in parts:
        for key in TABLES:
            for cell, n in part.counts[key].items():
                counts[key][cell] += n
    return ExactTables(as_of=as_of, categories=base.categories, counts=counts)


# ----------------------------------------------------------------------------- canonical form


def to_dict(exact: ExactTables) -> dict[str, object]:
    """The canonical JSON-able form carried in a statistics bundle: exact counts, no names."""
    tables: dict[str, list[list[int]]] = {}
    for key in TABLES:
        rows, cols = exact.categories[key[0]], exact.categories[key[1]]
        tables[table_name(key)] = [[exact.counts[key][(r, c)] for c in cols] for r in rows]
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "as_of": exact.as_of.isoformat(),
        "parties": list(exact.categories[Dimension.PARTY]),
        "start_years": [int(y) for y in exact.categories[Dimension.START_YEAR]],
        "tables": tables,
    }


_MALFORMED = QT_TRANSLATE_NOOP(
    "Errors", "the statistics file is malformed or inconsistent; nothing was read from it"
)


def _malformed(problem: str) -> StatisticsError:
    # ``problem`` says what was wrong for the reader of the code and the tests; the person sees
    # one plain sentence, since nothing in such a file can be acted on except asking again.
    error = StatisticsError(_MALFORMED)
    error.problem = problem
    return error


def _count(value: object) -> int:
    # bool is an int in Python; a true/false in a count is a malformed file, not a 1 or 0.
    if type(value) is not int or not 0 <= value <= MAX_COUNT:
        raise _malformed("a count is not a whole number between 0 and 10 000 000")
    return value


def from_dict(data: object) -> ExactTables:
    """Parse untrusted statistics strictly: known keys only, known categories, whole
    non-negative counts, bounded sizes, consistent margins, no impossible cell counted."""
    if not isinstance(data, dict) or set(data) != {
        "format",
        "version",
        "as_of",
        "parties",
        "start_years",
        "tables",
    }:
        raise _malformed("unexpected or missing fields")
    if data["format"] != FORMAT or data["version"] != FORMAT_VERSION:
        raise _malformed("unknown format or version")
    as_of_text = data["as_of"]
    if not isinstance(as_of_text, str) or len(as_of_text) != 10:
        raise _malformed("the date is not a date")
    try:
        as_of = date.fromisoformat(as_of_text)
    except ValueError:
        raise _malformed("the date is not a date") from None
    parties, years = data["parties"], data["start_years"]
    if not isinstance(parties, list) or len(parties) > len(ALL_PARTIES):
        raise _malformed("the parties are not a short list")
    if not all(isinstance(p, str) for p in parties) or len(set(parties)) != len(parties):
        raise _malformed("the parties are not distinct names")
    if not isinstance(years, list) or len(years) > MAX_YEARS:
        raise _malformed("the years are not a short list")
    if any(type(y) is not int for y in years):
        raise _malformed("a year is not a whole number")
    base = empty_tables(as_of, parties, years)
    if list(base.categories[Dimension.PARTY]) != parties:
        raise _malformed("the parties are not in the canonical order")
    tables = data["tables"]
    if not isinstance(tables, dict) or set(tables) != {table_name(k) for k in TABLES}:
        raise _malformed("unexpected or missing tables")
    counts: dict[TableKey, dict[tuple[str, str], int]] = {}
    for key in TABLES:
        rows, cols = base.categories[key[0]], base.categories[key[1]]
        matrix = tables[table_name(key)]
        if not isinstance(matrix, list) or len(matrix) != len(rows):
            raise _malformed("a table has the wrong number of rows")
        cells: dict[tuple[str, str], int] = {}
        for r, line in zip(rows, matrix, strict=True):
            if not isinstance(line, list) or len(line) != len(cols):
                raise _malformed("a table has the wrong number of columns")
            for c, value in zip(cols, line, strict=True):
                n = _count(value)
                if n and not possible((key[0], r), (key[1], c), as_of):
                    raise _malformed("an impossible cell is counted")
                cells[(r, c)] = n
        counts[key] = cells
    exact = ExactTables(as_of=as_of, categories=base.categories, counts=counts)
    _check_consistent(exact)
    return exact


def _check_consistent(exact: ExactTables) -> None:
    """Every table counts the same people: shared margins and totals agree."""
    if exact.total > MAX_COUNT:
        raise _malformed("the total is too large")
    for dimension in Dimension:
        seen: list[dict[str, int]] = []
        for key in TABLES:
            if dimension in key:
                side = 0 if key[0] is dimension else 1
                out = dict.fromkeys(exact.categories[dimension], 0)
                for cell, n in exact.counts[key].items():
                    out[cell[side]] += n
                seen.append(out)
        if any(s != seen[0] for s in seen):
            raise _malformed("the tables do not count the same participants")
    if len({sum(exact.counts[k].values()) for k in TABLES}) != 1:
        raise _malformed("the tables do not count the same participants")
