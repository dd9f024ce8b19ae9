"""Keyset paging and indexed sorts of the participant list: pages after a row match offset
pages in every sort and filter, every first page is served by an index (no sort of the whole
set), and one search refresh gives the same totals as the separate counts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from exitdesk.demo import generate_demo
from exitdesk.domain import FixedClock, LifecycleState
from exitdesk.domain.views import ParticipantQuery, ParticipantSort
from exitdesk.vault.db import migrate, open_database, transaction
from exitdesk.vault.repositories import ParticipantRepository

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
SORTS = [(sort, desc) for sort in ParticipantSort for desc in (False, True)]
FILTERS = {
    "none": ParticipantQuery(),
    "party": ParticipantQuery(parties=frozenset({"fi-krp", "fi-aggredi"})),
    "state": ParticipantQuery(states=frozenset({LifecycleState.ACTIVE})),
    # Most of the vault: the page is found along the sort's index, the state only checked.
    "common states": ParticipantQuery(states=frozenset(LifecycleState) - {LifecycleState.ENQUIRY}),
    "urgent": ParticipantQuery(urgent_only=True),
    "search": ParticipantQuery(text="a"),
}


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ParticipantRepository]:
    path: Path = tmp_path_factory.mktemp("paging") / "vault.db"
    conn = open_database(path, os.urandom(32))
    migrate(conn)
    clock = FixedClock(NOW)
    generate_demo(conn, 230, seed=5, clock=clock, worker_party_id="fi-rise",
                  chunk_transaction=lambda: transaction(conn))  # fmt: skip
    yield ParticipantRepository(conn, clock)
    conn.close()


def _keyset_all(repo: ParticipantRepository, query: ParticipantQuery) -> list[int]:
    ids: list[int] = []
    q = query.model_copy(update={"limit": 17})
    while True:
        page = repo.summaries(q)
        ids.extend(row.id for row in page)
        if len(page) < q.limit:
            return ids
        q = q.after_row(page[-1])


@pytest.mark.parametrize(("sort", "descending"), SORTS)
@pytest.mark.parametrize("name", sorted(FILTERS))
def test_keyset_pages_are_the_offset_order(
    repo: ParticipantRepository, name: str, sort: ParticipantSort, descending: bool
) -> None:
    query = FILTERS[name].model_copy(update={"sort": sort, "descending": descending})
    whole = [row.id for row in repo.summaries(query.model_copy(update={"limit": 1000}))]
    assert len(whole) == repo.count(query) > 0
    assert _keyset_all(repo, query) == whole


def test_sorts_keep_no_value_last_in_both_directions(repo: ParticipantRepository) -> None:
    mixed = 0
    for sort, field in ((ParticipantSort.LEGAL_NAME, "legal_name"),
                        (ParticipantSort.BIRTH_YEAR, "birth_year"),
                        (ParticipantSort.NEXT_REVIEW, "next_review")):  # fmt: skip
        for descending in (False, True):
            rows = repo.summaries(ParticipantQuery(sort=sort, descending=descending, limit=1000))
            present = [getattr(r, field) is not None for r in rows]
            mixed += True in present and False in present
            assert present == sorted(present, reverse=True), (sort, descending)
            values = [getattr(r, field) for r in rows if getattr(r, field) is not None]
            assert values == sorted(values, reverse=descending)
    assert mixed  # the demo data has participants without some of these values


def test_a_deleted_cursor_row_ends_the_list(repo: ParticipantRepository) -> None:
    assert repo.summaries(ParticipantQuery(after_id=10**9)) == []


def test_offset_and_cursor_together_are_refused() -> None:
    with pytest.raises(ValueError, match="not both"):
        ParticipantQuery(offset=5, after_id=3)


@pytest.mark.parametrize(("sort", "descending"), SORTS)
def test_every_sort_is_served_by_an_index(
    repo: ParticipantRepository, sort: ParticipantSort, descending: bool
) -> None:
    first = ParticipantQuery(sort=sort, descending=descending, limit=5)
    following = ParticipantQuery(
        sort=sort, descending=descending, after_id=repo.summaries(first)[-1].id
    )
    plans = _ordered_plans(repo, first, following)
    assert plans
    for plan in plans:
        assert "TEMP B-TREE" not in plan, plan


def _ordered_plans(repo: ParticipantRepository, *queries: ParticipantQuery) -> list[str]:
    """The query plans of the paging statements (those with an ORDER BY) the queries ran."""
    conn: Any = repo._conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        for query in queries:
            repo.summaries(query)
    finally:
        conn.set_trace_callback(None)
    return [
        " ".join(str(r[3]) for r in conn.execute(f"EXPLAIN QUERY PLAN {statement}"))
        for statement in statements
        if "ORDER BY" in statement
    ]


@pytest.mark.parametrize(("sort", "descending"), SORTS)
def test_a_page_of_common_states_is_not_a_sort_of_all_of_them(
    repo: ParticipantRepository, sort: ParticipantSort, descending: bool
) -> None:
    """Without statistics SQLite takes any state to be rare: a filter on states most of the
    vault is in gathered all of them and sorted them (17 ms a page at 50,000 participants,
    against 2 ms along the sort's index)."""
    common = FILTERS["common states"].model_copy(
        update={"sort": sort, "descending": descending, "limit": 5}
    )
    following = common.after_row(repo.summaries(common)[-1])
    plans = _ordered_plans(repo, common, following)
    assert len(plans) >= 2 and all("TEMP B-TREE" not in plan for plan in plans), plans
    # A state few are in is still found by the state index.
    rare = common.model_copy(update={"states": frozenset({LifecycleState.ENQUIRY})})
    assert repo.count(rare) * 10 < repo.count(ParticipantQuery())
    (plan,) = _ordered_plans(repo, rare)
    assert "participants_by_state" in plan, plan


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_first_page_totals_match_the_counts(repo: ParticipantRepository, name: str) -> None:
    query = FILTERS[name].model_copy(update={"sort": ParticipantSort.SAFETY, "limit": 20})
    page = repo.first_page(query)
    assert page.total == repo.count(query)
    assert page.urgent == repo.count(query.model_copy(update={"urgent_only": True}))
    assert list(page.rows) == repo.summaries(query)


@pytest.mark.parametrize(
    "parties",
    [{"fi-krp"}, {"fi-aggredi"}, {"fi-krp", "fi-aggredi"}, {"fi-rise", "fi-krp"}],
)
def test_party_filter_finds_what_the_old_subquery_found(
    repo: ParticipantRepository, parties: set[str]
) -> None:
    chosen = sorted(parties)
    marks = ", ".join("?" for _ in chosen)
    # The filter as it was written before the EXISTS probe, kept here as the reference.
    old = [
        row[0]
        for row in repo._conn.execute(
            "SELECT p.id FROM participants p WHERE p.id IN (SELECT participant_id FROM "
            f"participant_parties WHERE party_id IN ({marks})) ORDER BY p.alias_sort, p.id",
            chosen,
        )
    ]
    query = ParticipantQuery(parties=frozenset(parties), limit=1000)
    assert 0 < len(old) <= repo.count(ParticipantQuery())
    assert [row.id for row in repo.summaries(query)] == old
    assert repo.count(query) == len(old)


@pytest.mark.parametrize("text", ["a", "ma", "kettu talo"])
def test_a_search_refresh_runs_the_full_text_query_once(
    repo: ParticipantRepository, text: str
) -> None:
    conn: Any = repo._conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        page = repo.first_page(ParticipantQuery(text=text, limit=20))
    finally:
        conn.set_trace_callback(None)
    searches = [s for s in statements if "MATCH" in s]
    assert len(searches) == 1, searches
    assert page.total == repo.count(ParticipantQuery(text=text))
