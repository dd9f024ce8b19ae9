"""Support plan and safety use cases beside ``Session``: goals, actions and progress ratings;
safety assessments and security arrangements. Each is one transaction and audited."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from exitdesk.app.errors import InputError, NotFoundError
from exitdesk.app.policy import check_safety, policy_in
from exitdesk.app.session import Session, require_participant
from exitdesk.app.transactions import audit, reading, writing
from exitdesk.domain import (
    Goal,
    LifeDomain,
    PersonAtRisk,
    PlanAction,
    PlanStatus,
    ProgressRating,
    Relation,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
    party_by_id,
)
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

EDITABLE_GOAL_FIELDS = frozenset({"domain", "description", "owner_party_id", "status"})


def _owner(session: Session, party_id: str | None) -> str:
    """The owner party: the one given (checked), or the worker's own."""
    return party_by_id(party_id if party_id is not None else session.worker.party_id).id


def _goal_or_fail(session: Session, goal_id: int) -> Goal:
    with reading(session) as repos:
        found = repos.goals.get(goal_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no goal {goal_id} in this vault"),
            goal_id=goal_id,
        )
    return found


def _save_goal(session: Session, goal: Goal, action: str) -> Goal:
    with writing(session) as repos:
        saved = repos.goals.add(goal) if goal.id is None else repos.goals.update(goal)
        audit(session, repos, action, str(saved.uid))
    return saved


# -- plan ------------------------------------------------------------------------------------
def goals(session: Session, participant_id: int) -> list[Goal]:
    with reading(session) as repos:
        require_participant(repos, participant_id)
        return repos.goals.list_for_participant(participant_id)


def add_goal(
    session: Session,
    participant_id: int,
    domain: LifeDomain,
    description: str,
    owner_party_id: str | None = None,
) -> Goal:
    session.participant(participant_id)  # a plain "no participant N" before anything else
    goal = Goal(
        participant_id=participant_id,
        domain=domain,
        description=description,
        owner_party_id=_owner(session, owner_party_id),
    )
    return _save_goal(session, goal, "plan.goal")


def edit_goal(session: Session, goal_id: int, changes: Mapping[str, object]) -> Goal:
    unknown = set(changes) - EDITABLE_GOAL_FIELDS
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    if not changes:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "nothing to change: give at least one field"))
    current = _goal_or_fail(session, goal_id)
    values = {**current.model_dump(), **changes}
    if "owner_party_id" in changes:
        values["owner_party_id"] = _owner(session, str(changes["owner_party_id"]))
    return _save_goal(session, Goal.model_validate(values), "plan.goal")


def add_action(
    session: Session,
    goal_id: int,
    description: str,
    owner_party_id: str | None = None,
    due: date | None = None,
) -> tuple[Goal, int]:
    """Add an action to a goal; returns the goal and the action's number (1, 2, …) in it."""
    current = _goal_or_fail(session, goal_id)
    action = PlanAction(
        description=description, owner_party_id=_owner(session, owner_party_id), due=due
    )
    saved = _save_goal(
        session, current.model_copy(update={"actions": (*current.actions, action)}), "plan.goal"
    )
    return saved, len(saved.actions)


def _action_index(goal: Goal, number: int) -> int:
    if not 1 <= number <= len(goal.actions):
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no action number {number} here (it has {count})"),
            number=number,
            count=len(goal.actions),
        )
    return number - 1


def _arrangement_index(assessment: SafetyAssessment, number: int) -> int:
    if not 1 <= number <= len(assessment.arrangements):
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "there is no arrangement number {number} here (it has {count})"
            ),
            number=number,
            count=len(assessment.arrangements),
        )
    return number - 1


def set_action_status(
    session: Session, goal_id: int, number: int, status: PlanStatus
) -> PlanAction:
    current = _goal_or_fail(session, goal_id)
    index = _action_index(current, number)
    changed = current.actions[index].model_copy(update={"status": status})
    actions = (*current.actions[:index], changed, *current.actions[index + 1 :])
    _save_goal(session, current.model_copy(update={"actions": actions}), "plan.goal")
    return changed


def rate_goal(session: Session, goal_id: int, score: int, on: date | None = None) -> Goal:
    """Record how far the goal has come (0 to 10) on a day, today by default."""
    rating = ProgressRating(on=on if on is not None else session.clock().date(), score=score)
    _goal_or_fail(session, goal_id)
    return session.rate_goal(goal_id, rating)


# -- safety ----------------------------------------------------------------------------------
def assessments(session: Session, participant_id: int) -> list[SafetyAssessment]:
    """Every safety assessment of the participant, as the vault lists them."""
    with reading(session) as repos:
        require_participant(repos, participant_id)
        return repos.safety.list_for_participant(participant_id)


def assess_safety(
    session: Session,
    participant_id: int,
    level: SafetyLevel,
    *,
    urgent: bool = False,
    review_on: date | None = None,
    summary: str = "",
    persons_at_risk: Iterable[Relation] = (),
    assessed_on: date | None = None,
) -> SafetyAssessment:
    session.participant(participant_id)
    assessment = SafetyAssessment(
        participant_id=participant_id,
        assessed_on=assessed_on if assessed_on is not None else session.clock().date(),
        level=level,
        urgent=urgent,
        review_on=review_on,
        summary=summary,
        persons_at_risk=tuple(PersonAtRisk(relation=r) for r in persons_at_risk),
    )
    return session.save_safety(assessment)


def _assessment_or_fail(session: Session, assessment_id: int) -> SafetyAssessment:
    with reading(session) as repos:
        found = repos.safety.get(assessment_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "there is no safety assessment {assessment_id} in this vault"
            ),
            assessment_id=assessment_id,
        )
    return found


def _save_assessment(session: Session, assessment: SafetyAssessment) -> SafetyAssessment:
    with writing(session) as repos:
        check_safety(policy_in(repos.conn, session.worker.party_id), assessment)
        saved = repos.safety.update(assessment)
        audit(session, repos, "safety.arrangement", str(saved.uid))
    return saved


def add_arrangement(
    session: Session,
    assessment_id: int,
    description: str | None,
    owner_party_id: str | None = None,
    due: date | None = None,
    review_on: date | None = None,
) -> tuple[SafetyAssessment, int]:
    """Add a security arrangement; returns the assessment and the arrangement's number. The
    description may be left out (a minimal-record policy keeps none)."""
    current = _assessment_or_fail(session, assessment_id)
    arrangement = SecurityArrangement(
        description=description or None,
        owner_party_id=_owner(session, owner_party_id),
        due=due,
        review_on=review_on,
    )
    saved = _save_assessment(
        session, current.model_copy(update={"arrangements": (*current.arrangements, arrangement)})
    )
    return saved, len(saved.arrangements)


def set_arrangement_done(
    session: Session, assessment_id: int, number: int, done: bool = True
) -> SecurityArrangement:
    current = _assessment_or_fail(session, assessment_id)
    index = _arrangement_index(current, number)
    changed = current.arrangements[index].model_copy(update={"done": done})
    arrangements = (*current.arrangements[:index], changed, *current.arrangements[index + 1 :])
    _save_assessment(session, current.model_copy(update={"arrangements": arrangements}))
    return changed


def _arrangement_at(
    session: Session, assessment_id: int, number: int
) -> tuple[int, SecurityArrangement]:
    """The participant and the arrangement that ``number`` names in the assessment."""
    current = _assessment_or_fail(session, assessment_id)
    assert current.participant_id is not None
    return current.participant_id, current.arrangements[_arrangement_index(current, number)]


def close_arrangement(session: Session, assessment_id: int, number: int) -> SecurityArrangement:
    """No longer needed (not done): later assessments do not carry it forward."""
    participant_id, found = _arrangement_at(session, assessment_id, number)
    return session.safety_follow_up.close(participant_id, found.uid)


def reassign_arrangement(
    session: Session, assessment_id: int, number: int, owner_party_id: str
) -> SecurityArrangement:
    participant_id, found = _arrangement_at(session, assessment_id, number)
    return session.safety_follow_up.reassign(
        participant_id, found.uid, _owner(session, owner_party_id)
    )


def schedule_arrangement(
    session: Session, assessment_id: int, number: int, due: date | None, review_on: date | None
) -> SecurityArrangement:
    """Give one arrangement its own due and review dates (None clears a date)."""
    participant_id, found = _arrangement_at(session, assessment_id, number)
    return session.safety_follow_up.reschedule(participant_id, found.uid, due, review_on)
