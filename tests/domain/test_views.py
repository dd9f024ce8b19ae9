"""The list query refuses what the vault could not answer sensibly, before any SQL runs."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import uuid4

import pytest
from pydantic import ValidationError

from exitdesk.domain import FixedClock, LifecycleState
from exitdesk.domain.views import MAX_PAGE, ParticipantQuery, ParticipantSummary


def test_query_rejects_unknown_party_and_bad_paging() -> None:
    with pytest.raises(ValidationError, match="unknown party"):
        ParticipantQuery(parties=frozenset({"xx-nobody"}))
    with pytest.raises(ValidationError):
        ParticipantQuery(offset=-1)
    with pytest.raises(ValidationError):
        ParticipantQuery(limit=MAX_PAGE + 1)
    with pytest.raises(ValidationError):
        ParticipantQuery(limit=0)


def test_page_moves_the_offset_by_whole_pages() -> None:
    query = ParticipantQuery(limit=50, states=frozenset({LifecycleState.ACTIVE}))
    assert query.page(3).offset == 150
    assert query.page(3).states == query.states


def test_summary_minor_rule_matches_the_participant_rule() -> None:
    clock = FixedClock(datetime(2025, 6, 1, tzinfo=UTC))
    row = ParticipantSummary(
        id=1,
        uid=uuid4(),
        alias="Sisu",
        birth_year=2007,
        state=LifecycleState.ACTIVE,
        updated_at=clock(),
    )
    assert row.is_minor(clock)  # turns 18 this year: still treated as a minor
    assert not row.model_copy(update={"birth_year": 2006}).is_minor(clock)
    assert not row.model_copy(update={"birth_year": None}).is_minor(clock)
