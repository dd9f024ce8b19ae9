"""The offence reminder in the CLI: every command that writes free text prints one line on
stderr when the text reads like an offence or a name, saves it anyway, and says nothing for
ordinary casework."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Result, Run

OFFENCE = "He dealt cocaine for the gang"
NAME = "Ask whether Mikko Virtanen can help"
ORDINARY = "Talked about the laser course and housing"


def _saved_with_reminder(result: Result, words: str) -> str:
    assert result.code == 0, result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and words in lines[0], result.err
    return result.out.strip()


def _quiet(result: Result) -> str:
    assert result.code == 0, result.err
    assert result.err == ""
    return result.out.strip()


def test_every_free_text_command_reminds_and_still_saves(run: Run, vault: Path) -> None:
    pid = _saved_with_reminder(
        run("participant", "add", "--vault", vault, "--alias", "Karhu", "--note", OFFENCE),
        "offences",
    )
    at = ("--vault", vault, "--participant", pid)
    _quiet(run("note", "add", *at, "--text", ORDINARY))
    _saved_with_reminder(run("note", "add", *at, "--text", NAME), "other people")
    meeting = _saved_with_reminder(
        run(
            "meeting", "add", *at, "--on", "2026-11-03", "--summary", ORDINARY, "--next-steps", NAME
        ),
        "other people",
    )
    _saved_with_reminder(
        run("meeting", "edit", "--vault", vault, meeting, "--summary", OFFENCE), "offences"
    )
    goal = _saved_with_reminder(
        run("plan", "goal", "add", *at, "--domain", "housing", "--description", OFFENCE),
        "offences",
    )
    _saved_with_reminder(
        run("plan", "goal", "edit", "--vault", vault, goal, "--description", NAME), "other people"
    )
    _saved_with_reminder(
        run("plan", "action", "add", "--vault", vault, goal, "--description", OFFENCE), "offences"
    )
    assessment = _saved_with_reminder(
        run("safety", "assess", *at, "--level", "high", "--summary", f"{OFFENCE}. {NAME}"),
        "offences and name other people",
    )
    _saved_with_reminder(
        run("safety", "arrangement", "add", "--vault", vault, assessment, "--description", NAME),
        "other people",
    )
    notes = json.loads(run("note", "list", *at, "--json").out)
    assert [n["text"] for n in notes] == [OFFENCE, ORDINARY, NAME]
    meetings = json.loads(run("meeting", "list", *at, "--json").out)
    assert [(m["summary"], m["next_steps"]) for m in meetings] == [(OFFENCE, NAME)]
    plan = json.loads(run("plan", "list", *at, "--json").out)
    assert plan[0]["description"] == NAME
    assert [a["description"] for a in plan[0]["actions"]] == [OFFENCE]


def test_the_reminder_speaks_the_reader_s_language(run: Run, vault: Path) -> None:
    pid = _quiet(run("participant", "add", "--vault", vault, "--alias", "Kettu"))
    at = ("--vault", vault, "--participant", pid)
    assert run("lifecycle", *at, "assessment").code == 0  # an enquiry holds no notes
    finnish = run("--language", "fi", "note", "add", *at, "--text", "Hän myi huumeita jengille")
    assert _saved_with_reminder(finnish, "muistutus").isdigit()
    assert "rikoksia" in finnish.err
    swedish = run("--language", "sv", "note", "add", *at, "--text", "Han sålde narkotika åt gänget")
    assert _saved_with_reminder(swedish, "påminnelse").isdigit()
