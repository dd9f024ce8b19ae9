"""Counting, combining across vaults, the canonical form, CSV output and the coarsening."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.domain.statistics_population import AS_OF, PARTIES, YEARS, demo_like, facts

from exitdesk.domain import EndedBy, FixedClock, LifecycleState, Participant
from exitdesk.domain.statistics import (
    ONGOING,
    STAGES,
    TABLES,
    Dimension,
    StatisticsError,
    StatsFact,
    age_band,
    combine,
    count_tables,
    duration_band,
    empty_tables,
    fact_from_participant,
    from_dict,
    to_dict,
)
from exitdesk.domain.statistics_csv import to_csv
from exitdesk.domain.suppression import Mark, publish

population = st.lists(facts(), max_size=60)


@settings(max_examples=50, deadline=None)
@given(population)
def test_each_table_counts_every_fact_once(people: list[StatsFact]) -> None:
    exact = count_tables(people, AS_OF, PARTIES, YEARS)
    assert exact.total == len(people)
    for key in TABLES:
        for (r, c), n in exact.counts[key].items():
            assert n == sum(1 for f in people if f.value(key[0]) == r and f.value(key[1]) == c)


@settings(max_examples=50, deadline=None)
@given(st.lists(population, min_size=1, max_size=4))
def test_combined_counts_equal_the_sum_of_the_inputs_before_suppression(
    vaults: list[list[StatsFact]],
) -> None:
    parts = [count_tables(people, AS_OF, PARTIES, YEARS) for people in vaults]
    combined = combine(parts)
    for key in TABLES:
        for cell, n in combined.counts[key].items():
            assert n == sum(part.counts[key][cell] for part in parts)
    # And the same as counting everyone in one place.
    everyone = count_tables([f for people in vaults for f in people], AS_OF, PARTIES, YEARS)
    assert combined.counts == everyone.counts


def test_combining_unites_parties_and_years_and_small_cells_add_up() -> None:
    def caseload(party: str, year: int) -> list[StatsFact]:
        people = [StatsFact("active", ONGOING, "25_to_34", party, year)] * 30
        people += [StatsFact("after_release", ONGOING, "35_to_49", party, year)] * 20
        return people + [StatsFact("enquiry", ONGOING, "25_to_34", party, year)] * 3

    a = count_tables(caseload("fi-rise", 2024), AS_OF, ["fi-rise"], [2024])
    b = count_tables(caseload("se-polisen", 2022), date(2026, 11, 20), ["se-polisen"], [2022, 2023])
    both = combine([a, b])
    assert both.categories[Dimension.PARTY] == ("fi-rise", "se-polisen")
    assert both.categories[Dimension.START_YEAR] == ("2022", "2023", "2024")
    assert both.as_of == AS_OF
    assert both.margin(Dimension.STAGE)["enquiry"] == 6
    # Three enquiries in each vault are hidden; six together may be shown.
    assert publish(a).margin(Dimension.STAGE)["enquiry"] is Mark.SMALL
    assert publish(b).margin(Dimension.STAGE)["enquiry"] is Mark.SMALL
    assert publish(both).margin(Dimension.STAGE)["enquiry"] in (6, Mark.PROTECTING)


def test_nothing_to_combine_is_refused() -> None:
    with pytest.raises(StatisticsError):
        combine([])


@settings(max_examples=30, deadline=None)
@given(population)
def test_the_canonical_form_round_trips(people: list[StatsFact]) -> None:
    exact = count_tables(people, AS_OF, PARTIES, YEARS)
    assert from_dict(to_dict(exact)) == exact


def _good() -> dict[str, object]:
    people = [StatsFact("active", ONGOING, "25_to_34", "fi-rise", 2024)] * 7
    return to_dict(count_tables(people, AS_OF, PARTIES, YEARS))


def _tampered(change: str) -> object:
    data: dict[str, object] = copy.deepcopy(_good())
    tables = data["tables"]
    assert isinstance(tables, dict)
    grid = tables["stage_by_age"]
    if change == "extra field":
        data["names"] = ["Kettu"]
    elif change == "negative":
        grid[2][2] = -1
    elif change == "bool":
        grid[0][0] = True
    elif change == "float":
        grid[0][0] = 1.0
    elif change == "huge":
        grid[0][0] = 10**12
    elif change == "short row":
        grid[0] = grid[0][:-1]
    elif change == "unknown party":
        data["parties"] = ["fi-rise", "xx-nobody", "fi-krp"]
    elif change == "party order":
        data["parties"] = ["fi-krp", "fi-rise", "fi-aggredi"]
    elif change == "gap in years":
        data["start_years"] = [2021, 2023]
    elif change == "future year":
        data["start_years"] = [2027]
    elif change == "too many years":
        data["start_years"] = list(range(2000, 2040))
    elif change == "inconsistent":
        grid[2][3] += 1  # one more active 35-49 here than anywhere else
    elif change == "impossible cell":
        tables["stage_by_duration"][2][1] = 1  # an active participation that ended
    elif change == "bad date":
        data["as_of"] = "2026-13-01"
    elif change == "version":
        data["version"] = 2
    elif change == "not a dict":
        return [data]
    return data


@pytest.mark.parametrize(
    "change",
    [
        "extra field",
        "negative",
        "bool",
        "float",
        "huge",
        "short row",
        "unknown party",
        "party order",
        "gap in years",
        "future year",
        "too many years",
        "inconsistent",
        "impossible cell",
        "bad date",
        "version",
        "not a dict",
    ],
)
def test_malformed_statistics_are_refused_in_plain_words(change: str) -> None:
    with pytest.raises(StatisticsError) as caught:
        from_dict(_tampered(change))
    assert "\n" not in str(caught.value)
    assert "Kettu" not in str(caught.value)


def test_an_impossible_fact_is_refused_without_naming_anyone() -> None:
    with pytest.raises(StatisticsError, match="impossible stage and duration"):
        count_tables(
            [StatsFact("active", "under_6_months", "25_to_34", "fi-rise", 2024)],
            AS_OF,
            PARTIES,
            YEARS,
        )
    with pytest.raises(StatisticsError, match="impossible duration and start_year"):
        count_tables(
            [StatsFact("ended_by_party", "2_years_or_more", "25_to_34", "fi-rise", 2026)],
            AS_OF,
            PARTIES,
            YEARS,
        )
    with pytest.raises(StatisticsError, match="outside the start_year"):
        count_tables(
            [StatsFact("active", ONGOING, "25_to_34", "fi-rise", 2019)], AS_OF, PARTIES, YEARS
        )


def test_categories_come_from_the_request_not_the_data() -> None:
    """An empty year is still a column: otherwise its presence would say someone started then."""
    exact = empty_tables(AS_OF, PARTIES, YEARS)
    assert exact.categories[Dimension.START_YEAR] == tuple(str(y) for y in YEARS)
    published = publish(exact)
    assert published.total is Mark.SMALL
    assert all(
        shown in (Mark.SMALL, Mark.IMPOSSIBLE)
        for t in published.tables
        for shown in t.cells.values()
    )


def test_csv_files_show_markers_and_totals() -> None:
    people = demo_like(300, seed=3)
    people += [StatsFact("enquiry", ONGOING, "under_18", "fi-rise", 2025)] * 2
    exact = count_tables(people, AS_OF, ["fi-rise"], range(2022, 2027))
    files = to_csv(publish(exact))
    assert set(files) == {
        "stage_by_duration.csv",
        "stage_by_age.csv",
        "stage_by_party.csv",
        "duration_by_start_year.csv",
        "stage.csv",
        "duration.csv",
        "age.csv",
        "party.csv",
        "start_year.csv",
    }
    grid = [line.split(",") for line in files["stage_by_age.csv"].splitlines()]
    assert grid[0] == [
        "stage/age", "under_18", "18_to_24", "25_to_34", "35_to_49", "50_or_over", "unknown",
        "total",
    ]  # fmt: skip
    assert [row[0] for row in grid[1:]] == [*STAGES, "total"]
    assert grid[-1][-1] == "302"
    enquiry_minors = exact.counts[(Dimension.STAGE, Dimension.AGE)][("enquiry", "under_18")]
    assert enquiry_minors < 5 and grid[1][1] == "<5"
    shown = {cell for row in grid[1:] for cell in row[1:]}
    assert shown <= {"<5", "x"} | {str(n) for n in range(5, 303)}
    # An ongoing participation cannot have ended: that cell is "-" by definition.
    assert files["stage_by_duration.csv"].splitlines()[3].split(",")[2] == "-"
    assert files["stage.csv"].splitlines()[0] == "stage,participants"


CLOCK = FixedClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))


def test_a_participant_is_coarsened_to_stage_duration_age_and_year() -> None:
    start = datetime(2024, 3, 1, tzinfo=UTC)
    p = Participant(alias="Kettu", birth_year=1990, created_at=start)
    p = p.transition(LifecycleState.ASSESSMENT, FixedClock(start))
    p = p.transition(
        LifecycleState.ENDED,
        FixedClock(datetime(2025, 6, 1, tzinfo=UTC)),
        EndedBy(party_id="fi-krp"),
    )
    fact = fact_from_participant(p, "fi-rise", AS_OF)
    assert fact == StatsFact("ended_by_party", "1_to_2_years", "35_to_49", "fi-rise", 2024)
    ongoing = Participant(alias="Susi", created_at=start)
    assert fact_from_participant(ongoing, "fi-rise", AS_OF) == StatsFact(
        "enquiry", ONGOING, "unknown", "fi-rise", 2024
    )
    with pytest.raises(StatisticsError):
        fact_from_participant(Participant(alias="Ilves"), "fi-rise", AS_OF)


def test_bands() -> None:
    assert duration_band(date(2025, 1, 1), None) == ONGOING
    assert duration_band(date(2025, 1, 1), date(2025, 6, 1)) == "under_6_months"
    assert duration_band(date(2025, 1, 1), date(2025, 9, 1)) == "6_to_12_months"
    assert duration_band(date(2024, 1, 1), date(2025, 6, 1)) == "1_to_2_years"
    assert duration_band(date(2020, 1, 1), date(2025, 6, 1)) == "2_years_or_more"
    assert age_band(2010, AS_OF) == "under_18"
    assert age_band(2008, AS_OF) == "18_to_24"
    assert age_band(1970, AS_OF) == "50_or_over"
    assert age_band(None, AS_OF) == "unknown"
