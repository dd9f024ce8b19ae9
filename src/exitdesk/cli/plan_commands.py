"""The support plan and safety commands of the CLI: goals, actions and progress ratings;
safety assessments and security arrangements."""

from __future__ import annotations

import argparse
from typing import Any

from exitdesk.app import plan_safety
from exitdesk.cli.common import (
    Subparsers,
    add_command,
    add_group,
    add_json_option,
    day,
    enum_list,
    int_range,
    open_session,
    print_json,
)
from exitdesk.cli.text import remind, say
from exitdesk.domain import Goal, LifeDomain, PlanStatus, Relation, SafetyAssessment, SafetyLevel
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

_DOMAINS = [d.value for d in LifeDomain]
_STATUSES = [s.value for s in PlanStatus]
_LEVELS = [lv.value for lv in SafetyLevel]
_RELATIONS = [r.value for r in Relation]


def _day_or_none(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def goal_json(g: Goal) -> dict[str, Any]:
    return {
        "id": g.id,
        "uid": str(g.uid),
        "participant_id": g.participant_id,
        "domain": g.domain.value,
        "description": g.description,
        "owner_party_id": g.owner_party_id,
        "status": g.status.value,
        "actions": [
            {
                "number": i,
                "description": a.description,
                "owner_party_id": a.owner_party_id,
                "status": a.status.value,
                "due": _day_or_none(a.due),
            }
            for i, a in enumerate(g.actions, start=1)
        ],
        "ratings": [{"on": r.on.isoformat(), "score": r.score} for r in g.ratings],
    }


def assessment_json(a: SafetyAssessment) -> dict[str, Any]:
    return {
        "id": a.id,
        "uid": str(a.uid),
        "participant_id": a.participant_id,
        "assessed_on": a.assessed_on.isoformat(),
        "level": a.level.value,
        "urgent": a.urgent,
        "review_on": _day_or_none(a.review_on),
        "summary": a.summary,
        "persons_at_risk": [p.relation.value for p in a.persons_at_risk],
        "arrangements": [
            {
                "number": i,
                "description": s.description,
                "owner_party_id": s.owner_party_id,
                "due": _day_or_none(s.due),
                "done": s.done,
            }
            for i, s in enumerate(a.arrangements, start=1)
        ],
    }


# -- plan ------------------------------------------------------------------------------------
def cmd_plan_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = plan_safety.goals(session, args.participant)
    if args.json:
        print_json([goal_json(g) for g in found])
        return 0
    if not found:
        say(QT_TRANSLATE_NOOP("Cli", "No goals in the plan yet"))
    for g in found:
        latest = g.latest_rating()
        rating = "" if latest is None else f"  rated {latest.score}/10 on {latest.on}"
        say(
            QT_TRANSLATE_NOOP("Cli", "Goal {id} [{domain}, {status}, {owner_party_id}]{rating}"),
            id=g.id,
            domain=g.domain.value,
            status=g.status.value,
            owner_party_id=g.owner_party_id,
            rating=rating,
        )
        print(f"  {g.description}")
        for i, a in enumerate(g.actions, start=1):
            due = "" if a.due is None else f", due {a.due}"
            print(f"  {i}. {a.description} ({a.owner_party_id}, {a.status.value}{due})")
    return 0


def cmd_goal_add(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        saved = plan_safety.add_goal(
            session, args.participant, LifeDomain(args.domain), args.description, args.owner
        )
    print(saved.id)
    remind(args.description)
    return 0


def cmd_goal_edit(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {}
    if args.domain is not None:
        changes["domain"] = LifeDomain(args.domain)
    if args.description is not None:
        changes["description"] = args.description
    if args.owner is not None:
        changes["owner_party_id"] = args.owner
    if args.status is not None:
        changes["status"] = PlanStatus(args.status)
    with open_session(args) as session:
        saved = plan_safety.edit_goal(session, args.goal_id, changes)
    say(QT_TRANSLATE_NOOP("Cli", "Goal {id} saved"), id=saved.id)
    remind(args.description)
    return 0


def cmd_action_add(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        _goal, number = plan_safety.add_action(
            session, args.goal_id, args.description, args.owner, args.due
        )
    print(number)
    remind(args.description)
    return 0


def cmd_action_status(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        plan_safety.set_action_status(session, args.goal_id, args.number, PlanStatus(args.status))
    say(
        QT_TRANSLATE_NOOP("Cli", "Action {number} of goal {goal_id} is now {status}"),
        number=args.number,
        goal_id=args.goal_id,
        status=args.status,
    )
    return 0


def cmd_rate(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        saved = plan_safety.rate_goal(session, args.goal_id, args.score, args.on)
    latest = saved.latest_rating()
    assert latest is not None
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Goal {id} rated {score}/10; latest rating {latest_score}/10 on {on}"
        ),
        id=saved.id,
        score=args.score,
        latest_score=latest.score,
        on=latest.on,
    )
    return 0


# -- safety ----------------------------------------------------------------------------------
def cmd_safety_assess(args: argparse.Namespace) -> int:
    relations = enum_list(Relation, args.at_risk or "", "--at-risk")
    with open_session(args) as session:
        saved = plan_safety.assess_safety(
            session,
            args.participant,
            SafetyLevel(args.level),
            urgent=args.urgent,
            review_on=args.review,
            summary=args.summary,
            persons_at_risk=relations,
            assessed_on=args.on,
        )
    print(saved.id)
    remind(args.summary)
    return 0


def cmd_safety_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        found = plan_safety.assessments(session, args.participant)
    if args.json:
        print_json([assessment_json(a) for a in found])
        return 0
    if not found:
        say(QT_TRANSLATE_NOOP("Cli", "No safety assessments"))
    for a in found:
        urgent = "  URGENT" if a.urgent else ""
        review = "" if a.review_on is None else f", review {a.review_on}"
        say(
            QT_TRANSLATE_NOOP("Cli", "Assessment {id} on {assessed_on}: {level}{review}{urgent}"),
            id=a.id,
            assessed_on=a.assessed_on,
            level=a.level.value,
            review=review,
            urgent=urgent,
        )
        if a.summary:
            print(f"  {a.summary}")
        if a.persons_at_risk:
            print(f"  persons at risk: {', '.join(p.relation.value for p in a.persons_at_risk)}")
        for i, s in enumerate(a.arrangements, start=1):
            due = "" if s.due is None else f", due {s.due}"
            review = "" if s.review_on is None else f", review {s.review_on}"
            overdue = "  REVIEW OVERDUE" if s.review_overdue(session.clock) else ""
            state = "done" if s.done else "closed" if s.closed else "open"
            text = s.description or "-"
            print(f"  {i}. {text} ({s.owner_party_id}, {state}{due}{review}){overdue}")
    return 0


def cmd_arrangement_add(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        _saved, number = plan_safety.add_arrangement(
            session, args.assessment_id, args.description, args.owner, args.due, args.review
        )
    print(number)
    remind(args.description)
    return 0


def cmd_arrangement_close(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        plan_safety.close_arrangement(session, args.assessment_id, args.number)
    say(
        QT_TRANSLATE_NOOP("Cli", "Arrangement {number} of assessment {assessment_id} is closed"),
        number=args.number,
        assessment_id=args.assessment_id,
    )
    return 0


def cmd_arrangement_reassign(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        changed = plan_safety.reassign_arrangement(
            session, args.assessment_id, args.number, args.owner
        )
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Arrangement {number} of assessment {assessment_id} is now with {owner}"
        ),
        number=args.number,
        assessment_id=args.assessment_id,
        owner=changed.owner_party_id,
    )
    return 0


def cmd_arrangement_schedule(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        plan_safety.schedule_arrangement(
            session, args.assessment_id, args.number, args.due, args.review
        )
    say(
        QT_TRANSLATE_NOOP("Cli", "Arrangement {number} of assessment {assessment_id} rescheduled"),
        number=args.number,
        assessment_id=args.assessment_id,
    )
    return 0


def cmd_arrangement_done(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        plan_safety.set_arrangement_done(session, args.assessment_id, args.number, not args.undo)
    state = "open again" if args.undo else "done"
    say(
        QT_TRANSLATE_NOOP("Cli", "Arrangement {number} of assessment {assessment_id} is {state}"),
        number=args.number,
        assessment_id=args.assessment_id,
        state=state,
    )
    return 0


def _participant(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's id"
    )


def _owner(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--owner",
        default=None,
        metavar="PARTY_ID",
        help="the party responsible, e.g. fi-rise (default: your own)",
    )


def _register_plan(sub: Subparsers) -> None:
    plan = add_group(sub, "plan", "the support plan: goals, actions and progress ratings")
    p = add_command(plan, "list", cmd_plan_list, "show a participant's plan")
    _participant(p)
    add_json_option(p)
    goal = add_group(plan, "goal", "add or edit goals")
    p = add_command(goal, "add", cmd_goal_add, "add a goal (prints its id)")
    _participant(p)
    p.add_argument(
        "--domain",
        required=True,
        choices=_DOMAINS,
        metavar="DOMAIN",
        help="life domain: " + ", ".join(_DOMAINS),
    )
    p.add_argument(
        "--description", required=True, metavar="TEXT", help="the goal, 1 to 20000 characters"
    )
    _owner(p)
    p = add_command(goal, "edit", cmd_goal_edit, "change a goal; options not given stay")
    p.add_argument("goal_id", type=int, metavar="GOAL_ID", help="the goal's id")
    p.add_argument(
        "--domain",
        choices=_DOMAINS,
        default=None,
        metavar="DOMAIN",
        help="life domain: " + ", ".join(_DOMAINS),
    )
    p.add_argument(
        "--description", default=None, metavar="TEXT", help="the goal, 1 to 20000 characters"
    )
    p.add_argument("--owner", default=None, metavar="PARTY_ID", help="the party responsible")
    p.add_argument(
        "--status",
        choices=_STATUSES,
        default=None,
        metavar="STATUS",
        help="one of " + ", ".join(_STATUSES),
    )
    action = add_group(plan, "action", "add actions to a goal or change their status")
    p = add_command(action, "add", cmd_action_add, "add an action (prints its number)")
    p.add_argument("goal_id", type=int, metavar="GOAL_ID", help="the goal's id")
    p.add_argument(
        "--description", required=True, metavar="TEXT", help="the action, 1 to 200 characters"
    )
    _owner(p)
    p.add_argument("--due", type=day, default=None, metavar="YYYY-MM-DD", help="due date")
    p = add_command(action, "status", cmd_action_status, "set an action's status")
    p.add_argument("goal_id", type=int, metavar="GOAL_ID", help="the goal's id")
    p.add_argument(
        "number",
        type=int,
        metavar="NUMBER",
        help="the action's number in the goal (1, 2, ... as 'plan list' shows)",
    )
    p.add_argument(
        "status", choices=_STATUSES, metavar="STATUS", help="one of " + ", ".join(_STATUSES)
    )
    p = add_command(plan, "rate", cmd_rate, "record a goal's progress rating")
    p.add_argument("goal_id", type=int, metavar="GOAL_ID", help="the goal's id")
    p.add_argument(
        "score",
        type=int_range(0, 10),
        metavar="SCORE",
        help="from 0 (not started) to 10 (achieved)",
    )
    p.add_argument(
        "--on",
        type=day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day agreed (default: today; a second rating that day replaces the first)",
    )


def _register_safety(sub: Subparsers) -> None:
    safety = add_group(sub, "safety", "safety assessments and security arrangements")
    p = add_command(
        safety, "assess", cmd_safety_assess, "record a safety assessment (prints its id)"
    )
    _participant(p)
    p.add_argument(
        "--level",
        required=True,
        choices=_LEVELS,
        metavar="LEVEL",
        help="one of " + ", ".join(_LEVELS),
    )
    p.add_argument(
        "--urgent", action="store_true", help="flag the participant as urgent everywhere"
    )
    p.add_argument(
        "--review",
        type=day,
        default=None,
        metavar="YYYY-MM-DD",
        help="when to review the assessment",
    )
    p.add_argument(
        "--summary",
        default="",
        metavar="TEXT",
        help="the assessment in words, up to 20000 characters",
    )
    p.add_argument(
        "--at-risk",
        default=None,
        metavar="RELATION[,...]",
        help="persons at risk by relation, no names: " + ", ".join(_RELATIONS),
    )
    p.add_argument(
        "--on",
        type=day,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day of the assessment (default: today)",
    )
    p = add_command(safety, "list", cmd_safety_list, "list a participant's safety assessments")
    _participant(p)
    add_json_option(p)
    arrangement = add_group(safety, "arrangement", "add security arrangements or mark them done")
    p = add_command(
        arrangement, "add", cmd_arrangement_add, "add an arrangement (prints its number)"
    )
    p.add_argument("assessment_id", type=int, metavar="ASSESSMENT_ID", help="the assessment's id")
    p.add_argument(
        "--description",
        default=None,
        metavar="TEXT",
        help="the arrangement, 1 to 200 characters (left out where the data policy keeps none)",
    )
    _owner(p)
    p.add_argument("--due", type=day, default=None, metavar="YYYY-MM-DD", help="due date")
    _review(p)
    p = add_command(arrangement, "done", cmd_arrangement_done, "mark an arrangement done")
    p.add_argument("assessment_id", type=int, metavar="ASSESSMENT_ID", help="the assessment's id")
    p.add_argument(
        "number",
        type=int,
        metavar="NUMBER",
        help="the arrangement's number (1, 2, ... as 'safety list' shows)",
    )
    p.add_argument("--undo", action="store_true", help="mark it open again")
    p = add_command(
        arrangement, "close", cmd_arrangement_close, "close an arrangement no longer needed"
    )
    _numbered(p)
    p = add_command(
        arrangement, "reassign", cmd_arrangement_reassign, "give an arrangement to another party"
    )
    _numbered(p)
    p.add_argument(
        "--owner", required=True, metavar="PARTY_ID", help="the party that owns it now, e.g. fi-krp"
    )
    p = add_command(
        arrangement,
        "schedule",
        cmd_arrangement_schedule,
        "set an arrangement's own due and review dates",
    )
    _numbered(p)
    p.add_argument(
        "--due", type=day, default=None, metavar="YYYY-MM-DD", help="due date (left out: none)"
    )
    _review(p)


def _numbered(p: argparse.ArgumentParser) -> None:
    p.add_argument("assessment_id", type=int, metavar="ASSESSMENT_ID", help="the assessment's id")
    p.add_argument(
        "number",
        type=int,
        metavar="NUMBER",
        help="the arrangement's number (1, 2, ... as 'safety list' shows)",
    )


def _review(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--review",
        type=day,
        default=None,
        metavar="YYYY-MM-DD",
        help="this arrangement's review date",
    )


def register(sub: Subparsers) -> None:
    _register_plan(sub)
    _register_safety(sub)
