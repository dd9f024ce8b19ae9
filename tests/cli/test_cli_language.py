"""Issue 13: the CLI follows the locale (or --language) for its messages, from the same
catalogues as the window, and stays importable without Qt (tests/test_architecture.py)."""

from __future__ import annotations

from pathlib import Path

from tests.app.test_retention import english_left
from tests.cli.conftest import Run
from tests.support.text_pdf_reader import text_lines

ENGLISH = "exitdesk: there is no participant 999 in this vault"


def test_errors_follow_the_locale_and_the_language_option(run: Run, vault: Path) -> None:
    show = ("participant", "show", "--vault", vault, "999")
    assert run(*show, LANG="C.UTF-8").one_line_error() == ENGLISH
    finnish = run(*show, LANG="fi_FI.UTF-8").one_line_error()
    assert finnish == "exitdesk: holvissa ei ole osallistujaa 999"
    swedish = run("--language", "sv", *show, LANG="fi_FI.UTF-8").one_line_error()
    assert swedish == "exitdesk: det finns ingen deltagare 999 i det här valvet"
    # LC_ALL outranks LANG, as for every standard tool.
    assert run(*show, LANG="fi_FI.UTF-8", LC_ALL="C").one_line_error() == ENGLISH
    assert run("--language", "en", *show, LANG="sv_SE.UTF-8").one_line_error() == ENGLISH


def test_the_cli_s_own_sentences_follow_the_language(run: Run, vault: Path) -> None:
    added = run("participant", "add", "--vault", vault, "--alias", "Kettu", "--birth-year", "1990")
    assert added.code == 0, added.err
    pid = added.out.strip().split()[-1]
    plan = ("plan", "list", "--vault", vault, "--participant", pid)
    assert run(*plan).out.strip() == "No goals in the plan yet"
    assert run(*plan, LANG="fi_FI.UTF-8").out.strip() == "Suunnitelmassa ei ole vielä tavoitteita"
    assert run("--language", "sv", *plan).out.strip() == "Inga mål i planen än"


def test_validation_messages_name_the_field_in_the_reader_s_language(run: Run, vault: Path) -> None:
    # The template and the field's words both follow the language: no English field name left
    # inside a Finnish or Swedish sentence.
    add = ("participant", "add", "--vault", vault, "--alias", "Kettu", "--legal-name", "x" * 201)
    assert run(*add).one_line_error() == (
        "exitdesk: the legal name can be at most 200 characters long"
    )
    finnish = run(*add, LANG="fi_FI.UTF-8").one_line_error()
    assert finnish == "exitdesk: virallinen nimi: pituus saa olla enintään 200 merkkiä"
    swedish = run("--language", "sv", *add).one_line_error()
    assert swedish == "exitdesk: det juridiska namnet får ha högst 200 tecken"


def test_the_older_commands_speak_the_reader_s_language_too(run: Run, tmp_path: Path) -> None:
    # init, check and contact listing printed English-only f-strings before.
    created = run("init", "--vault", tmp_path / "v", "--worker", "Aino", "--party", "fi-rise",
                  LANG="fi_FI.UTF-8")  # fmt: skip
    assert created.code == 0, created.err
    assert created.out.startswith("Holvi luotiin kansioon ")
    assert "Palautuskoodi (kirjoita se muistiin" in created.out
    checked = run("--language", "sv", "check", "--vault", tmp_path / "v")
    assert checked.out.strip() == (
        "Valvet är intakt: sidornas kontrollsummor och granskningskedjan stämmer"
    )
    listed = run("contact", "list", "--vault", tmp_path / "v", LANG="fi_FI.UTF-8")
    assert listed.out.strip().startswith("Yhteyshenkilöitä ei ole vielä")
    # English stays as it was, for scripts that read it.
    assert run("check", "--vault", tmp_path / "v").out.strip() == (
        "Vault is intact: page checksums and the audit chain verify"
    )


def test_the_purge_certificate_follows_the_language(run: Run, vault: Path, tmp_path: Path) -> None:
    added = run("enquiry", "add", "--vault", vault, "--alias", "Kanariakettu")
    assert added.code == 0, added.err
    pdf = tmp_path / "todistus.pdf"
    purged = run("--language", "sv", "retention", "purge", "--vault", vault, "--certificate", pdf)
    assert purged.code == 0, purged.err
    assert "Totalt raderade poster: 0" in purged.out and "Total:" not in purged.out
    lines = text_lines(pdf.read_bytes())
    assert lines[0] == "ExitDesk – intyg om radering"
    text = "\n".join(lines)
    assert "Valvets organisation: fi-rise" in text
    assert "Detta intyg innehåller inga personuppgifter." in text
    assert english_left(text) == []
    assert "Kanariakettu" not in text and b"Kanariakettu" not in pdf.read_bytes()
