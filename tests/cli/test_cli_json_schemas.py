"""Every listing command's ``--json`` against the schema documented in docs/cli.md, on two real
vaults that exchanged a case and then both changed it (so there is a conflict to show)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli.conftest import Run, make_vault
from tests.cli.schemas import conforms, conforms_list, schemas


@dataclass(frozen=True)
class Case:
    rise: Path
    aggredi: Path
    participant: str  # at rise
    received: str  # the same participant's id at aggredi
    consent: str


def _ok(result: object) -> str:
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    return result.out  # type: ignore[attr-defined, no-any-return]


@pytest.fixture(scope="module")
def case(module_run: Run, module_dir: Path) -> Case:
    run = module_run
    rise = make_vault(run, module_dir / "rise", "Aino Virtanen", "fi-rise")
    aggredi = make_vault(run, module_dir / "aggredi", "Bertta Laine", "fi-aggredi")
    for vault, other in ((rise, aggredi), (aggredi, rise)):
        card = module_dir / f"{other.name}.card"
        card.write_text(_ok(run("identity", "--vault", other)), encoding="utf-8")
        added = _ok(run("contact", "add", "--vault", vault, card))
        number = re.search(r"Safety number: ([\d ]+)", added).group(1)  # type: ignore[union-attr]
        _ok(run("contact", "verify", "--vault", vault, "1", number))
    p = _ok(run("participant", "add", "--vault", rise, "--alias", "Kettu", "--birth-year",
                "1991", "--note", "first contact", "--parties", "fi-aggredi")).strip()  # fmt: skip
    # More than an alias and a contact route: the participant opens at assessment already.
    _ok(run("meeting", "add", "--vault", rise, "--participant", p, "--on", "2026-11-03",
            "--summary", "first talk"))  # fmt: skip
    goal = _ok(run("plan", "goal", "add", "--vault", rise, "--participant", p, "--domain",
                   "housing", "--description", "a flat")).strip()  # fmt: skip
    _ok(run("plan", "action", "add", "--vault", rise, goal, "--description", "apply",
            "--due", "2026-12-20"))  # fmt: skip
    _ok(run("plan", "rate", "--vault", rise, goal, "4", "--on", "2026-11-03"))
    assessment = _ok(run("safety", "assess", "--vault", rise, "--participant", p, "--level",
                         "high", "--urgent", "--at-risk", "partner")).strip()  # fmt: skip
    _ok(run("safety", "arrangement", "add", "--vault", rise, assessment, "--description",
            "alarm phone", "--due", "2026-12-05"))  # fmt: skip
    granted = run("consent", "grant", "--vault", rise, "--participant", p, "--to", "1",
                  "--categories", "identity,status,plan,meetings,safety", "--purpose",
                  "support after release", "--days", "30", "--method", "paper-form")  # fmt: skip
    consent = _ok(granted).strip()
    first = module_dir / "1.exitbundle"
    _ok(run("export", "--vault", rise, "--participant", p, "--to", "1", "--out", first))
    imported = _ok(run("import", "--vault", aggredi, first))
    received = re.search(r"\(participant (\d+)\)", imported).group(1)  # type: ignore[union-attr]
    # Both sides change the same record before the next exchange: a conflict at aggredi.
    _ok(run("participant", "edit", "--vault", aggredi, received, "--institution", "Kylmäkoski"))
    _ok(run("participant", "edit", "--vault", rise, p, "--institution", "Helsinki probation"))
    second = module_dir / "2.exitbundle"
    _ok(run("export", "--vault", rise, "--participant", p, "--to", "1", "--out", second))
    assert "1 conflict(s)" in _ok(run("import", "--vault", aggredi, second))
    return Case(rise, aggredi, p, received, consent)


def _json(run: Run, *args: str | Path) -> object:
    return json.loads(_ok(run(*args, "--json")))


def test_the_documentation_has_every_schema_the_commands_print() -> None:
    named = {
        "participant summary", "participant", "note", "meeting", "goal", "safety assessment",
        "consent", "contact", "bundle", "conflict", "conflict details", "audit report",
        "access report", "held record", "receipt",
    }  # fmt: skip
    assert named <= set(schemas())
    # Every nested reference points at a documented schema.
    for name, fields in schemas().items():
        for kind in fields.values():
            ref = re.search(r"`(.+?)`", kind)
            if ref:
                assert ref.group(1) in schemas(), f"{name} refers to {ref.group(1)}"


def test_participant_list_and_show(module_run: Run, case: Case) -> None:
    rows = _json(module_run, "participant", "list", "--vault", case.rise)
    conforms_list(rows, "participant summary")
    assert [r["alias"] for r in rows] == ["Kettu"]  # type: ignore[index]
    shown = _json(module_run, "participant", "show", "--vault", case.rise, case.participant)
    conforms(shown, "participant")
    assert shown["institution"] == "Helsinki probation"  # type: ignore[index]
    assert [e["state"] for e in shown["history"]] == ["assessment"]  # type: ignore[index]


def test_note_meeting_plan_and_safety_lists(module_run: Run, case: Case) -> None:
    at = ("--vault", case.rise, "--participant", case.participant)
    notes = _json(module_run, "note", "list", *at)
    conforms_list(notes, "note")
    assert [n["text"] for n in notes] == ["first contact"]  # type: ignore[index]
    meetings = _json(module_run, "meeting", "list", *at)
    conforms_list(meetings, "meeting")
    assert [(m["on"], m["summary"]) for m in meetings] == [("2026-11-03", "first talk")]  # type: ignore[index]
    goals = _json(module_run, "plan", "list", *at)
    conforms_list(goals, "goal")
    assert goals[0]["ratings"] == [{"on": "2026-11-03", "score": 4}]  # type: ignore[index]
    assert goals[0]["actions"][0]["due"] == "2026-12-20"  # type: ignore[index]
    assessments = _json(module_run, "safety", "list", *at)
    conforms_list(assessments, "safety assessment")
    assert assessments[0]["persons_at_risk"] == ["partner"]  # type: ignore[index]
    assert assessments[0]["arrangements"][0]["number"] == 1  # type: ignore[index]


def test_consent_list_and_show(module_run: Run, case: Case) -> None:
    listed = _json(module_run, "consent", "list", "--vault", case.rise, "--participant",
                   case.participant)  # fmt: skip
    conforms_list(listed, "consent")
    shown = _json(module_run, "consent", "show", "--vault", case.rise, case.consent)
    conforms(shown, "consent")
    assert shown["state"] == "live"  # type: ignore[index]
    assert shown["categories"] == ["identity", "meetings", "plan", "safety", "status"]  # type: ignore[index]
    assert shown["recipients"][0]["label"] == "Bertta Laine"  # type: ignore[index]


def test_contact_list_and_history(module_run: Run, case: Case) -> None:
    contacts = _json(module_run, "contact", "list", "--vault", case.rise)
    conforms_list(contacts, "contact")
    assert contacts[0]["verified"] is True  # type: ignore[index]
    history = _json(module_run, "history", "--vault", case.rise, "--participant", case.participant)
    conforms_list(history, "bundle")
    assert [(h["direction"], h["kind"]) for h in history] == [  # type: ignore[index]
        ("out", "case_transfer"),
        ("out", "case_update"),
    ]
    received = _json(module_run, "history", "--vault", case.aggredi, "--participant",
                     case.received)  # fmt: skip
    assert {h["direction"] for h in received} == {"in"}  # type: ignore[union-attr]


def test_conflicts_and_both_sides_of_one(module_run: Run, case: Case) -> None:
    conflicts = _json(module_run, "conflicts", "--vault", case.aggredi)
    conforms_list(conflicts, "conflict")
    assert [c["record_type"] for c in conflicts] == ["participant"]  # type: ignore[index]
    conflict_id = str(conflicts[0]["id"])  # type: ignore[index]
    details = _json(module_run, "conflict", "show", "--vault", case.aggredi, conflict_id)
    conforms(details, "conflict details")
    assert details["mine"]["institution"] == "Kylmäkoski"  # type: ignore[index]
    assert details["theirs"]["institution"] == "Helsinki probation"  # type: ignore[index]
    text = _ok(module_run("conflict", "show", "--vault", case.aggredi, conflict_id))
    assert "* institution:" in text
    assert "    mine:   Kylmäkoski" in text
    assert "    theirs: Helsinki probation" in text


def test_audit_report_with_the_chain_state(module_run: Run, case: Case) -> None:
    report = _json(module_run, "audit", "--vault", case.rise)
    conforms(report, "audit report")
    assert report["chain"]["ok"] is True  # type: ignore[index]
    assert report["chain"]["problems"] == []  # type: ignore[index]
    actions = [e["action"] for e in report["entries"]]  # type: ignore[index]
    assert report["chain"]["entries"] == len(actions)  # type: ignore[index]
    for expected in ("participant.open", "meeting.add", "plan.rating", "consent.grant"):
        assert expected in actions
    assert [e["seq"] for e in report["entries"]] == sorted(  # type: ignore[index]
        (e["seq"] for e in report["entries"]),
        reverse=True,  # type: ignore[index]
    )


def test_access_report_on_both_sides(module_run: Run, case: Case, module_dir: Path) -> None:
    own = _json(module_run, "report", "access", "--vault", case.rise, "--participant",
                case.participant)  # fmt: skip
    conforms(own, "access report")
    assert own["participant"]["received"] is None  # type: ignore[index]
    assert own["participant"]["receipts"] == []  # type: ignore[index]
    assert own["lifecycle_receipts"] == []  # type: ignore[index]
    assert [s["kind"] for s in own["shares"]] == ["case_transfer", "case_update"]  # type: ignore[index]
    for share in own["shares"]:  # type: ignore[index]
        conforms(share, "report share")

    received = _json(module_run, "report", "access", "--vault", case.aggredi, "--participant",
                     case.received)  # fmt: skip
    conforms(received, "access report")
    held = received["participant"]  # type: ignore[index]
    assert [r["sender"] for r in held["receipts"]] == ["Aino Virtanen"]
    assert held["received"] == held["receipts"][0]
    assert received["lifecycle_received"] == received["lifecycle_receipts"][0]  # type: ignore[index]
    pdf = module_dir / "received-report.pdf"
    _ok(module_run("--language", "sv", "report", "access", "--vault", case.aggredi,
                   "--participant", case.received, "--out", pdf))  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")
