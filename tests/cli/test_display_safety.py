"""Unicode tricks in what the CLI shows (issue 10, deliver 6): bidi controls and zero-width
characters in names, notes and file names are printed as visible escapes, and a contact
whose name mixes scripts is pointed out when it is added and verified. Each failed on main."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run, make_vault

RLO = "\u202e"
ZWSP = "\u200b"


def test_hidden_characters_in_a_participant_are_shown_as_escapes(run: Run, vault: Path) -> None:
    pid = run(
        "participant", "add", "--vault", vault, "--alias", "Kettu",
        "--legal-name", f"Matti{RLO}nenialaV", "--institution", f"Helsinki{ZWSP} prison",
        "--note", f"line one\nline {RLO}two",
    ).out.strip()  # fmt: skip
    shown = run("participant", "show", "--vault", vault, pid)
    assert shown.code == 0, shown.err
    assert "Matti\\u202enenialaV" in shown.out and RLO not in shown.out
    assert "Helsinki\\u200b prison" in shown.out and ZWSP not in shown.out
    notes = run("note", "list", "--vault", vault, "--participant", pid)
    assert notes.code == 0, notes.err
    assert RLO not in notes.out and "\\u202etwo" in notes.out
    # In JSON the escape is JSON's own: the value reads back exactly as stored.
    listed = run("participant", "show", "--vault", vault, pid, "--json")
    assert RLO not in listed.out
    assert json.loads(listed.out)["legal_name"] == f"Matti{RLO}nenialaV"


def test_a_file_name_with_a_bidi_control_is_shown_escaped_in_an_error(
    run: Run, vault: Path, tmp_path: Path
) -> None:
    card = tmp_path / f"card{RLO}txt.exe"
    card.write_bytes(b"\xff\xfe not a card")
    result = run("contact", "add", "--vault", vault, card)
    assert result.code != 0
    assert RLO not in result.err and "card\\u202etxt.exe" in result.err


def test_a_look_alike_contact_name_is_pointed_out_at_adding_and_verifying(
    run: Run, tmp_path: Path
) -> None:
    mine = make_vault(run, tmp_path / "mine")
    # "Аino Virtanen" with a Cyrillic А: on screen the same as the colleague's real name.
    theirs = make_vault(run, tmp_path / "theirs", worker="\u0410ino Virtanen")
    card = tmp_path / "their.card"
    card.write_text(run("identity", "--vault", theirs).out, encoding="utf-8")
    added = run("contact", "add", "--vault", mine, card)
    assert added.code == 0, added.err
    assert "mixes letters of different scripts (Cyrillic, Latin)" in added.out
    number = next(
        line.removeprefix("Safety number: ")
        for line in added.out.splitlines()
        if line.startswith("Safety number: ")
    )
    verified = run("contact", "verify", "--vault", mine, "1", *number.split())
    assert verified.code == 0, verified.err
    assert "mixes letters of different scripts" in verified.out


def test_an_ordinary_name_gets_no_warning(run: Run, tmp_path: Path) -> None:
    mine = make_vault(run, tmp_path / "mine")
    theirs = make_vault(run, tmp_path / "theirs", worker="Bertta Åström")
    card = tmp_path / "their.card"
    card.write_text(run("identity", "--vault", theirs).out, encoding="utf-8")
    added = run("contact", "add", "--vault", mine, card)
    assert added.code == 0, added.err
    assert "scripts" not in added.out and "\\u" not in added.out
