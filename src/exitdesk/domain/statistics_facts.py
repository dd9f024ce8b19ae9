"""A participant's outline (first contact, birth year, lifecycle events) turned into the coarse
statistics fact of a reporting period: the state as it stood on the period's last day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from exitdesk.domain.statistics import StatsFact, age_band, duration_band


@dataclass(frozen=True)
class LifecycleMark:
    state: str
    at: datetime
    ended_by_participant: bool


@dataclass(frozen=True)
class Outline:
    """All statistics ever read of one participant: no name, alias, note or institution."""

    started: datetime
    birth_year: int | None
    events: tuple[LifecycleMark, ...]


def fact_in_period(outline: Outline, party: str, first: date, last: date) -> StatsFact | None:
    """The fact of a participant whose first contact lies in ``first``..``last``, with the
    stage as it stood at the end of ``last``; None for anyone who started outside the period
    (counting them would need start years the request did not ask for)."""
    start = outline.started.date()
    if not first <= start <= last:
        return None
    standing = [e for e in outline.events if e.at.date() <= last]
    state = standing[-1].state if standing else "enquiry"
    end: date | None = None
    stage = state
    if state == "ended":
        stage = "ended_by_participant" if standing[-1].ended_by_participant else "ended_by_party"
        end = max(standing[-1].at.date(), start)
    return StatsFact(
        stage=stage,
        duration=duration_band(start, end),
        age=age_band(outline.birth_year, last),
        party=party,
        start_year=start.year,
    )
