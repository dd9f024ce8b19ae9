"""The outbox and the hand-over, driven only through the CLI: an acknowledgement that could not
be written stays in the vault until ``outbox write`` (finding 9), and a case handed over leaves
the sender only when the receiver's acknowledgement comes back."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.test_cli_exchange import _add_contact, _init


def _pair(run: Run, tmp_path: Path) -> tuple[Path, Path, int, int]:
    """Two verified vaults; returns them with Bertta's id at Rise and Aino's at Aggredi."""
    rise, aggredi = tmp_path / "rise", tmp_path / "aggredi"
    _init(run, rise, "Aino Virtanen", "fi-rise")
    _init(run, aggredi, "Bertta Laine", "fi-aggredi")
    for vault, name in ((rise, "rise.card"), (aggredi, "aggredi.card")):
        (tmp_path / name).write_text(run("identity", "--vault", vault).out, encoding="utf-8")
    bertta, number = _add_contact(run, rise, tmp_path / "aggredi.card")
    aino, _ = _add_contact(run, aggredi, tmp_path / "rise.card")
    assert run("contact", "verify", "--vault", rise, str(bertta), number).code == 0
    assert run("contact", "verify", "--vault", aggredi, str(aino), number).code == 0
    return rise, aggredi, bertta, aino


def _participant_with_consent(run: Run, rise: Path, bertta: int) -> tuple[str, str]:
    added = run("participant", "add", "--vault", rise, "--alias", "Kettu",
                "--legal-name", "Matti Meikäläinen", "--birth-year", "1988",
                "--parties", "fi-rise,fi-krp,fi-aggredi,se-socialstyrelsen")  # fmt: skip
    participant = added.out.strip()
    granted = run("consent", "grant", "--vault", rise, "--participant", participant,
                  "--to", str(bertta), "--categories", "identity,status,meetings",
                  "--purpose", "continuing support after release", "--days", "30",
                  "--method", "paper-form")  # fmt: skip
    assert granted.code == 0, granted.err
    return participant, granted.out.strip()


def _pending(run: Run, vault: Path) -> list[dict[str, object]]:
    listed = run("outbox", "list", "--vault", vault, "--json")
    assert listed.code == 0, listed.err
    return json.loads(listed.out)  # type: ignore[no-any-return]


def test_a_missing_ack_dir_keeps_the_acknowledgement_in_the_outbox(
    run: Run, tmp_path: Path
) -> None:
    rise, aggredi, bertta, _ = _pair(run, tmp_path)
    participant, consent = _participant_with_consent(run, rise, bertta)
    bundle = tmp_path / "case.exitbundle"
    assert run("export", "--vault", rise, "--participant", participant, "--to", str(bertta),
               "--out", bundle).code == 0  # fmt: skip
    assert run("import", "--vault", aggredi, bundle).code == 0
    withdrawal = tmp_path / "withdrawal.exitbundle"
    assert run("consent", "withdraw", "--vault", rise, consent, "--out", withdrawal).code == 0

    missing = tmp_path / "no-such-folder"
    purged = run("import", "--vault", aggredi, withdrawal, "--ack-dir", missing)
    # The purge stands and says so; the acknowledgement is kept, in one plain line.
    assert purged.code == 0, purged.err
    assert "purged" in purged.out
    lines = [line for line in purged.err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in purged.err
    assert "stay in the outbox" in lines[0] and "outbox write" in lines[0]
    assert not missing.exists()
    assert json.loads(run("participant", "list", "--vault", aggredi, "--json").out) == []

    pending = _pending(run, aggredi)
    assert [(p["kind"], p["contact"]) for p in pending] == [
        ("withdrawal_ack", "Aino Virtanen (Prison and Probation Service of Finland)")
    ]
    plain = run("outbox", "list", "--vault", aggredi)
    assert "withdrawal_ack" in plain.out and "Aino Virtanen" in plain.out

    # A retry of the import is refused as before, but nothing is lost: the outbox has it.
    assert "already imported" in run("import", "--vault", aggredi, withdrawal).one_line_error()
    refused = run("outbox", "write", "--vault", aggredi, missing)
    assert "stay in the outbox" in refused.one_line_error()
    assert len(_pending(run, aggredi)) == 1

    folder = tmp_path / "usb"
    folder.mkdir()
    written = run("outbox", "write", "--vault", aggredi, folder)
    assert written.code == 0, written.err
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == [re.search(r"(ack-[0-9a-f]{8}\.exitbundle)",
                                                 written.out).group(1)]  # type: ignore[union-attr]  # fmt: skip
    assert _pending(run, aggredi) == []
    assert "empty" in run("outbox", "write", "--vault", aggredi, folder).out

    acknowledged = run("import", "--vault", rise, files[0])
    assert acknowledged.code == 0, acknowledged.err
    assert "confirms deleting" in acknowledged.out


def test_handover_moves_the_case_and_removes_the_sender_copy_on_acknowledgement(
    run: Run, tmp_path: Path
) -> None:
    rise, aggredi, bertta, _ = _pair(run, tmp_path)
    participant, _ = _participant_with_consent(run, rise, bertta)
    preview = run("handover", "preview", "--vault", rise, "--participant", participant,
                  "--to", str(bertta))  # fmt: skip
    assert preview.code == 0, preview.err
    assert "Hand-over to Bertta Laine" in preview.out
    assert "1 lifecycle, 1 participant" in preview.out
    assert "removed when the receiver's acknowledgement is imported" in preview.out

    bundle = tmp_path / "handover.exitbundle"
    sent = run("handover", "send", "--vault", rise, "--participant", participant,
               "--to", str(bertta), "--out", bundle)  # fmt: skip
    assert sent.code == 0, sent.err
    again = run("handover", "send", "--vault", rise, "--participant", participant,
                "--to", str(bertta), "--out", tmp_path / "second.exitbundle")  # fmt: skip
    assert "waits for the acknowledgement" in again.one_line_error()
    # Until the acknowledgement, the case is still here.
    assert len(json.loads(run("participant", "list", "--vault", rise, "--json").out)) == 1

    acks = tmp_path / "acks"
    acks.mkdir()
    imported = run("import", "--vault", aggredi, bundle, "--ack-dir", acks)
    assert imported.code == 0, imported.err
    assert "case handover from Aino Virtanen" in imported.out
    rows = json.loads(run("participant", "list", "--vault", aggredi, "--json").out)
    assert [r["alias"] for r in rows] == ["Kettu"]
    ack = next(acks.iterdir())
    assert ack.name.startswith("ack-")

    done = run("import", "--vault", rise, ack)
    assert done.code == 0, done.err
    assert "confirms taking over the case" in done.out
    assert json.loads(run("participant", "list", "--vault", rise, "--json").out) == []
    assert "already imported" in run("import", "--vault", rise, ack).one_line_error()
    assert run("check", "--vault", rise).code == 0
    rise_files = [p for p in rise.rglob("*") if p.is_file()]
    assert rise_files
    for path in rise_files:
        assert "Meikäläinen".encode() not in path.read_bytes(), path.name


def test_a_backup_from_before_a_handover_is_handed_over_again_when_opened(
    run: Run, tmp_path: Path
) -> None:
    rise, aggredi, bertta, _ = _pair(run, tmp_path)
    participant, _ = _participant_with_consent(run, rise, bertta)
    backup = tmp_path / "old.bin"
    assert run("backup", "--vault", rise, backup).code == 0
    bundle = tmp_path / "handover.exitbundle"
    assert run("handover", "send", "--vault", rise, "--participant", participant,
               "--to", str(bertta), "--out", bundle).code == 0  # fmt: skip
    acks = tmp_path / "acks"
    acks.mkdir()
    assert run("import", "--vault", aggredi, bundle, "--ack-dir", acks).code == 0
    assert run("import", "--vault", rise, next(acks.iterdir())).code == 0

    restored = tmp_path / "restored"
    assert run("restore", backup, "--vault", restored).code == 0
    listed = run("participant", "list", "--vault", restored, "--json")
    assert listed.code == 0, listed.err
    assert json.loads(listed.out) == []
    assert "cases handed over since; removed again: 1" in listed.err
    quiet = run("participant", "list", "--vault", restored, "--json")
    assert quiet.code == 0 and "again" not in quiet.err
    assert json.loads(quiet.out) == []


def test_bundles_named_in_any_order_are_all_imported(run: Run, tmp_path: Path) -> None:
    """Bundle files have neutral random names, so ``exitdesk import folder/*`` gives them in
    any order: the newer one listed first used to make the older one "older than one already
    imported", refused."""
    rise, aggredi, bertta, _ = _pair(run, tmp_path)
    files = []
    for n in range(2):
        participant, _ = _participant_with_consent(run, rise, bertta)
        out = tmp_path / f"{n}.exitbundle"
        assert run("export", "--vault", rise, "--participant", participant,
                   "--to", str(bertta), "--out", out).code == 0  # fmt: skip
        files.append(out)

    done = run("import", "--vault", aggredi, files[1], files[0])

    assert done.code == 0, done.err
    assert done.out.count(": imported ") == 2
    listed = run("participant", "list", "--vault", aggredi, "--json")
    assert len(json.loads(listed.out)) == 2


def test_a_caseload_hand_over_from_the_cli(run: Run, tmp_path: Path) -> None:
    rise, aggredi, bertta, _ = _pair(run, tmp_path)
    ids = [_participant_with_consent(run, rise, bertta)[0] for _ in range(2)]
    alone = run("participant", "add", "--vault", rise, "--alias", "Karhu").out.strip()
    folder = tmp_path / "caseload"
    folder.mkdir()

    sent = run("handover", "caseload", "--vault", rise, "--to", str(bertta), "--folder", folder)

    assert sent.code == 0, sent.err
    assert f"Participant {alone}: not handed over: no live consent" in sent.out
    assert "Cases handed over: 2. Cases staying here: 1." in sent.out
    bundles = sorted(folder.iterdir())
    assert len(bundles) == 2
    acks = tmp_path / "acks"
    acks.mkdir()
    taken = run("import", "--vault", aggredi, *bundles, "--ack-dir", acks)
    assert taken.code == 0, taken.err
    back = run("import", "--vault", rise, *sorted(acks.iterdir()))
    assert back.code == 0, back.err
    left = json.loads(run("participant", "list", "--vault", rise, "--json").out)
    assert [str(p["id"]) for p in left] == [alone]
    assert set(ids).isdisjoint(str(p["id"]) for p in left)


def test_a_caseload_preview_from_the_cli_names_what_would_go_and_writes_nothing(
    run: Run, tmp_path: Path
) -> None:
    rise, _, bertta, _ = _pair(run, tmp_path)
    going = _participant_with_consent(run, rise, bertta)[0]
    alone = run("participant", "add", "--vault", rise, "--alias", "Karhu").out.strip()
    shown = run("handover", "caseload-preview", "--vault", rise, "--to", str(bertta))

    assert shown.code == 0, shown.err
    assert f"Participant {going} (" in shown.out and "): would go (" in shown.out
    assert f"Participant {alone}: would stay here: no live consent" in shown.out
    assert "would be handed over: 1. Cases that would stay here: 1. Nothing was written" in (
        shown.out
    )
    sent = run("audit", "--vault", rise, "--action", "exchange.handover_sent", "--json")
    assert sent.code == 0, sent.err
    assert json.loads(sent.out)["entries"] == []
