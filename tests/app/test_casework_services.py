"""The casework services beside Session, as the window calls them: refusals change nothing."""

from __future__ import annotations

from datetime import date

import pytest

from exitdesk.app import casework, plan_safety
from exitdesk.app.errors import NotFoundError
from exitdesk.domain import DomainError, LifeDomain, PlanStatus, SafetyLevel
from exitdesk.domain.views import ParticipantQuery
from tests.app.conftest import MakeParty


def test_a_future_birth_year_is_refused_on_add_and_edit(make_party: MakeParty) -> None:
    party = make_party("Aino", "fi-rise")
    session = party.session
    with pytest.raises(DomainError, match=r"later than this year \(2026\)"):
        session.add_participant("Kettu", birth_year=2027)
    assert session.count(ParticipantQuery()) == 0
    saved = session.add_participant("Kettu", birth_year=1990)
    assert saved.id is not None
    with pytest.raises(DomainError, match="later than this year"):
        casework.edit_participant(session, saved.id, {"birth_year": 2099})
    assert session.participant(saved.id).birth_year == 1990


def test_meeting_update_and_delete_are_audited(make_party: MakeParty) -> None:
    session = make_party("Aino", "fi-rise").session
    # A birth year opens the case at assessment: an enquiry holds no meetings.
    pid = session.add_participant("Kettu", birth_year=1990).id
    assert pid is not None
    meeting = casework.add_meeting(session, pid, date(2026, 11, 3), summary="first")
    assert meeting.id is not None
    casework.update_meeting(session, meeting.id, {"summary": "first talk"})
    assert [m.summary for m in casework.meetings(session, pid)] == ["first talk"]
    casework.delete_meeting(session, meeting.id)
    assert casework.meetings(session, pid) == []
    with pytest.raises(NotFoundError, match="there is no meeting"):
        casework.delete_meeting(session, meeting.id)
    actions = [e.action for e in session.audit_entries()]
    assert {"meeting.add", "meeting.update", "meeting.delete"} <= set(actions)


def test_plan_and_safety_services(make_party: MakeParty) -> None:
    session = make_party("Aino", "fi-rise").session
    pid = session.add_participant("Kettu").id
    assert pid is not None
    goal = plan_safety.add_goal(session, pid, LifeDomain.HOUSING, "a flat")
    assert goal.id is not None and goal.owner_party_id == "fi-rise"
    _, number = plan_safety.add_action(session, goal.id, "apply")
    plan_safety.set_action_status(session, goal.id, number, PlanStatus.DONE)
    rated = plan_safety.rate_goal(session, goal.id, 4)
    assert [(r.on, r.score) for r in rated.ratings] == [(date(2026, 11, 22), 4)]
    assessment = plan_safety.assess_safety(session, pid, SafetyLevel.HIGH, urgent=True)
    assert assessment.id is not None
    plan_safety.add_arrangement(session, assessment.id, "alarm phone", "fi-krp")
    done = plan_safety.set_arrangement_done(session, assessment.id, 1)
    assert done.done and done.owner_party_id == "fi-krp"
    with pytest.raises(KeyError, match="valid ids"):
        plan_safety.add_goal(session, pid, LifeDomain.HEALTH, "x", owner_party_id="nowhere")
    assert len(plan_safety.goals(session, pid)) == 1
