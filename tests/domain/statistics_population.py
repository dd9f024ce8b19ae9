"""Synthetic coarse populations for the statistics tests: realistic shares, tiny groups too."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import strategies as st

from exitdesk.domain.statistics import (
    AGE_BANDS,
    DURATIONS,
    ENDED_STAGES,
    ONGOING,
    STAGES,
    Dimension,
    StatsFact,
    age_band,
    duration_band,
    possible,
)

AS_OF = date(2026, 12, 1)
PARTIES = ("fi-rise", "fi-aggredi", "fi-krp")
YEARS = range(2021, 2027)


@st.composite
def facts(draw: st.DrawFn, parties: tuple[str, ...] = PARTIES) -> StatsFact:
    stage = draw(st.sampled_from(STAGES))
    year = draw(st.sampled_from(list(YEARS)))
    if stage in ENDED_STAGES:
        allowed = [
            d
            for d in DURATIONS[1:]
            if possible((Dimension.DURATION, d), (Dimension.START_YEAR, str(year)), AS_OF)
        ]
        duration = draw(st.sampled_from(allowed))
    else:
        duration = ONGOING
    return StatsFact(
        stage=stage,
        duration=duration,
        age=draw(st.sampled_from(AGE_BANDS)),
        party=draw(st.sampled_from(parties)),
        start_year=year,
    )


def skewed_population(max_size: int) -> st.SearchStrategy[list[StatsFact]]:
    """A few attribute combinations repeated (real caseloads are lumpy) plus stragglers, so
    some cells are large and some hold one or two people."""
    return st.builds(
        lambda common, counts, stragglers: (
            [f for f, n in zip(common, counts, strict=False) for _ in range(n)] + stragglers
        ),
        st.lists(facts(), min_size=1, max_size=6),
        st.lists(st.integers(1, max(1, max_size // 4)), min_size=6, max_size=6),
        st.lists(facts(), max_size=6),
    )


# Shares as in the demo generator (app/demo.py): final states, about 60 % of endings by the
# participant, ages around 32 with a few minors, first contact up to four years back.
_STAGE_SHARES = {"enquiry": 7, "assessment": 12, "active": 43, "after_release": 22, "ended": 16}
_SPAN_DAYS = {
    "enquiry": (5, 60),
    "assessment": (30, 180),
    "active": (120, 900),
    "after_release": (300, 1500),
    "ended": (90, 1500),
}


def demo_like(n: int, seed: int, party: str = "fi-rise") -> list[StatsFact]:
    rng = random.Random(seed)
    people = []
    for _ in range(n):
        state = rng.choices(list(_STAGE_SHARES), weights=list(_STAGE_SHARES.values()))[0]
        lo, hi = _SPAN_DAYS[state]
        start = AS_OF - timedelta(days=rng.randint(lo, hi))
        minor = rng.random() < 0.04
        age = rng.randint(15, 17) if minor else min(65, max(18, int(rng.gauss(32, 9))))
        stage, duration = state, ONGOING
        if state == "ended":
            stage = "ended_by_participant" if rng.random() < 0.6 else "ended_by_party"
            end = start + timedelta(days=rng.randint(0, (AS_OF - start).days))
            duration = duration_band(start, end)
        people.append(
            StatsFact(stage, duration, age_band(AS_OF.year - age, AS_OF), party, start.year)
        )
    return people
