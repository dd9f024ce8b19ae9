"""Lifecycle rules: only the programme's transitions, and ending names who ended it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from exitdesk.domain import (
    ALLOWED_TRANSITIONS,
    EndedBy,
    FixedClock,
    LifecycleState,
    Participant,
    TransitionError,
)

CLOCK = FixedClock(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))


def test_the_whole_way_through_records_every_step() -> None:
    p = Participant(alias="Kettu")
    for state in (LifecycleState.ASSESSMENT, LifecycleState.ACTIVE, LifecycleState.AFTER_RELEASE):
        p = p.transition(state, CLOCK)
    p = p.transition(LifecycleState.ENDED, CLOCK, EndedBy(participant=True))
    assert p.state is LifecycleState.ENDED
    assert [e.state for e in p.history] == [
        LifecycleState.ASSESSMENT,
        LifecycleState.ACTIVE,
        LifecycleState.AFTER_RELEASE,
        LifecycleState.ENDED,
    ]
    assert p.history[-1].ended_by == EndedBy(participant=True)


@pytest.mark.parametrize("start", list(LifecycleState))
@pytest.mark.parametrize("target", list(LifecycleState))
def test_only_allowed_transitions_are_accepted(
    start: LifecycleState, target: LifecycleState
) -> None:
    p = Participant(alias="Kettu", state=start)
    ended_by = EndedBy(party_id="fi-aggredi") if target is LifecycleState.ENDED else None
    if target in ALLOWED_TRANSITIONS[start]:
        assert p.transition(target, CLOCK, ended_by).state is target
    else:
        with pytest.raises(TransitionError):
            p.transition(target, CLOCK, ended_by)


def test_any_party_or_the_participant_can_end_at_any_open_stage() -> None:
    for state in (LifecycleState.ENQUIRY, LifecycleState.ASSESSMENT, LifecycleState.ACTIVE):
        p = Participant(alias="Kettu", state=state)
        assert p.transition(LifecycleState.ENDED, CLOCK, EndedBy(party_id="fi-krp")).state is (
            LifecycleState.ENDED
        )


def test_ending_must_say_who_and_only_ending_may() -> None:
    p = Participant(alias="Kettu", state=LifecycleState.ACTIVE)
    with pytest.raises(TransitionError):
        p.transition(LifecycleState.ENDED, CLOCK)
    with pytest.raises(TransitionError):
        p.transition(LifecycleState.AFTER_RELEASE, CLOCK, EndedBy(participant=True))


def test_ended_by_is_the_participant_or_exactly_one_known_party() -> None:
    with pytest.raises(ValidationError):
        EndedBy()
    with pytest.raises(ValidationError):
        EndedBy(participant=True, party_id="fi-rise")
    with pytest.raises(ValidationError):
        EndedBy(party_id="xx-unknown")


def test_there_is_no_field_for_offences_anywhere() -> None:
    import exitdesk.domain as domain

    banned = ("offence", "offense", "crime", "conviction", "charge", "sentence", "rikos", "brott")
    for name in domain.__all__:
        model = getattr(domain, name)
        fields = getattr(model, "model_fields", {})
        for field in fields:
            assert not any(word in field.lower() for word in banned), f"{name}.{field}"
