"""A withdrawal told to a receiving worker (finding 5) travels back to the origin as a signed
notice and from there to every other recipient, each step through the outbox; a notice from
anyone else changes nothing. A hand-over makes the case the receiver's own and removes the
sender's copy only when the acknowledgement comes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from exitdesk.app.errors import InputError
from exitdesk.domain import ConsentMethod, DataCategory, DomainError
from exitdesk.domain.views import ParticipantQuery
from exitdesk.exchange import BundleError, BundleKind, Withdrawal, build_bundle, sign_withdrawal
from exitdesk.vault.layout import db_path
from tests.app.conftest import DISTINCTIVE, MakeParty, Party, befriend, rich_participant
from tests.app.test_exchange_service import ALL, _signed_for


@pytest.fixture
def trio(make_party: MakeParty) -> tuple[Party, Party, Party]:
    return (
        make_party("Aino", "fi-rise"),
        make_party("Bertta", "fi-aggredi"),
        make_party("Cecilia", "fi-krp"),
    )


def _grant(a: Party, participant_id: int, contact_ids: list[int]) -> int:
    consent = a.exchange.grant_consent(
        participant_id,
        contact_ids=contact_ids,
        categories=ALL,
        purpose="continuing support after release",
        days=30,
        method=ConsentMethod.PAPER_FORM,
    )
    assert consent.id is not None
    return consent.id


def _flush(party: Party, folder: Path) -> list[Path]:
    """Write the party's outbox into a fresh folder and return the files."""
    folder.mkdir()
    written = party.exchange.write_outbox(folder)
    assert party.exchange.outbox() == []
    return written


def _refused(receiver: Party, data: bytes) -> str:
    before = receiver.dump()
    with pytest.raises((BundleError, InputError, DomainError)) as caught:
        receiver.exchange.import_bundle(data)
    message = str(caught.value)
    assert message and "\n" not in message and DISTINCTIVE not in message
    assert receiver.dump() == before
    return message


def _shared_with_two(trio, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Aino shares one participant with Bertta and Cecilia under one consent."""
    a, b, c = trio
    b_at_a, _ = befriend(a, b)
    c_at_a, _ = befriend(a, c)
    p = rich_participant(a)
    assert p.id is not None
    consent_id = _grant(a, p.id, [b_at_a, c_at_a])
    for contact, receiver, name in ((b_at_a, b, "b"), (c_at_a, c, "c")):
        out = tmp_path / f"to-{name}.exitbundle"
        a.exchange.export(p.id, contact, out)
        receiver.exchange.import_bundle(out.read_bytes())
    return p, consent_id, b_at_a, c_at_a


def test_finding5_a_withdrawal_at_a_receiver_reaches_the_origin_and_every_other_copy(
    trio, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    p, _, _, c_at_a = _shared_with_two(trio, tmp_path)
    pid_at_b = b.session.summaries(ParticipantQuery())[0].id
    received = b.session.consents(pid_at_b)
    assert len(received) == 1

    # The participant tells Bertta: the copy at Bertta goes now, and a notice waits for Aino.
    told = b.exchange.withdraw_consent(received[0].id, None)
    assert told.purged > 0 and told.queued == 1
    assert [v.name for v in told.notified] == ["Aino"]
    assert b.session.count(ParticipantQuery()) == 0
    assert [(e.kind, e.contact is not None) for e in b.exchange.outbox()] == [
        (BundleKind.WITHDRAWAL_NOTICE, True)
    ]
    (notice,) = _flush(b, tmp_path / "from-b")

    # The origin withdraws the consent and queues a withdrawal for Cecilia only.
    result = a.exchange.import_bundle(notice.read_bytes())
    assert "withdrawal notice from Bertta" in result.plan.describe()
    assert all(c.withdrawn_at is not None for c in a.session.consents(p.id))
    pending = a.exchange.outbox()
    assert [(e.kind, e.contact) for e in pending] == [
        (BundleKind.CONSENT_WITHDRAWAL, a.exchange.contact(c_at_a).label)
    ]
    assert "consent.withdrawn_by_notice" in [e.action for e in a.session.audit_entries()]
    # The origin keeps its own case: only the consent changed.
    assert a.session.count(ParticipantQuery()) == 1
    (withdrawal,) = _flush(a, tmp_path / "from-a")

    purge = c.exchange.import_bundle(withdrawal.read_bytes())
    assert purge.purged > 0
    assert c.session.count(ParticipantQuery()) == 0
    (ack,) = _flush(c, tmp_path / "from-c")
    a.exchange.import_bundle(ack.read_bytes())
    out = [(h.kind, h.acknowledged) for h in a.exchange.history(p.id) if h.direction == "out"]
    assert out[-1] == ("consent_withdrawal", True)
    assert a.session.check().ok and b.session.check().ok and c.session.check().ok


def test_a_notice_from_someone_who_got_nothing_under_the_consent_changes_nothing(
    trio, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    b_at_a, _ = befriend(a, b)
    befriend(a, c)
    p = rich_participant(a)
    assert p.id is not None
    _grant(a, p.id, [b_at_a])
    out = tmp_path / "to-b.exitbundle"
    a.exchange.export(p.id, b_at_a, out)
    b.exchange.import_bundle(out.read_bytes())

    consent, signed, _ = _signed_for(a, p.id)
    cecilia = c.exchange.identity()
    aino = a.exchange.identity().public
    forged = sign_withdrawal(
        Withdrawal(consent_uid=consent.uid, participant_uid=p.uid,
                   withdrawn_at=a.session.clock(), recorded_by="Cecilia"), cecilia,
    )  # fmt: skip
    data = build_bundle(
        cecilia, [aino], BundleKind.WITHDRAWAL_NOTICE, [], consent=signed, withdrawal=forged,
        sequences={aino.fingerprint: 1}, participant_uid=p.uid, clock=a.session.clock,
    )  # fmt: skip
    assert "received no data under that consent" in _refused(a, data)
    assert all(k.withdrawn_at is None for k in a.session.consents(p.id))
    assert a.exchange.outbox() == []


def test_a_notice_about_a_consent_the_origin_does_not_hold_changes_nothing(
    trio, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Cecilia (not Bertta at Aggredi) is the origin: her vault keeps the rich record.
    a, _, c = trio
    befriend(a, c)
    p = rich_participant(c)
    assert p.id is not None
    c_consent = _grant(c, p.id, [c.exchange.contacts()[0].id])
    consent = next(k for k in c.session.consents(p.id) if k.id == c_consent)
    _, signed, _ = _signed_for(c, p.id)
    cecilia = c.exchange.identity()
    aino = a.exchange.identity().public
    withdrawal = sign_withdrawal(
        Withdrawal(consent_uid=consent.uid, participant_uid=p.uid,
                   withdrawn_at=c.session.clock(), recorded_by="Cecilia"), cecilia,
    )  # fmt: skip
    data = build_bundle(
        cecilia, [aino], BundleKind.WITHDRAWAL_NOTICE, [], consent=signed, withdrawal=withdrawal,
        sequences={aino.fingerprint: 1}, participant_uid=p.uid, clock=c.session.clock,
    )  # fmt: skip
    assert "not in your vault" in _refused(a, data)


def test_a_handover_makes_the_case_the_receivers_own_and_removes_the_sender_copy(
    trio, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    b_at_a, _ = befriend(a, b)
    c_at_b, _ = befriend(b, c)
    p = rich_participant(a)
    assert p.id is not None
    _grant(a, p.id, [b_at_a])

    preview = a.exchange.preview_handover(p.id, b_at_a)
    assert preview.sending == {"goal": 1, "lifecycle": 1, "meeting": 3, "participant": 1}
    assert preview.not_sent == {"consent": 1, "safety": 1}  # ALL has no safety category
    out = tmp_path / "handover.exitbundle"
    sent = a.exchange.send_handover(p.id, b_at_a, out)
    assert sent.preview.total == 6
    assert a.session.count(ParticipantQuery()) == 1  # nothing goes before the acknowledgement

    imported = b.exchange.import_bundle(out.read_bytes())
    assert imported.participant_id is not None
    with b.session.vault.reading() as conn:
        received_rows = conn.execute("SELECT count(*) FROM received_records").fetchone()[0]
    assert received_rows == 0  # every record is Bertta's own now
    (ack,) = _flush(b, tmp_path / "acks")

    # The acknowledgement removes everything of the case here: records, the consent, the
    # participant, and the WAL is checkpointed before the import returns.
    assert a.exchange.import_bundle(ack.read_bytes()).purged == 6 + 1 + 1
    assert a.session.count(ParticipantQuery()) == 0
    assert db_path(a.directory).with_name(db_path(a.directory).name + "-wal").stat().st_size == 0
    assert "exchange.handover_completed" in [e.action for e in a.session.audit_entries()]

    # The new owner may pass the case on under a consent of its own.
    pid_at_b = imported.participant_id
    b.exchange.grant_consent(
        pid_at_b, contact_ids=[c_at_b], categories=[DataCategory.IDENTITY],
        purpose="support continues", days=10, method=ConsentMethod.PAPER_FORM,
    )  # fmt: skip
    onward = tmp_path / "onward.exitbundle"
    b.exchange.export(pid_at_b, c_at_b, onward, [DataCategory.IDENTITY])
    assert c.exchange.import_bundle(onward.read_bytes()).participant_id is not None


def test_an_acknowledgement_for_no_handover_changes_nothing(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    bertta = b.exchange.identity()
    aino = a.exchange.identity().public
    data = build_bundle(
        bertta, [aino], BundleKind.HANDOVER_ACK, [], consent=None, withdrawal=None,
        sequences={aino.fingerprint: 1}, participant_uid=p.uid, clock=b.session.clock,
        base="0" * 32,
    )  # fmt: skip
    assert "does not answer a hand-over" in _refused(a, data)
    assert a.session.count(ParticipantQuery()) == 1
