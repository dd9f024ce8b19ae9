"""The programme-rules commands end to end: an Aggredi vault refuses what its policy does not
keep (proved on the decrypted pages), the policy is shown and tightened, an enquiry, the target
group and lifecycle rules."""

from __future__ import annotations

import json
from pathlib import Path

from exitdesk.app.session import Options, open_vault
from exitdesk.domain.views import ParticipantQuery
from exitdesk.vault import KdfParams
from tests.cli.conftest import PASSPHRASE, Run
from tests.support.vault_pages import pages_with

NAME = "Kanarialegal Clinimi-7Q3Z"
PHONE = "+358 40 9999 2718"
NOTE = "Kanarianote about Jorma"


def test_an_aggredi_vault_keeps_only_what_its_policy_allows_from_the_cli(
    run: Run, tmp_path: Path
) -> None:
    vault = tmp_path / "aggredi"
    made = run("init", "--vault", vault, "--worker", "Bertta", "--party", "fi-aggredi")
    assert made.code == 0, made.err
    shown = run("policy", "show", "--vault", vault)
    assert "minimal record" in shown.out and "Never stores: legal name" in shown.out

    refused = run("participant", "add", "--vault", vault, "--alias", "Kettu", "--legal-name", NAME)
    assert refused.code == 1 and "keeps no legal name" in refused.one_line_error()
    assert NAME not in refused.err
    noted = run("participant", "add", "--vault", vault, "--alias", "Kettu", "--note", NOTE)
    assert noted.code == 1 and "case notes" in noted.one_line_error()
    enquiry = run("enquiry", "add", "--vault", vault, "--alias", "Kettu", "--contact-route",
                  "via_party_worker")  # fmt: skip
    assert enquiry.code == 0, enquiry.err
    pid = enquiry.out.strip()

    early = run("target-group", "--vault", vault, "--participant", pid, "--wants-to-leave",
                "yes", "--on", "2026-11-01")  # fmt: skip
    assert "start the assessment first" in early.one_line_error()
    assert run("lifecycle", "--vault", vault, "--participant", pid, "assessment").code == 0
    active = run("lifecycle", "--vault", vault, "--participant", pid, "active")
    assert "target-group" in active.one_line_error()
    other = run("lifecycle", "--vault", vault, "--participant", pid, "ended",
                "--ended-by", "se-polisen")  # fmt: skip
    assert "another country" in other.one_line_error()

    tighter = run("policy", "stricter", "--vault", vault, "--enquiry-days", "10")
    assert tighter.code == 0 and "deleted after 10 days" in tighter.out
    looser = run("policy", "stricter", "--vault", vault, "--enquiry-days", "20")
    assert "only be made stricter" in looser.one_line_error()

    session = open_vault(vault, PASSPHRASE, Options(kdf=KdfParams.FLOOR, use_keyring=False))
    try:
        for canary in (NAME, PHONE, NOTE):
            assert pages_with(session, canary) == 0, canary
        stored = session.participant(int(pid))
        assert stored.contact_route is not None and stored.legal_name is None
    finally:
        session.lock()


def test_retention_preview_and_purge_with_a_certificate(
    run: Run, vault: Path, tmp_path: Path
) -> None:
    added = run("enquiry", "add", "--vault", vault, "--alias", "Kanariakettu")
    assert added.code == 0, added.err
    preview = run("retention", "preview", "--vault", vault)
    assert preview.code == 0, preview.err
    assert "enquiries_never_started: 0" in preview.out and "Total due: 0" in preview.out
    assert "Next due: " in preview.out and "Kanariakettu" not in preview.out
    detailed = run("retention", "preview", "--vault", vault, "--details")
    assert detailed.code == 0
    pdf = tmp_path / "certificate.pdf"
    purged = run("retention", "purge", "--vault", vault, "--certificate", pdf)
    assert purged.code == 0, purged.err
    assert "Total: 0 record(s)" in purged.out
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-1.4") and b"Kanariakettu" not in data
    assert b"Vault party: fi-rise" in data


def _init(run: Run, directory: Path, worker: str, party: str) -> None:
    result = run("init", "--vault", directory, "--worker", worker, "--party", party)
    assert result.code == 0, result.err


def _contact(run: Run, vault: Path, card: Path) -> str:
    added = run("contact", "add", "--vault", vault, card)
    assert added.code == 0, added.err
    number = next(
        line.split(": ", 1)[1] for line in added.out.splitlines() if line.startswith("Safety")
    )
    assert run("contact", "verify", "--vault", vault, "1", number).code == 0
    return "1"


def test_an_import_preview_says_what_the_aggredi_policy_leaves_out_and_the_import_stores_none(
    run: Run, tmp_path: Path
) -> None:
    rise, aggredi = tmp_path / "rise", tmp_path / "aggredi"
    _init(run, rise, "Aino", "fi-rise")
    _init(run, aggredi, "Bertta", "fi-aggredi")
    for vault, name in ((rise, "rise.card"), (aggredi, "aggredi.card")):
        (tmp_path / name).write_text(run("identity", "--vault", vault).out, encoding="utf-8")
    bertta = _contact(run, rise, tmp_path / "aggredi.card")
    _contact(run, aggredi, tmp_path / "rise.card")
    summary = "Kanariasummary: met his brother Jorma"
    pid = run("participant", "add", "--vault", rise, "--alias", "Kettu", "--legal-name", NAME,
              "--contact", PHONE, "--birth-year", "1990",
              "--parties", "fi-rise,fi-aggredi").out.strip()  # fmt: skip
    assert pid, "the participant was added"
    added = run("meeting", "add", "--vault", rise, "--participant", pid, "--on", "2026-11-03",
                "--summary", summary)  # fmt: skip
    assert added.code == 0, added.err
    granted = run("consent", "grant", "--vault", rise, "--participant", pid, "--to", bertta,
                  "--categories", "identity,status,meetings", "--purpose", "support",
                  "--days", "30", "--method", "paper-form")  # fmt: skip
    assert granted.code == 0, granted.err
    bundle = tmp_path / "case.exitbundle"
    exported = run("export", "--vault", rise, "--participant", pid, "--to", bertta, "--out", bundle)
    assert exported.code == 0, exported.err

    preview = run("import", "--vault", aggredi, "--preview", bundle)
    assert preview.code == 0, preview.err
    assert "(nothing written)" in preview.out
    assert "left out of one participant record (your data policy does not keep it): " \
        "legal name, contact details" in preview.out  # fmt: skip
    assert "left out of one meeting record" in preview.out and "meeting summaries" in preview.out
    assert run("participant", "list", "--vault", aggredi).out == "No participants yet\n"

    imported = run("import", "--vault", aggredi, bundle)
    assert imported.code == 0, imported.err
    assert "left out of one participant record" in imported.out
    assert run("check", "--vault", aggredi).code == 0
    session = open_vault(aggredi, PASSPHRASE, Options(kdf=KdfParams.FLOOR, use_keyring=False))
    try:
        for canary in (NAME, PHONE, summary):
            assert pages_with(session, canary) == 0, canary
        assert [p.alias for p in session.summaries(ParticipantQuery())] == ["Kettu"]
    finally:
        session.lock()


def test_a_safety_arrangement_is_closed_reassigned_and_given_its_own_review_date(
    run: Run, vault: Path
) -> None:
    pid = run("participant", "add", "--vault", vault, "--alias", "Ilves",
              "--birth-year", "1990").out.strip()  # fmt: skip
    assessment = run("safety", "assess", "--vault", vault, "--participant", pid, "--level",
                     "high", "--review", "2026-12-15").out.strip()  # fmt: skip
    at = ("--vault", vault, assessment)
    for description in ("Alarm phone", "Safe address"):
        made = run("safety", "arrangement", "add", *at, "--description", description,
                   "--owner", "fi-krp")  # fmt: skip
        assert made.code == 0, made.err
    assert run("safety", "arrangement", "reassign", *at, "1", "--owner", "fi-rise").code == 0
    scheduled = run("safety", "arrangement", "schedule", *at, "1", "--review", "2020-01-01")
    assert scheduled.code == 0, scheduled.err
    closed = run("safety", "arrangement", "close", *at, "2")
    assert closed.out == f"Arrangement 2 of assessment {assessment} is closed\n"
    listed = run("safety", "list", "--vault", vault, "--participant", pid).out
    assert "1. Alarm phone (fi-rise, open, review 2020-01-01)  REVIEW OVERDUE" in listed
    assert "2. Safe address (fi-krp, closed)" in listed
    nobody = run("safety", "arrangement", "reassign", *at, "1", "--owner", "xx-nobody")
    assert nobody.code == 1 and "xx-nobody" in nobody.one_line_error()

    # A follow-up carries the open arrangement forward, not the closed one.
    follow = run("safety", "assess", "--vault", vault, "--participant", pid, "--level",
                 "moderate").out.strip()  # fmt: skip
    shown = run("safety", "list", "--vault", vault, "--participant", pid, "--json").out
    newest = next(a for a in json.loads(shown) if str(a["id"]) == follow)
    assert [s["description"] for s in newest["arrangements"]] == ["Alarm phone"]
