"""Ownership from the command line (issue 9): a crafted bundle carrying another participant is
refused in one line and changes nothing (finding 1); a withdrawal purges what was received but
keeps the receiver's own consent on a placeholder entry (finding 4); export says what it left
out because it was received (finding 3)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from exitdesk.app.exchange import participant_record
from exitdesk.app.exchange.consent import signed_consent
from exitdesk.app.repos import Repos
from exitdesk.app.session import Options, open_vault
from exitdesk.domain import Participant
from exitdesk.exchange import BundleKind, build_bundle
from exitdesk.vault import KdfParams
from tests.cli.conftest import PASSPHRASE, Run


def _init(run: Run, directory: Path, worker: str, party: str) -> None:
    result = run("init", "--vault", directory, "--worker", worker, "--party", party)
    assert result.code == 0, result.err


def _befriend(run: Run, tmp_path: Path, one: Path, other: Path) -> tuple[int, int]:
    """Cards both ways, verified; returns (other's id at one, one's id at other)."""
    ids = []
    for vault, them in ((one, other), (other, one)):
        card = tmp_path / f"{them.name}-for-{vault.name}.card"
        card.write_text(run("identity", "--vault", them).out, encoding="utf-8")
        added = run("contact", "add", "--vault", vault, card)
        assert added.code == 0, added.err
        contact = int(re.search(r"Contact (\d+):", added.out).group(1))  # type: ignore[union-attr]
        number = re.search(r"Safety number: ([\d ]+)", added.out).group(1).strip()  # type: ignore[union-attr]
        assert run("contact", "verify", "--vault", vault, str(contact), number).code == 0
        ids.append(contact)
    return ids[0], ids[1]


def _grant(run: Run, vault: Path, participant: str, contact: int) -> str:
    granted = run("consent", "grant", "--vault", vault, "--participant", participant,
                  "--to", str(contact), "--categories", "identity,status,meetings",
                  "--purpose", "continuing support after release", "--days", "30",
                  "--method", "paper-form")  # fmt: skip
    assert granted.code == 0, granted.err
    return granted.out.strip()


def _list(run: Run, vault: Path) -> list[dict[str, object]]:
    return json.loads(run("participant", "list", "--vault", vault, "--json").out)  # type: ignore[no-any-return]


def test_a_bundle_carrying_another_participant_is_refused_in_one_line(
    run: Run, tmp_path: Path
) -> None:
    """Fails on the main issue 9 started from: the stranger was imported."""
    rise, krp = tmp_path / "rise", tmp_path / "krp"
    _init(run, rise, "Aino Virtanen", "fi-rise")
    _init(run, krp, "Bertta Laine", "fi-krp")
    bertta, _ = _befriend(run, tmp_path, rise, krp)
    participant = run("participant", "add", "--vault", rise, "--alias", "Kettu",
                      "--birth-year", "1988",
                      "--parties", "fi-rise,fi-krp,fi-aggredi,se-socialstyrelsen",
                      ).out.strip()  # fmt: skip
    _grant(run, rise, participant, bertta)
    case = tmp_path / "case.exitbundle"
    assert run("export", "--vault", rise, "--participant", participant, "--to", str(bertta),
               "--out", case).code == 0  # fmt: skip
    assert run("import", "--vault", krp, case).code == 0
    before = _list(run, krp)

    # Aino's vault, driven by a hostile script with her own valid keys.
    options = Options(kdf=KdfParams.FLOOR, use_keyring=False)
    with open_vault(rise, PASSPHRASE, options) as session, session.vault.reading() as conn:
        repos = Repos.over(conn, session.clock)
        y = repos.participants.get(int(participant))
        assert y is not None
        consent = repos.consents.list_for_participant(int(participant))[0]
        stranger = Participant(alias="Ilves", legal_name="Kalle Salakavala")
        records = [participant_record(stranger)]
        recipient = session.exchange.contact(bertta)
        data = build_bundle(
            session.exchange.identity(),
            [_public(session, recipient.fingerprint)],
            BundleKind.CASE_TRANSFER,
            records,
            consent=signed_consent(repos, consent),
            withdrawal=None,
            sequences={recipient.fingerprint: 2},
            participant_uid=y.uid,
            clock=session.clock,
        )
    crafted = tmp_path / "crafted.exitbundle"
    crafted.write_bytes(data)

    refused = run("import", "--vault", krp, crafted)
    assert "participant other than the one it is about" in refused.one_line_error()
    assert _list(run, krp) == before and len(before) == 1
    assert run("check", "--vault", krp).code == 0


def _public(session, fingerprint: str):  # type: ignore[no-untyped-def]
    from exitdesk.app.exchange.contacts import public_identity
    from exitdesk.vault.exchange_store import ContactRepository

    with session.vault.reading() as conn:
        stored = ContactRepository(conn).by_fingerprint(fingerprint)
    assert stored is not None
    return public_identity(stored)


def test_a_withdrawal_keeps_the_receivers_own_consent_on_a_placeholder(
    run: Run, tmp_path: Path
) -> None:
    """Fails on main: the purge deleted the whole participant with Bertta's own consent."""
    rise, krp, aggredi = tmp_path / "rise", tmp_path / "krp", tmp_path / "aggredi"
    _init(run, rise, "Aino Virtanen", "fi-rise")
    _init(run, krp, "Bertta Laine", "fi-krp")
    _init(run, aggredi, "Cecilia Aalto", "fi-aggredi")
    bertta, _ = _befriend(run, tmp_path, rise, krp)
    cecilia, _ = _befriend(run, tmp_path, krp, aggredi)
    added = run("participant", "add", "--vault", rise, "--alias", "Kettu",
                "--legal-name", "Matti Meikäläinen", "--birth-year", "1988",
                "--parties", "fi-rise,fi-krp,fi-aggredi,se-socialstyrelsen")  # fmt: skip
    participant = added.out.strip()
    consent = _grant(run, rise, participant, bertta)
    case = tmp_path / "case.exitbundle"
    assert run("export", "--vault", rise, "--participant", participant, "--to", str(bertta),
               "--out", case).code == 0  # fmt: skip
    assert run("import", "--vault", krp, case).code == 0
    received = str(_list(run, krp)[0]["id"])

    # Bertta records a consent of her own on the participant she received.
    _grant(run, krp, received, cecilia)
    passed_on = run("export", "--vault", krp, "--participant", received, "--to", str(cecilia),
                    "--out", tmp_path / "pass-on.exitbundle")  # fmt: skip
    assert "received records are not passed on" in passed_on.one_line_error()

    withdrawal = tmp_path / "withdrawal.exitbundle"
    assert run("consent", "withdraw", "--vault", rise, consent, "--out", withdrawal).code == 0
    purged = run("import", "--vault", krp, withdrawal, "--ack-dir", tmp_path)
    assert purged.code == 0, purged.err
    rows = _list(run, krp)
    assert [(r["alias"], r["legal_name"], r["birth_year"]) for r in rows] == [
        ("Received details removed", None, None)
    ]
    assert run("check", "--vault", krp).code == 0
    for path in krp.rglob("*"):
        if path.is_file():
            assert "Meikäläinen".encode() not in path.read_bytes()
