"""Two vaults of different parties, driven only through the CLI, as two workers would."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.conftest import Run


def _init(run: Run, directory: Path, worker: str, party: str) -> None:
    result = run("init", "--vault", directory, "--worker", worker, "--party", party)
    assert result.code == 0, result.err


def _add_contact(run: Run, vault: Path, card: Path) -> tuple[int, str]:
    result = run("contact", "add", "--vault", vault, card)
    assert result.code == 0, result.err
    contact_id = int(re.search(r"Contact (\d+):", result.out).group(1))  # type: ignore[union-attr]
    number = re.search(r"Safety number: ([\d ]+)", result.out).group(1).strip()  # type: ignore[union-attr]
    return contact_id, number


def test_exchange_verify_consent_export_import_withdraw_purge_acknowledge(
    run: Run, tmp_path: Path
) -> None:
    rise, aggredi = tmp_path / "rise", tmp_path / "aggredi"
    _init(run, rise, "Aino Virtanen", "fi-rise")
    _init(run, aggredi, "Bertta Laine", "fi-aggredi")

    # Cards travel by mail; each side adds the other and they read the safety number aloud.
    for vault, name in ((rise, "rise.card"), (aggredi, "aggredi.card")):
        card = run("identity", "--vault", vault)
        assert card.code == 0, card.err
        (tmp_path / name).write_text(card.out, encoding="utf-8")
    bertta, number_at_rise = _add_contact(run, rise, tmp_path / "aggredi.card")
    aino, number_at_aggredi = _add_contact(run, aggredi, tmp_path / "rise.card")
    assert number_at_rise == number_at_aggredi
    assert len(number_at_rise.replace(" ", "")) == 60
    assert run("contact", "verify", "--vault", rise, str(bertta), number_at_rise).code == 0
    compact = number_at_aggredi.replace(" ", "")
    assert run("contact", "verify", "--vault", aggredi, str(aino), compact).code == 0

    added = run("participant", "add", "--vault", rise, "--alias", "Kettu",
                "--legal-name", "Matti Meikäläinen", "--birth-year", "1988",
                "--parties", "fi-rise,fi-aggredi")  # fmt: skip
    participant = added.out.strip()
    granted = run("consent", "grant", "--vault", rise, "--participant", participant,
                  "--to", str(bertta), "--categories", "identity,status,meetings",
                  "--purpose", "continuing support after release", "--days", "30",
                  "--method", "paper-form")  # fmt: skip
    assert granted.code == 0, granted.err
    consent = granted.out.strip()

    nowhere = tmp_path / "refused.exitbundle"
    refused = run("export", "--vault", rise, "--participant", participant, "--to", str(bertta),
                  "--out", nowhere, "--categories", "identity,safety")  # fmt: skip
    assert f"consent {consent} does not cover safety for Bertta" in refused.one_line_error()
    assert not nowhere.exists()

    bundle = tmp_path / "outbox" / "case.exitbundle"
    bundle.parent.mkdir()
    exported = run("export", "--vault", rise, "--participant", participant, "--to", str(bertta),
                   "--out", bundle)  # fmt: skip
    assert exported.code == 0, exported.err
    assert b"Meik" not in bundle.read_bytes()

    keyless = run("inspect", bundle, passphrase=None)
    assert keyless.code == 0, keyless.err
    assert "age v1 file, 2 recipient(s)" in keyless.out  # Bertta and Aino's own outbox copy
    verified = run("inspect", bundle, "--vault", aggredi)
    assert "Verified: signed by Aino Virtanen" in verified.out
    assert "case_transfer" in verified.out

    tampered = tmp_path / "tampered.exitbundle"
    damaged = bytearray(bundle.read_bytes())
    damaged[len(damaged) // 2] ^= 0x40
    tampered.write_bytes(bytes(damaged))
    bad = run("import", "--vault", aggredi, tampered)
    assert bad.code != 0 and "Traceback" not in bad.err
    assert len(bad.err.strip().splitlines()) == 1

    imported = run("import", "--vault", aggredi, bundle)
    assert imported.code == 0, imported.err
    assert "imported case transfer from Aino Virtanen" in imported.out
    rows = json.loads(run("participant", "list", "--vault", aggredi, "--json").out)
    # An Aggredi vault keeps no legal name: its minimal-record policy leaves it out (issue 11).
    assert [(r["alias"], r["legal_name"]) for r in rows] == [("Kettu", None)]

    again = run("import", "--vault", aggredi, bundle)
    assert "already imported" in again.one_line_error()

    withdrawal = tmp_path / "withdrawal.exitbundle"
    withdrawn = run("consent", "withdraw", "--vault", rise, consent, "--out", withdrawal)
    assert withdrawn.code == 0, withdrawn.err
    assert "Bertta Laine" in withdrawn.out

    purged = run("import", "--vault", aggredi, withdrawal, "--ack-dir", tmp_path)
    assert purged.code == 0, purged.err
    ack_name = re.search(r"send (ack-[0-9a-f]{8}\.exitbundle) back", purged.out).group(1)  # type: ignore[union-attr]
    assert json.loads(run("participant", "list", "--vault", aggredi, "--json").out) == []

    acknowledged = run("import", "--vault", rise, tmp_path / ack_name)
    assert acknowledged.code == 0, acknowledged.err
    assert "confirms deleting" in acknowledged.out

    assert run("check", "--vault", rise).code == 0
    assert run("check", "--vault", aggredi).code == 0
    for path in aggredi.rglob("*"):
        if path.is_file():
            assert "Meikäläinen".encode() not in path.read_bytes()


def test_unverified_contact_cannot_receive(run: Run, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _init(run, a, "Aino", "fi-rise")
    _init(run, b, "Cecilia", "fi-krp")
    card = tmp_path / "b.card"
    card.write_text(run("identity", "--vault", b).out, encoding="utf-8")
    contact, _ = _add_contact(run, a, card)
    participant = run("participant", "add", "--vault", a, "--alias", "Susi", "--birth-year",
                      "1990", "--parties", "fi-krp").out.strip()  # fmt: skip
    grant = run("consent", "grant", "--vault", a, "--participant", participant, "--to",
                str(contact), "--categories", "identity", "--purpose", "support", "--days", "7",
                "--method", "verbal-witnessed", "--witness", "Eeva")  # fmt: skip
    assert grant.code == 0, grant.err
    result = run("export", "--vault", a, "--participant", participant, "--to", str(contact),
                 "--out", tmp_path / "x.exitbundle")  # fmt: skip
    assert "not verified" in result.one_line_error()
    wrong = run("contact", "verify", "--vault", a, str(contact), "1" * 60)
    assert "does not match" in wrong.one_line_error()


def test_inspect_without_keys_on_junk_is_one_line(run: Run, tmp_path: Path) -> None:
    junk = tmp_path / "junk.exitbundle"
    junk.write_bytes(b"")
    assert "not an age" in run("inspect", junk, passphrase=None).one_line_error()


def test_notify_ended_and_revoke_from_the_cli(run: Run, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _init(run, a, "Aino", "fi-rise")
    _init(run, b, "Bertta", "fi-aggredi")
    for vault, other in ((a, b), (b, a)):
        card = tmp_path / f"{other.name}.card"
        card.write_text(run("identity", "--vault", other).out, encoding="utf-8")
        contact, number = _add_contact(run, vault, card)
        assert run("contact", "verify", "--vault", vault, str(contact), number).code == 0
    participant = run("participant", "add", "--vault", a, "--alias", "Kettu", "--birth-year",
                      "1990", "--parties", "fi-aggredi").out.strip()  # fmt: skip
    grant = run("consent", "grant", "--vault", a, "--participant", participant, "--to", "1",
                "--categories", "identity,status", "--purpose", "support", "--days", "30",
                "--method", "paper-form")  # fmt: skip
    assert grant.code == 0, grant.err
    case = tmp_path / "case.exitbundle"
    assert run("export", "--vault", a, "--participant", participant, "--to", "1",
               "--out", case).code == 0  # fmt: skip
    assert run("import", "--vault", b, case).code == 0

    early = run("notify-ended", "--vault", a, "--participant", participant, "--to", "1",
                "--out", tmp_path / "early.exitbundle")  # fmt: skip
    assert "has not ended" in early.one_line_error()

    revoked = run("contact", "revoke", "--vault", b, "1")
    assert revoked.code == 0 and "revoked" in revoked.out
    refused = run("import", "--vault", b, case)
    assert refused.code != 0 and "Traceback" not in refused.err


def test_consent_follows_the_participants_choices_from_the_cli(run: Run, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _init(run, a, "Aino", "fi-rise")
    _init(run, b, "Cecilia", "fi-krp")
    card = tmp_path / "b.card"
    card.write_text(run("identity", "--vault", b).out, encoding="utf-8")
    contact, number = _add_contact(run, a, card)
    assert run("contact", "verify", "--vault", a, str(contact), number).code == 0
    grant = ("consent", "grant", "--vault", a, "--to", str(contact), "--categories", "identity",
             "--purpose", "support", "--days", "7", "--method", "paper-form")  # fmt: skip

    own_only = run("participant", "add", "--vault", a, "--alias", "Susi", "--birth-year", "1990")
    refused = run(*grant, "--participant", own_only.out.strip())
    assert "has not chosen to work with" in refused.one_line_error()
    assert "National Bureau of Investigation" in refused.err

    unknown = run("participant", "add", "--vault", a, "--alias", "Kettu", "--parties", "fi-krp")
    pid = unknown.out.strip()
    assert "birth year is unknown" in run(*grant, "--participant", pid).one_line_error()
    confirmed = run(*grant, "--participant", pid, "--confirm-adult")
    assert confirmed.code == 0, confirmed.err
    out = tmp_path / "case.exitbundle"
    exported = run("export", "--vault", a, "--participant", pid, "--to", str(contact), "--out", out)
    assert exported.code == 0, exported.err
    assert "--parties" in run("participant", "add", "--help", passphrase=None).out


def test_a_same_name_card_then_verify_and_restore_keys_from_the_cli(
    run: Run, tmp_path: Path
) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    _init(run, a, "Aino", "fi-rise")
    _init(run, b, "Bertta", "fi-aggredi")
    _init(run, c, "Bertta", "fi-aggredi")  # same name and party, other keys
    cards = {}
    for vault in (b, c):
        cards[vault] = tmp_path / f"{vault.name}.card"
        cards[vault].write_text(run("identity", "--vault", vault).out, encoding="utf-8")
    genuine, number = _add_contact(run, a, cards[b])
    assert run("contact", "verify", "--vault", a, str(genuine), number).code == 0
    added = run("contact", "add", "--vault", a, cards[c])
    assert added.code == 0, added.err
    assert f"Same name and party as contact {genuine} Bertta" in added.out
    second, second_number = _add_contact(run, a, cards[c])
    listed = run("contact", "list", "--vault", a).out
    assert f"unverified, same name and party as {genuine} " in listed
    assert run("contact", "verify", "--vault", a, str(second), second_number).code == 0
    assert "keys replaced" in run("contact", "list", "--vault", a).out
    restored = run("contact", "restore-keys", "--vault", a, str(genuine))
    assert restored.code == 0, restored.err
    assert "in force again" in restored.out
    again = run("contact", "restore-keys", "--vault", a, str(genuine))
    assert "nothing to restore" in again.one_line_error()


def test_a_backup_from_before_a_purge_is_purged_again_when_opened(run: Run, tmp_path: Path) -> None:
    rise, aggredi = tmp_path / "rise", tmp_path / "aggredi"
    _init(run, rise, "Aino", "fi-rise")
    _init(run, aggredi, "Bertta", "fi-aggredi")
    for vault, other in ((rise, aggredi), (aggredi, rise)):
        card = tmp_path / f"{other.name}.card"
        card.write_text(run("identity", "--vault", other).out, encoding="utf-8")
        contact, number = _add_contact(run, vault, card)
        assert run("contact", "verify", "--vault", vault, str(contact), number).code == 0
    participant = run("participant", "add", "--vault", rise, "--alias", "Kettu", "--birth-year",
                      "1990", "--parties", "fi-aggredi").out.strip()  # fmt: skip
    consent = run("consent", "grant", "--vault", rise, "--participant", participant, "--to", "1",
                  "--categories", "identity", "--purpose", "support", "--days", "30",
                  "--method", "paper-form").out.strip()  # fmt: skip
    case = tmp_path / "case.exitbundle"
    assert run("export", "--vault", rise, "--participant", participant, "--to", "1",
               "--out", case).code == 0  # fmt: skip
    assert run("import", "--vault", aggredi, case).code == 0
    backup = tmp_path / "old.bin"
    assert run("backup", "--vault", aggredi, backup).code == 0
    withdrawal = tmp_path / "withdrawal.exitbundle"
    assert run("consent", "withdraw", "--vault", rise, consent, "--out", withdrawal).code == 0
    assert run("import", "--vault", aggredi, withdrawal, "--ack-dir", tmp_path).code == 0

    restored = tmp_path / "restored"
    assert run("restore", backup, "--vault", restored).code == 0
    listed = run("participant", "list", "--vault", restored, "--json")
    assert listed.code == 0, listed.err
    assert json.loads(listed.out) == []
    assert re.search(r"purged \d+ records again under 1 withdrawn consent\(s\)", listed.err)
    quiet = run("participant", "list", "--vault", restored, "--json")
    assert quiet.code == 0 and "again" not in quiet.err
