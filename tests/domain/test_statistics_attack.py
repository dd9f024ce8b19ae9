"""The attacker: from the published CSV files alone, try to recover each suppressed number (by
linear algebra over all published numbers, and by whole-number bounds) and to single out one
known participant. Each attack fails on the real publication and succeeds on primary-only
suppression, so the attack is real."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.domain.statistics_attacker import (
    TOTAL,
    Number,
    Reading,
    determined,
    pinned,
    read,
)
from tests.domain.statistics_population import AS_OF, PARTIES, YEARS, facts, skewed_population

from exitdesk.domain import suppression
from exitdesk.domain.statistics import (
    ONGOING,
    Dimension,
    ExactTables,
    StatsFact,
    count_tables,
)
from exitdesk.domain.statistics_csv import to_csv
from exitdesk.domain.suppression import Mark, publish

# A long run: EXITDESK_STATS_RUNS=2000 pytest tests/domain/test_statistics_attack.py. The
# defaults keep the statistics tests well under a minute under CI's derandomised profile.
_RUNS = int(os.environ.get("EXITDESK_STATS_RUNS", "0") or 0)


def _settings(examples: int) -> settings:
    return settings(
        max_examples=_RUNS or examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )


SETTINGS = _settings(30)


def _exact(population: list[StatsFact]) -> ExactTables:
    return count_tables(population, AS_OF, PARTIES, YEARS)


def _truth(exact: ExactTables) -> dict[Number, int]:
    """Every number of the publication as it really is (nothing hidden)."""
    plain = suppression._render(suppression._Model(exact), {})
    values: dict[Number, int] = {}
    for name, text in to_csv(plain).items():
        lines = [line.split(",") for line in text.splitlines()]
        for row in lines[1:]:
            for col, cell in zip(lines[0][1:], row[1:], strict=True):
                values[(name, row[0], col)] = 0 if cell == "-" else int(cell)
    return values


@pytest.fixture
def primary_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn complementary suppression off: small cells hidden, nothing hidden to protect them."""
    monkeypatch.setattr(suppression, "_protect", lambda model, hidden: None)


def _block(
    stage: str, duration: str, year: int, count: int, age: str = "25_to_34"
) -> list[StatsFact]:
    return [StatsFact(stage, duration, age, "fi-rise", year)] * count


def _lumpy_with_two_latecomers() -> list[StatsFact]:
    """Every cell of every table large, except two people who started in 2021."""
    people: list[StatsFact] = []
    for year in (2022, 2023):
        for stage in ("enquiry", "assessment", "active", "after_release"):
            people += _block(stage, ONGOING, year, 6)
        for stage in ("ended_by_participant", "ended_by_party"):
            for duration in ("under_6_months", "6_to_12_months", "1_to_2_years", "2_years_or_more"):
                people += _block(stage, duration, year, 6)
    for year in (2024, 2025, 2026):
        people += _block("active", ONGOING, year, 6)
    people += _block("active", ONGOING, 2021, 2)
    return people


def _consistent(reading: Reading, truth: dict[Number, int]) -> None:
    """The attacker's equations are right: the true numbers satisfy every one of them."""
    for terms, constant in reading.equations:
        assert sum(c * truth[n] for n, c in terms.items()) == constant


@SETTINGS
@given(skewed_population(max_size=160))
def test_no_suppressed_number_is_in_the_row_space_of_the_published_equations(
    population: list[StatsFact],
) -> None:
    exact = _exact(population)
    reading = read(to_csv(publish(exact)))
    _consistent(reading, _truth(exact))
    assert determined(reading) == {}


@_settings(12)
@given(st.lists(facts(), min_size=0, max_size=12))
def test_no_suppressed_number_is_pinned_by_whole_number_bounds(
    population: list[StatsFact],
) -> None:
    exact = _exact(population)
    published = publish(exact)
    reading = read(to_csv(published))
    truth = _truth(exact)
    cap = exact.total if isinstance(published.total, int) else exact.total + 6
    assert pinned(reading, truth, cap) == set()


def _containing(target: StatsFact, files: dict[str, str]) -> Iterator[Number]:
    """The published numbers that count ``target``: their cells and the totals over them."""
    for name, text in files.items():
        header = text.splitlines()[0].split(",")
        if "/" in header[0]:
            row_dim, col_dim = (Dimension(d) for d in header[0].split("/"))
            r, c = target.value(row_dim), target.value(col_dim)
            yield from ((name, r, c), (name, r, TOTAL), (name, TOTAL, c), (name, TOTAL, TOTAL))
        else:
            v = target.value(Dimension(header[0]))
            yield from ((name, v, "participants"), (name, TOTAL, "participants"))


def _small_groups_found(target: StatsFact, files: dict[str, str]) -> list[tuple[Number, int]]:
    """Numbers counting ``target`` that the attacker reads or works out to be 1..4."""
    reading = read(files)
    worked_out = {n: int(v) for n, v in determined(reading).items()}
    known = {**reading.known, **worked_out}
    return [(n, known[n]) for n in _containing(target, files) if n in known and 1 <= known[n] < 5]


@SETTINGS
@given(skewed_population(max_size=160), st.data())
def test_a_known_participant_is_never_found_in_a_group_under_five(
    population: list[StatsFact], data: st.DataObject
) -> None:
    if not population:
        return
    target = data.draw(st.sampled_from(population))
    files = to_csv(publish(_exact(population)))
    assert _small_groups_found(target, files) == []


def test_published_tables_hide_and_protect_the_latecomers() -> None:
    published = publish(_exact(_lumpy_with_two_latecomers()))
    table = next(t for t in published.tables if t.key[1] is Dimension.START_YEAR)
    assert table.cells[(ONGOING, "2021")] is Mark.SMALL
    assert published.count(Mark.PROTECTING) > 0
    assert determined(read(to_csv(published))) == {}


@pytest.mark.usefixtures("primary_only")
def test_the_linear_attack_recovers_a_cell_when_only_small_cells_are_hidden() -> None:
    files = to_csv(publish(_exact(_lumpy_with_two_latecomers())))
    recovered = determined(read(files))
    assert recovered[("duration_by_start_year.csv", ONGOING, "2021")] == 2


@pytest.mark.usefixtures("primary_only")
def test_the_single_out_attack_finds_a_latecomer_when_only_small_cells_are_hidden() -> None:
    latecomer = StatsFact("active", ONGOING, "25_to_34", "fi-rise", 2021)
    files = to_csv(publish(_exact(_lumpy_with_two_latecomers())))
    assert (("duration_by_start_year.csv", ONGOING, "2021"), 2) in _small_groups_found(
        latecomer, files
    )


@pytest.mark.usefixtures("primary_only")
def test_the_bounds_attack_pins_zeros_that_linear_algebra_cannot() -> None:
    """Two hidden zeros in one row whose shown cells already make up the row total: equations
    allow 1 and -1, whole non-negative numbers allow only 0 and 0."""
    people = _block("active", ONGOING, 2025, 9) + _block("active", ONGOING, 2026, 7)
    people += _block("active", ONGOING, 2025, 5, age="35_to_49")
    exact = count_tables(people, AS_OF, ("fi-rise",), (2025, 2026))
    reading = read(to_csv(publish(exact)))
    truth = _truth(exact)
    assert ("stage_by_age.csv", "active", "18_to_24") in pinned(reading, truth, exact.total)
    assert ("stage_by_age.csv", "active", "18_to_24") not in determined(reading)


def test_the_bounds_attack_fails_once_complementary_suppression_is_on() -> None:
    people = _block("active", ONGOING, 2025, 9) + _block("active", ONGOING, 2026, 7)
    people += _block("active", ONGOING, 2025, 5, age="35_to_49")
    exact = count_tables(people, AS_OF, ("fi-rise",), (2025, 2026))
    published = publish(exact)
    reading = read(to_csv(published))
    truth = _truth(exact)
    cap = exact.total if isinstance(published.total, int) else exact.total + 6
    assert pinned(reading, truth, cap) == set()


@pytest.mark.parametrize("size", [10_000, 300, 40])
def test_demo_like_caseloads_publish_quickly_and_withstand_the_attacks(size: int) -> None:
    from tests.domain.statistics_population import demo_like

    people = demo_like(size, seed=size)
    exact = count_tables(people, AS_OF, ("fi-rise",), range(2022, 2027))
    started = time.perf_counter()
    published = publish(exact)
    assert time.perf_counter() - started < 10
    files = to_csv(published)
    assert determined(read(files)) == {}
    assert all(_small_groups_found(target, files) == [] for target in set(people))
