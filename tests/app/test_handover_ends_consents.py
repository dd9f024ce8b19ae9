"""Issue 9: a case handed over takes its sender's consents with it, so the copies the sender
had shared under them with anyone but the receiver must go too. Importing the receiver's
acknowledgement queues a withdrawal for each such recipient (in the outbox, in the same
transaction), as re-applying the hand-over after a restore does again."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.app.session import Options, open_vault, restore_vault
from exitdesk.domain import Meeting
from exitdesk.domain.views import ParticipantQuery
from exitdesk.exchange import BundleError, BundleKind
from exitdesk.vault import KdfParams
from tests.app.conftest import DISTINCTIVE, PASSPHRASE, MakeParty, Party, befriend, rich_participant
from tests.app.test_notices_and_handover import _flush, _grant

OWN_AT_T = "Cecilia met them about work"


def _rows(party: Party, sql: str) -> list[tuple[object, ...]]:
    with party.session.vault.reading() as conn:
        return [tuple(r) for r in conn.execute(sql).fetchall()]


def _shared_then_handed_over(make_party: MakeParty, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Aino (S) shares a case with Cecilia (T) under C1, Cecilia adds a meeting of her own,
    and Aino hands the case over to Bertta (R) under C2; Bertta's acknowledgement waits."""
    s = make_party("Aino", "fi-rise")
    r = make_party("Bertta", "fi-aggredi")
    t = make_party("Cecilia", "fi-krp")
    r_at_s, _ = befriend(s, r)
    t_at_s, _ = befriend(s, t)
    p = rich_participant(s)
    assert p.id is not None
    _grant(s, p.id, [t_at_s])
    shared = tmp_path / "to-t.exitbundle"
    s.exchange.export(p.id, t_at_s, shared)
    pid_at_t = t.exchange.import_bundle(shared.read_bytes()).participant_id
    assert pid_at_t is not None
    t.session.add_meeting(Meeting(participant_id=pid_at_t, on=date(2026, 11, 2), summary=OWN_AT_T))
    _grant(s, p.id, [r_at_s])
    handover = tmp_path / "handover.exitbundle"
    s.exchange.send_handover(p.id, r_at_s, handover)
    assert r.exchange.import_bundle(handover.read_bytes()).participant_id is not None
    (ack,) = _flush(r, tmp_path / "from-r")
    return s, r, t, t_at_s, ack


def _t_takes_the_withdrawal(s: Party, t: Party, t_at_s: int, folder: Path) -> None:
    pending = s.exchange.outbox()
    assert [(e.kind, e.contact) for e in pending] == [
        (BundleKind.CONSENT_WITHDRAWAL, s.exchange.contact(t_at_s).label)
    ]
    (withdrawal,) = _flush(s, folder)
    assert t.exchange.import_bundle(withdrawal.read_bytes()).purged > 0
    # Nothing Aino sent stays at Cecilia; Cecilia's own meeting stays, under a neutral entry.
    assert _rows(t, "SELECT count(*) FROM received_records") == [(0,)]
    assert _rows(t, "SELECT summary FROM meetings") == [(OWN_AT_T,)]
    assert DISTINCTIVE not in str(_rows(t, "SELECT * FROM participants"))


def test_completing_a_handover_withdraws_what_the_sender_shared_with_others(
    make_party: MakeParty, tmp_path: Path
) -> None:
    s, r, t, t_at_s, ack = _shared_then_handed_over(make_party, tmp_path)

    completed = s.exchange.import_bundle(ack.read_bytes())
    assert completed.outbox_ids  # queued with the removal, in the same transaction
    assert s.session.count(ParticipantQuery()) == 0
    assert _rows(s, "SELECT count(*) FROM consents") == [(0,)]
    assert "consent.ended_with_case" in [e.action for e in s.session.audit_entries()]
    _t_takes_the_withdrawal(s, t, t_at_s, tmp_path / "from-s")

    # Bertta keeps the case as her own, and Cecilia's acknowledgement is taken at Aino.
    assert r.session.count(ParticipantQuery()) == 1
    assert _rows(r, "SELECT count(*) FROM meetings") == [(3,)]
    (t_ack,) = _flush(t, tmp_path / "from-t")
    s.exchange.import_bundle(t_ack.read_bytes())
    assert s.session.count(ParticipantQuery()) == 0
    assert s.session.check().ok and r.session.check().ok and t.session.check().ok


def _restored(s: Party, backup: Path) -> Party:
    options = Options(kdf=KdfParams.FLOOR, clock=s.session.clock, use_keyring=False)
    s.session.lock()
    shutil.rmtree(s.directory)
    restore_vault(backup, s.directory, options)
    return Party(open_vault(s.directory, PASSPHRASE, options), s.directory)


def test_a_restore_from_before_the_acknowledgement_queues_the_withdrawals_again(
    make_party: MakeParty, tmp_path: Path
) -> None:
    s, _, t, t_at_s, ack = _shared_then_handed_over(make_party, tmp_path)
    backup = tmp_path / "backup.bin"
    assert s.session.backup(backup)
    s.exchange.import_bundle(ack.read_bytes())
    assert s.exchange.outbox() != []  # lost with the restore before it was written out

    restored = _restored(s, backup)
    try:
        assert restored.session.count(ParticipantQuery()) == 0
        _t_takes_the_withdrawal(restored, t, t_at_s, tmp_path / "from-restored")
    finally:
        restored.session.lock()


def test_a_withdrawal_queued_again_after_a_restore_is_harmless_where_the_first_arrived(
    make_party: MakeParty, tmp_path: Path
) -> None:
    s, _, t, t_at_s, ack = _shared_then_handed_over(make_party, tmp_path)
    backup = tmp_path / "backup.bin"
    assert s.session.backup(backup)
    s.exchange.import_bundle(ack.read_bytes())
    _t_takes_the_withdrawal(s, t, t_at_s, tmp_path / "from-s")

    restored = _restored(s, backup)
    try:
        (again,) = _flush(restored, tmp_path / "from-restored")
        before = t.dump()
        try:
            t.exchange.import_bundle(again.read_bytes())
        except (InputError, BundleError):
            assert t.dump() == before  # refused: changed nothing
        assert _rows(t, "SELECT count(*) FROM received_records") == [(0,)]
        assert _rows(t, "SELECT summary FROM meetings") == [(OWN_AT_T,)]
    finally:
        restored.session.lock()
