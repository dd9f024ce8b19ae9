"""Deleted means gone, even across an older backup: every purge is also written to the tombstone
journal outside the vault, and unlocking a vault restored from a backup older than the purge
purges it again (audited), so the purged content is in no decrypted database or WAL page."""

from __future__ import annotations

from pathlib import Path

import pytest

from exitdesk.app.exchange.journal import record_purge, tombstone_journal
from exitdesk.app.exchange.reapply import REAPPLIED
from exitdesk.app.session import Options, Session, open_vault
from exitdesk.domain import ConsentMethod, DataCategory, FixedClock
from exitdesk.domain.views import ParticipantQuery
from exitdesk.vault import KdfParams, Vault, keys
from exitdesk.vault.layout import db_path
from exitdesk.vault.tombstones import read_journal
from tests.app.conftest import DISTINCTIVE, PASSPHRASE, MakeParty, Party, befriend, rich_participant
from tests.support.pages import pages_containing


def _data_key(session: Session) -> bytes:
    vault = session.vault
    return keys.export_key(vault._slots, vault._kek)  # type: ignore[attr-defined,arg-type]


def _consented(make_party: MakeParty) -> tuple[Party, Party, int, int, int]:
    """Aino's participant Kettu and her consent to share identity and meetings with Bertta:
    Aino, Bertta, Kettu's id, Bertta's contact id at Aino, the consent's id."""
    # Bertta is at a party whose data policy keeps the legal name: Aggredi's leaves it out on
    # import (issue 11), so its vault would never hold the text the test looks for.
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    consent = a.exchange.grant_consent(
        p.id, contact_ids=[b_at_a], categories=[DataCategory.IDENTITY, DataCategory.MEETINGS],
        purpose="continuing support", days=30, method=ConsentMethod.PAPER_FORM,
    )  # fmt: skip
    assert consent.id is not None
    return a, b, p.id, b_at_a, consent.id


def _purged_at_b(make_party: MakeParty, tmp_path: Path) -> tuple[Party, Path]:
    """Aino sends Kettu to Bertta; Bertta backs up; Aino withdraws; Bertta purges. Returns
    Bertta and her backup from before the purge."""
    a, b, pid, b_at_a, consent_id = _consented(make_party)
    case = tmp_path / "case.exitbundle"
    a.exchange.export(pid, b_at_a, case)
    b.exchange.import_bundle(case.read_bytes())
    backup = tmp_path / "before-purge.bin"
    b.session.backup(backup)
    withdrawal = tmp_path / "withdrawal.exitbundle"
    a.exchange.withdraw_consent(consent_id, withdrawal)
    assert b.exchange.import_bundle(withdrawal.read_bytes()).purged >= 1
    return b, backup


def _restored(backup: Path, tmp_path: Path, clock: FixedClock) -> tuple[Path, Options]:
    target = tmp_path / "restored"
    Vault.restore(backup, target)
    return target, Options(kdf=KdfParams.FLOOR, clock=clock, use_keyring=False)


def test_an_older_backup_restored_gets_the_purge_again_on_unlock(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    b, backup = _purged_at_b(make_party, tmp_path)
    key = _data_key(b.session)
    b.session.lock()
    target, options = _restored(backup, tmp_path, clock)
    # The backup does hold the purged content: without the journal it would be back.
    assert pages_containing(db_path(target), key, DISTINCTIVE) >= 1
    restored = open_vault(target, PASSPHRASE, options)
    try:
        assert restored.tombstones.consents == 1 and restored.tombstones.journal_intact
        assert pages_containing(db_path(target), key, DISTINCTIVE) == 0
        purges = restored.audit_entries("exchange.purge")
        assert any(e.detail.get(REAPPLIED) is True for e in purges)
    finally:
        restored.lock()
    again = open_vault(target, PASSPHRASE, options)
    try:
        assert again.tombstones.consents == 0  # nothing came back, nothing to do
    finally:
        again.lock()


@pytest.mark.parametrize("how", ["edit", "forge"])
def test_a_tampered_journal_is_detected(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path, how: str
) -> None:
    b, backup = _purged_at_b(make_party, tmp_path)
    journal = tombstone_journal(b.session.context)
    b.session.lock()
    lines = journal.read_text(encoding="ascii").splitlines()
    # The purge first; then the number of the acknowledgement it sent back.
    assert lines[0].startswith("v1 withdrawn ") and lines[1].startswith("v1 sent ")
    if how == "edit":
        uid = lines[0].split(" ")[2]
        changed = uid[:-1] + ("0" if uid[-1] != "0" else "1")
        journal.write_text(lines[0].replace(uid, changed) + "\n", encoding="ascii")
    else:
        forged = lines[0].rsplit(" ", 1)[0].replace("v1 withdrawn", "v1 expired") + " " + "ab" * 32
        journal.write_text(lines[0] + "\n" + forged + "\n", encoding="ascii")
    target, options = _restored(backup, tmp_path, clock)
    restored = open_vault(target, PASSPHRASE, options)
    try:
        assert not restored.tombstones.journal_intact
        assert restored.audit_entries("tombstones.journal_damaged")
        # A forged line after a good one does not hide the good one.
        assert restored.tombstones.consents == (1 if how == "forge" else 0)
    finally:
        restored.lock()


def _handed_over(make_party: MakeParty, tmp_path: Path, backup_at: str) -> tuple[Party, Path]:
    """Aino hands Kettu over to Bertta, backing up at ``backup_at`` ("before sending": before
    the hand-over; "waiting": sent, the acknowledgement not yet back); Bertta's acknowledgement
    removes Aino's copy. Returns Aino and her backup."""
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    a.exchange.grant_consent(
        p.id, contact_ids=[b_at_a], categories=[DataCategory.IDENTITY, DataCategory.MEETINGS],
        purpose="continuing support", days=30, method=ConsentMethod.PAPER_FORM,
    )  # fmt: skip
    backup = tmp_path / "before-handover.bin"
    if backup_at == "before sending":
        a.session.backup(backup)
    out = tmp_path / "handover.exitbundle"
    a.exchange.send_handover(p.id, b_at_a, out)
    if backup_at == "waiting":
        a.session.backup(backup)
    b.exchange.import_bundle(out.read_bytes())
    acks = tmp_path / "acks"
    acks.mkdir()
    (ack,) = b.exchange.write_outbox(acks)
    assert a.exchange.import_bundle(ack.read_bytes()).purged >= 1
    assert a.session.count(ParticipantQuery()) == 0
    return a, backup


@pytest.mark.parametrize("backup_at", ["before sending", "waiting"])
def test_a_backup_older_than_a_handover_does_not_bring_the_case_back(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path, backup_at: str
) -> None:
    a, backup = _handed_over(make_party, tmp_path, backup_at)
    key = _data_key(a.session)
    a.session.lock()
    target, options = _restored(backup, tmp_path, clock)
    assert pages_containing(db_path(target), key, DISTINCTIVE) >= 1  # the backup holds it
    restored = open_vault(target, PASSPHRASE, options)
    try:
        assert restored.count(ParticipantQuery()) == 0
        assert restored.tombstones.handovers == 1
        assert pages_containing(db_path(target), key, DISTINCTIVE) == 0
        done = restored.audit_entries("exchange.handover_completed")
        assert any(e.detail.get(REAPPLIED) is True for e in done)
    finally:
        restored.lock()
    again = open_vault(target, PASSPHRASE, options)
    try:
        assert again.tombstones.handovers == 0 and again.count(ParticipantQuery()) == 0
    finally:
        again.lock()


def test_a_case_handed_back_after_a_handover_stays_across_unlocks(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    """The journal's hand-over line holds only for a database from before the
    acknowledgement: the same case sent back later by its new owner is not removed."""
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, a_at_b = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    a.exchange.grant_consent(
        p.id, contact_ids=[b_at_a], categories=[DataCategory.IDENTITY, DataCategory.MEETINGS],
        purpose="continuing support", days=30, method=ConsentMethod.PAPER_FORM,
    )  # fmt: skip
    out = tmp_path / "handover.exitbundle"
    a.exchange.send_handover(p.id, b_at_a, out)
    pid_at_b = b.exchange.import_bundle(out.read_bytes()).participant_id
    assert pid_at_b is not None
    acks = tmp_path / "acks"
    acks.mkdir()
    (ack,) = b.exchange.write_outbox(acks)
    a.exchange.import_bundle(ack.read_bytes())
    b.exchange.grant_consent(
        pid_at_b, contact_ids=[a_at_b], categories=[DataCategory.IDENTITY],
        purpose="support continues", days=10, method=ConsentMethod.PAPER_FORM,
    )  # fmt: skip
    back = tmp_path / "back.exitbundle"
    b.exchange.export(pid_at_b, a_at_b, back, [DataCategory.IDENTITY])
    a.exchange.import_bundle(back.read_bytes())
    assert a.session.count(ParticipantQuery()) == 1
    options = Options(kdf=KdfParams.FLOOR, clock=clock, use_keyring=False)
    a.session.lock()
    again = open_vault(a.directory, PASSPHRASE, options)
    try:
        assert again.tombstones.handovers == 0
        assert again.count(ParticipantQuery()) == 1
    finally:
        again.lock()


def test_a_vault_restored_from_an_older_backup_numbers_its_next_bundle_after_the_last_sent(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    """Aino backs up, then sends Kettu's case to Bertta. Restored from that backup, her vault
    knew neither that bundle nor its number: the withdrawal Kettu asked for went to nobody
    (and, sent, would have been refused as older than one already imported), so the case stayed
    at Bertta."""
    a, b, pid, b_at_a, consent_id = _consented(make_party)
    backup = tmp_path / "aino.bin"
    a.session.backup(backup)
    case = tmp_path / "case.exitbundle"
    a.exchange.export(pid, b_at_a, case)
    b.exchange.import_bundle(case.read_bytes())
    assert b.session.summaries(ParticipantQuery()) != []
    # The journal outside the vault names recipients by a keyed digest, not by their keys.
    journal = tombstone_journal(a.session.context).read_text(encoding="ascii")
    assert " v1 sent " not in journal and journal.count("v1 shared ") == 1
    assert b.exchange.identity().fingerprint[:16] not in journal
    a.session.lock()

    target, options = _restored(backup, tmp_path, clock)
    restored = open_vault(target, PASSPHRASE, options)
    try:
        withdrawal = tmp_path / "withdrawal.exitbundle"
        restored.exchange.withdraw_consent(consent_id, withdrawal)
    finally:
        restored.lock()
    assert b.exchange.import_bundle(withdrawal.read_bytes()).purged >= 1
    assert [s.alias for s in b.session.summaries(ParticipantQuery())] == []


def test_an_append_cut_short_is_not_damage_and_the_next_line_is_trusted(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    """Power lost in the middle of a journal append leaves half a line without its newline;
    the next append was glued onto it, and from there on the whole journal was untrusted."""
    b, backup = _purged_at_b(make_party, tmp_path)
    journal = tombstone_journal(b.session.context)
    whole = journal.read_text(encoding="ascii")
    journal.write_text(whole + "v1 withdrawn 0123456789abcdef", encoding="ascii")
    b.session.lock()
    target, options = _restored(backup, tmp_path, clock)
    restored = open_vault(target, PASSPHRASE, options)
    try:
        assert restored.tombstones.journal_intact
        assert restored.tombstones.consents == 1
        later = "fedcba98765432100123456789abcdef"
        record_purge(restored.context, later)  # the next purge's line
        assert "0123456789abcdef\n" not in journal.read_text(encoding="ascii")
        read = read_journal(journal, restored.vault.journal_key())
        assert read.intact and read.consent_uids[-1] == later
    finally:
        restored.lock()


def test_a_contact_added_again_after_a_restore_is_numbered_after_what_it_has_seen(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    """Aino backs up before she ever meets Bertta, then shares Kettu with her. Restored from
    that backup, Aino's vault does not know Bertta; adding her card again started the numbers
    at 1, and Bertta refused the next case as older than one already imported."""
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    p = rich_participant(a)
    assert p.id is not None
    backup = tmp_path / "aino.bin"
    a.session.backup(backup)

    def share(session: Session, out: Path) -> None:
        card = session.exchange.add_contact(b.exchange.my_card()).contact
        session.exchange.verify_contact(card.id, card.safety_number)
        assert p.id is not None
        session.exchange.grant_consent(
            p.id, contact_ids=[card.id], categories=[DataCategory.IDENTITY],
            purpose="continuing support", days=30, method=ConsentMethod.PAPER_FORM,
        )  # fmt: skip
        session.exchange.export(p.id, card.id, out)

    b.exchange.add_contact(a.exchange.my_card())
    (aino_at_b,) = b.exchange.contacts()
    b.exchange.verify_contact(aino_at_b.id, aino_at_b.safety_number)
    share(a.session, tmp_path / "first.exitbundle")
    b.exchange.import_bundle((tmp_path / "first.exitbundle").read_bytes())
    a.session.lock()

    target, options = _restored(backup, tmp_path, clock)
    restored = open_vault(target, PASSPHRASE, options)
    try:
        share(restored, tmp_path / "again.exitbundle")
    finally:
        restored.lock()
    b.exchange.import_bundle((tmp_path / "again.exitbundle").read_bytes())
