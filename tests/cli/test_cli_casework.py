"""Casework from the command line, end to end in subprocesses against a real vault: what each
command changes is read back through another command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyrage

from tests.cli.conftest import Run, make_vault, recovery_code_from

NEW_PASSPHRASE = "a different horse battery staple"


def _ok(result: object) -> str:
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    return result.out  # type: ignore[attr-defined, no-any-return]


def _show(run: Run, vault: Path, pid: str) -> dict[str, object]:
    return json.loads(_ok(run("participant", "show", "--vault", vault, pid, "--json")))  # type: ignore[no-any-return]


def test_participant_show_edit_parties_and_delete(run: Run, vault: Path) -> None:
    added = run("participant", "add", "--vault", vault, "--alias", "Kettu", "--legal-name",
                "Matti", "--birth-year", "1990", "--release-date", "2027-02-01")  # fmt: skip
    pid = _ok(added).strip()
    text = _ok(run("participant", "show", "--vault", vault, pid))
    assert "Participant 1: Kettu" in text and "Release date: 2027-02-01" in text
    assert "Parties: fi-rise" in text

    _ok(run("participant", "edit", "--vault", vault, pid, "--alias", "Ketunpoika", "--legal-name",
            "", "--parties", "fi-rise,fi-aggredi", "--institution", "Vantaa"))  # fmt: skip
    shown = _show(run, vault, pid)
    assert shown["alias"] == "Ketunpoika"
    assert shown["legal_name"] is None  # an empty value cleared it
    assert shown["birth_year"] == 1990  # not given: unchanged
    assert shown["parties"] == ["fi-aggredi", "fi-rise"]
    assert shown["institution"] == "Vantaa"

    nothing = run("participant", "edit", "--vault", vault, pid)
    assert nothing.one_line_error() == "exitdesk: nothing to change: give at least one field"
    unconfirmed = run("participant", "delete", "--vault", vault, pid)
    assert "add --yes to confirm" in unconfirmed.one_line_error()
    assert _show(run, vault, pid)["alias"] == "Ketunpoika"
    _ok(run("participant", "delete", "--vault", vault, pid, "--yes"))
    gone = run("participant", "show", "--vault", vault, pid)
    assert gone.one_line_error() == "exitdesk: there is no participant 1 in this vault"


def test_lifecycle_through_every_stage_with_who_ended_it(run: Run, vault: Path) -> None:
    pid = _ok(run("participant", "add", "--vault", vault, "--alias", "Susi")).strip()
    at = ("--vault", vault, "--participant", pid)
    skipped = run("lifecycle", *at, "active")
    assert skipped.one_line_error() == "exitdesk: a participant cannot go from enquiry to active"
    # The programme's rules (issue 11): active needs both target-group answers, after
    # release a release date that has come, and the party that ends it works with the case.
    before = {
        "active": ("target-group", *at, "--wants-to-leave", "yes", "--on", "2026-11-01",
                   "--needs-support", "yes", "--by", "fi-rise", "--assessed-on", "2026-11-02"),
        "after_release": ("participant", "edit", "--vault", vault, pid, "--release-date",
                          "2025-06-01", "--parties", "fi-rise,fi-aggredi"),
    }  # fmt: skip
    for state in ("assessment", "active", "after_release"):
        if state in before:
            _ok(run(*before[state]))
        assert _ok(run("lifecycle", *at, state)) == f"Participant {pid} is now {state}\n"
    unnamed = run("lifecycle", *at, "ended")
    assert unnamed.one_line_error() == (
        "exitdesk: say who ended the participation: the participant or a party"
    )
    _ok(run("lifecycle", *at, "ended", "--ended-by", "fi-aggredi"))
    history = _show(run, vault, pid)["history"]
    assert [(e["state"], e["ended_by"]) for e in history] == [  # type: ignore[attr-defined, index]
        ("assessment", None), ("active", None), ("after_release", None), ("ended", "fi-aggredi"),
    ]  # fmt: skip
    audit = json.loads(_ok(run("audit", "--vault", vault, "--action", "participant.lifecycle",
                               "--json")))  # fmt: skip
    assert [e["detail"]["state"] for e in audit["entries"]] == [
        "ended", "after_release", "active", "assessment",
    ]  # fmt: skip


def test_notes_and_meetings_add_list_edit_delete(run: Run, vault: Path) -> None:
    pid = _ok(run("participant", "add", "--vault", vault, "--alias", "Karhu")).strip()
    at = ("--vault", vault, "--participant", pid)
    _ok(run("lifecycle", *at, "assessment"))  # an enquiry holds no notes or meetings
    note = _ok(run("note", "add", *at, "--text", "Talked about work", "--expires",
                   "2027-01-31")).strip()  # fmt: skip
    notes = json.loads(_ok(run("note", "list", *at, "--json")))
    assert [(n["text"], n["expires_at"][:10]) for n in notes] == [
        ("Talked about work", "2027-01-31")
    ]
    _ok(run("note", "delete", "--vault", vault, note))
    assert _ok(run("note", "list", *at)) == "No notes\n"

    first = _ok(run("meeting", "add", *at, "--on", "2026-11-03", "--summary", "first")).strip()
    _ok(run("meeting", "add", *at, "--on", "2026-11-10", "--mode", "video", "--method",
            "structured", "--next-steps", "call the office"))  # fmt: skip
    _ok(run("meeting", "edit", "--vault", vault, first, "--summary", "first talk", "--mode",
            "phone"))  # fmt: skip
    meetings = json.loads(_ok(run("meeting", "list", *at, "--json")))
    by_id = {str(m["id"]): m for m in meetings}
    assert by_id[first]["summary"] == "first talk"
    assert by_id[first]["mode"] == "phone"
    assert by_id[first]["method"] == "dialogical"  # not given: unchanged
    _ok(run("meeting", "delete", "--vault", vault, first))
    left = json.loads(_ok(run("meeting", "list", *at, "--json")))
    assert [(m["on"], m["mode"], m["next_steps"]) for m in left] == [
        ("2026-11-10", "video", "call the office")
    ]
    bad_day = run("meeting", "add", *at, "--on", "3.11.2026")
    assert "is not a date; write it as YYYY-MM-DD" in bad_day.one_line_error()
    actions = [e["action"] for e in json.loads(_ok(run("audit", "--vault", vault, "--json")))
               ["entries"]]  # fmt: skip
    for action in ("note.add", "note.delete", "meeting.add", "meeting.update", "meeting.delete"):
        assert action in actions


def test_plan_goals_actions_and_ratings(run: Run, vault: Path) -> None:
    pid = _ok(run("participant", "add", "--vault", vault, "--alias", "Ilves")).strip()
    at = ("--vault", vault, "--participant", pid)
    goal = _ok(run("plan", "goal", "add", *at, "--domain", "education_work", "--description",
                   "vocational school", "--owner", "fi-aggredi")).strip()  # fmt: skip
    assert _ok(run("plan", "action", "add", "--vault", vault, goal, "--description",
                   "visit the school")).strip() == "1"  # fmt: skip
    assert _ok(run("plan", "action", "add", "--vault", vault, goal, "--description",
                   "apply", "--due", "2027-03-01")).strip() == "2"  # fmt: skip
    _ok(run("plan", "action", "status", "--vault", vault, goal, "1", "done"))
    _ok(run("plan", "rate", "--vault", vault, goal, "3", "--on", "2026-10-01"))
    _ok(run("plan", "rate", "--vault", vault, goal, "5", "--on", "2026-11-01"))
    _ok(run("plan", "rate", "--vault", vault, goal, "6", "--on", "2026-11-01"))  # replaces 5
    _ok(run("plan", "goal", "edit", "--vault", vault, goal, "--status", "in_progress"))
    [saved] = json.loads(_ok(run("plan", "list", *at, "--json")))
    assert saved["owner_party_id"] == "fi-aggredi"
    assert saved["status"] == "in_progress"
    assert [(a["number"], a["status"]) for a in saved["actions"]] == [(1, "done"), (2, "open")]
    assert saved["ratings"] == [{"on": "2026-10-01", "score": 3}, {"on": "2026-11-01", "score": 6}]
    text = _ok(run("plan", "list", *at))
    assert "rated 6/10 on 2026-11-01" in text and "2. apply (fi-rise, open, due 2027-03-01)" in text
    missing = run("plan", "action", "status", "--vault", vault, goal, "3", "done")
    assert missing.one_line_error() == "exitdesk: there is no action number 3 here (it has 2)"


def test_safety_assessment_arrangements_and_review(run: Run, vault: Path) -> None:
    pid = _ok(run("participant", "add", "--vault", vault, "--alias", "Hirvi")).strip()
    at = ("--vault", vault, "--participant", pid)
    first = _ok(run("safety", "assess", *at, "--level", "critical", "--urgent", "--on",
                    "2026-10-01", "--at-risk", "partner,child", "--review", "2026-10-15",
                    "--summary", "threats")).strip()  # fmt: skip
    arranged = run("safety", "arrangement", "add", "--vault", vault, first, "--description",
                   "alarm phone", "--owner", "fi-krp", "--due", "2026-10-05")  # fmt: skip
    assert _ok(arranged).strip() == "1"
    listed = json.loads(_ok(run("participant", "list", "--vault", vault, "--json")))
    assert listed[0]["urgent"] is True and listed[0]["safety_level"] == "critical"
    _ok(run("safety", "arrangement", "done", "--vault", vault, first, "1"))
    _ok(run("safety", "assess", *at, "--level", "moderate", "--review", "2027-01-15"))
    assessments = json.loads(_ok(run("safety", "list", *at, "--json")))
    by_id = {str(a["id"]): a for a in assessments}
    assert by_id[first]["arrangements"][0]["done"] is True
    assert by_id[first]["arrangements"][0]["owner_party_id"] == "fi-krp"
    assert by_id[first]["persons_at_risk"] == ["partner", "child"]
    listed = json.loads(_ok(run("participant", "list", "--vault", vault, "--json")))
    assert listed[0]["urgent"] is False and listed[0]["safety_level"] == "moderate"


def test_consent_grant_list_show_and_withdraw(run: Run, vault: Path) -> None:
    pid = _ok(run("participant", "add", "--vault", vault, "--alias", "Kettu", "--birth-year",
                  "1990", "--parties", "fi-aggredi")).strip()  # fmt: skip
    consent = _ok(run("consent", "grant", "--vault", vault, "--participant", pid, "--to-party",
                      "fi-aggredi", "--categories", "identity,plan", "--purpose",
                      "housing support", "--days", "30", "--method", "verbal-witnessed",
                      "--witness", "Liisa")).strip()  # fmt: skip
    shown = _ok(run("consent", "show", "--vault", vault, consent))
    assert f"Consent {consent} for participant {pid}: live" in shown
    assert "To: Aggredi (HelsinkiMissio) (fi-aggredi)" in shown and "Witness: Liisa" in shown
    _ok(run("consent", "withdraw", "--vault", vault, consent))
    [listed] = json.loads(_ok(run("consent", "list", "--vault", vault, "--participant", pid,
                                  "--json")))  # fmt: skip
    assert listed["state"] == "withdrawn" and listed["withdrawn_at"] is not None
    assert listed["recipients"] == [
        {"party_id": "fi-aggredi", "contact_fingerprint": None, "label": "Aggredi (HelsinkiMissio)"}
    ]
    text = _ok(run("consent", "list", "--vault", vault, "--participant", pid))
    assert text.startswith(f"{consent:>5}  withdrawn")


def test_rekey_gives_a_new_recovery_code_and_the_old_one_stops_working(
    run: Run, tmp_path: Path
) -> None:
    init = run("init", "--vault", tmp_path / "v", "--worker", "Aino", "--party", "fi-rise")
    old_code = recovery_code_from(_ok(init))
    vault = tmp_path / "v"
    _ok(run("participant", "add", "--vault", vault, "--alias", "Kettu"))
    rekeyed = _ok(run("rekey", "--vault", vault))
    new_code = rekeyed.splitlines()[-1].strip()
    assert "old recovery code no longer works" in rekeyed
    assert re.fullmatch(r"[\d-]{55}", new_code) and new_code != old_code
    code_file, pass_file = tmp_path / "code.txt", tmp_path / "new.txt"
    pass_file.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    code_file.write_text(old_code + "\n", encoding="utf-8")
    refused = run("recover", "--vault", vault, "--recovery-code-file", code_file,
                  "--new-passphrase-file", pass_file, passphrase=None)  # fmt: skip
    assert "recovery code" in refused.one_line_error()
    code_file.write_text(new_code + "\n", encoding="utf-8")
    _ok(run("recover", "--vault", vault, "--recovery-code-file", code_file,
            "--new-passphrase-file", pass_file, passphrase=None))  # fmt: skip
    rows = json.loads(_ok(run("participant", "list", "--vault", vault, "--json",
                              passphrase=NEW_PASSPHRASE)))  # fmt: skip
    assert [r["alias"] for r in rows] == ["Kettu"]
    audit = _ok(run("audit", "--vault", vault, "--action", "vault.rekeyed",
                    passphrase=NEW_PASSPHRASE))  # fmt: skip
    assert "Audit chain verifies" in audit and "vault.rekeyed" in audit


def test_passwd_reads_the_new_passphrase_from_a_file(run: Run, vault: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    _ok(run("passwd", "--vault", vault, "--new-passphrase-file", new))
    assert run("participant", "list", "--vault", vault).code == 1
    _ok(run("participant", "list", "--vault", vault, passphrase=NEW_PASSPHRASE))


def test_exported_identity_is_an_encrypted_age_identity_that_opens_a_bundle(
    run: Run, tmp_path: Path
) -> None:
    rise = make_vault(run, tmp_path / "rise", "Aino", "fi-rise")
    krp = make_vault(run, tmp_path / "krp", "Kalle", "fi-krp")
    for vault, other in ((rise, krp), (krp, rise)):
        card = tmp_path / f"{other.name}.card"
        card.write_text(_ok(run("identity", "--vault", other)), encoding="utf-8")
        number = re.search(r"Safety number: ([\d ]+)", _ok(run("contact", "add", "--vault",
                           vault, card))).group(1)  # type: ignore[union-attr]  # fmt: skip
        _ok(run("contact", "verify", "--vault", vault, "1", number))
    pid = _ok(run("participant", "add", "--vault", rise, "--alias", "Kettu", "--parties",
                  "fi-krp", "--birth-year", "1990")).strip()  # fmt: skip
    _ok(run("consent", "grant", "--vault", rise, "--participant", pid, "--to", "1",
            "--categories", "identity", "--purpose", "transfer", "--days", "5", "--method",
            "paper-form"))  # fmt: skip
    bundle = tmp_path / "case.exitbundle"
    _ok(run("export", "--vault", rise, "--participant", pid, "--to", "1", "--out", bundle))

    out = tmp_path / "krp-identity.age"
    refused = run("export-identity", "--vault", krp, "--out", out, EXITDESK_IDENTITY_PASSPHRASE="")
    assert refused.one_line_error() == (
        "exitdesk: an identity file needs a passphrase: a plain-text identity would open every "
        "bundle sent to you"
    )
    weak = run("export-identity", "--vault", krp, "--out", out, EXITDESK_IDENTITY_PASSPHRASE="abc")
    assert "too weak" in weak.one_line_error()
    assert not out.exists()
    secret = "identity file passphrase 42"
    _ok(run("export-identity", "--vault", krp, "--out", out, EXITDESK_IDENTITY_PASSPHRASE=secret))
    sealed = out.read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1\n") and b"AGE-SECRET-KEY" not in sealed
    assert out.stat().st_mode & 0o077 == 0
    # What `age -d -i krp-identity.age` does: decrypt the identity file with its passphrase,
    # read the key lines, decrypt the bundle.
    lines = pyrage.passphrase.decrypt(sealed, secret).decode().splitlines()
    keys = [line for line in lines if line.startswith("AGE-SECRET-KEY-1")]
    assert len(keys) == 1
    inner = pyrage.decrypt(bundle.read_bytes(), [pyrage.x25519.Identity.from_str(keys[0])])
    assert inner.startswith(b"EXITDESK")
    audit = _ok(run("audit", "--vault", krp, "--action", "identity.export"))
    assert "identity.export" in audit
