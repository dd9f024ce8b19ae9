"""Ownership of records across vaults (issue 9, findings 1–4 and 6): a bundle changes only its
own participant's records that its sender owns; received records are never passed on; a purge
removes exactly what came under its consent and never the receiver's own records; expired
consents purge; and deleted content is in no decrypted database or WAL page afterwards."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from uuid import uuid4

import pytest

from exitdesk.app.errors import InputError
from exitdesk.app.exchange import case_records, lifecycle_record, participant_record
from exitdesk.app.exchange.consent import signed_consent
from exitdesk.app.exchange.withdrawal import PURGED_ALIAS
from exitdesk.app.repos import Repos
from exitdesk.app.session import open_vault
from exitdesk.domain import (
    ConsentMethod,
    DataCategory,
    DomainError,
    EndedBy,
    FixedClock,
    LifecycleState,
    Meeting,
    Participant,
)
from exitdesk.domain.views import ParticipantQuery
from exitdesk.exchange import (
    BundleError,
    BundleKind,
    BundleRecord,
    RecordType,
    SignedConsent,
    build_bundle,
    sign_consent,
)
from exitdesk.vault import keys
from exitdesk.vault.layout import db_path
from tests.app.conftest import DISTINCTIVE, PASSPHRASE, MakeParty, Party, befriend, rich_participant
from tests.support.pages import pages_containing

ALL = [DataCategory.IDENTITY, DataCategory.STATUS, DataCategory.PLAN, DataCategory.MEETINGS]
OWN_CANARY = "Öljyvärimaalaus Hirvikallio"


@pytest.fixture
def trio(make_party: MakeParty) -> tuple[Party, Party, Party]:
    # No minimal-record party here: the receiver writes notes of its own.
    return (
        make_party("Aino", "fi-rise"),
        make_party("Bertta", "fi-krp"),
        make_party("Cecilia", "se-socialstyrelsen"),
    )


def _grant(giver: Party, participant_id: int, contact_id: int, days: int = 30) -> int:
    # Consent goes only to parties the participant chose: here, to the receiver's.
    participant = giver.session.participant(participant_id)
    party = giver.exchange.contact(contact_id).party_id
    if party not in participant.parties:
        giver.session.update_participant(
            participant.model_copy(update={"parties": participant.parties | {party}})
        )
    consent = giver.exchange.grant_consent(
        participant_id,
        contact_ids=[contact_id],
        categories=ALL,
        purpose="continuing support after release",
        days=days,
        method=ConsentMethod.PAPER_FORM,
    )
    assert consent.id is not None
    return consent.id


def _send(giver: Party, receiver: Party, participant_id: int, contact_id: int, out: Path) -> int:
    giver.exchange.export(participant_id, contact_id, out)
    received = receiver.exchange.import_bundle(out.read_bytes()).participant_id
    assert received is not None
    return received


def _refused(receiver: Party, data: bytes) -> str:
    """Importing ``data`` fails with one plain line and changes nothing (full dump)."""
    before = receiver.dump()
    with pytest.raises((BundleError, InputError, DomainError)) as caught:
        receiver.exchange.import_bundle(data)
    message = str(caught.value)
    assert message and "\n" not in message and "Traceback" not in message
    assert receiver.dump() == before
    return message


def _data_key(party: Party) -> bytes:
    vault = party.session.vault
    return keys.export_key(vault._slots, vault._kek)


def _pages_with(party: Party, text: str) -> int:
    """Decrypted database and WAL pages holding ``text``, read while the vault is open."""
    return pages_containing(db_path(party.directory), _data_key(party), text)


def _signed(party: Party, participant_id: int, newest: bool = False) -> SignedConsent:
    with party.session.vault.reading() as conn:
        repos = Repos.over(conn, party.session.clock)
        consents = repos.consents.list_for_participant(participant_id)
        return signed_consent(
            repos, max(consents, key=lambda c: c.id or 0) if newest else consents[0]
        )


def _crafted(
    sender: Party, receiver: Party, records: list[BundleRecord], *, participant_uid, consent,
    sequence: int,
) -> bytes:  # type: ignore[no-untyped-def]  # fmt: skip
    """A bundle the sender builds by hand with its own valid keys."""
    them = receiver.exchange.identity().public
    return build_bundle(
        sender.exchange.identity(), [them], BundleKind.CASE_TRANSFER, records, consent=consent,
        withdrawal=None, sequences={them.fingerprint: sequence}, participant_uid=participant_uid,
        clock=sender.session.clock,
    )  # fmt: skip


def _records(party: Party, participant_id: int, categories=ALL) -> list[BundleRecord]:  # type: ignore[no-untyped-def]
    with party.session.vault.reading() as conn:
        repos = Repos.over(conn, party.session.clock)
        return case_records(repos, repos.participants.get(participant_id), categories)


# -- finding 1: every record belongs to the manifest's participant ---------------------------


def test_a_record_of_another_participant_refuses_the_whole_bundle(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Fails on the main issue 9 started from: participant X came in with Y's consent."""
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    y = rich_participant(a)
    assert y.id is not None
    _grant(a, y.id, b_at_a)
    _send(a, b, y.id, b_at_a, tmp_path / "1.exitbundle")
    stranger = Participant(alias="Ilves", legal_name=OWN_CANARY, birth_year=1985)
    records = [participant_record(stranger)]
    data = _crafted(a, b, records, participant_uid=y.uid, consent=_signed(a, y.id), sequence=2)
    assert "other than the one it is about" in _refused(b, data)
    assert b.session.count(ParticipantQuery()) == 1

    # In a first bundle, beside the manifest's own participant, it is refused as well.
    z = a.session.add_participant("Susi", birth_year=1980)
    assert z.id is not None
    _grant(a, z.id, b_at_a)
    mixed = [*_records(a, z.id, [DataCategory.IDENTITY]), participant_record(stranger)]
    data = _crafted(a, b, mixed, participant_uid=z.uid, consent=_signed(a, z.id), sequence=3)
    assert "other than the one it is about" in _refused(b, data)


def test_a_meeting_naming_another_participant_inside_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    y = rich_participant(a)
    assert y.id is not None
    _grant(a, y.id, b_at_a)
    records = _records(a, y.id)
    meeting = next(r for r in records if r.type is RecordType.MEETING)
    obj = {**meeting.object(), "participant_uid": str(uuid4())}
    moved = BundleRecord.from_object(meeting.id, RecordType.MEETING, DataCategory.MEETINGS, obj)
    records = [moved if r is meeting else r for r in records]
    data = _crafted(a, b, records, participant_uid=y.uid, consent=_signed(a, y.id), sequence=1)
    assert "other than the one it is about" in _refused(b, data)


# -- finding 2: never overwrite a record the sender does not own ------------------------------


def test_a_lifecycle_aimed_at_the_receivers_own_participant_is_refused(
    trio, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Fails on main: the receiver's own participant was ended without any conflict."""
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    # An alias alone: Bertta's own participant is still an enquiry, so any change shows.
    own = b.session.add_participant("Oma")
    assert own.id is not None and own.state is LifecycleState.ENQUIRY
    y = rich_participant(a)
    assert y.id is not None and y.state is LifecycleState.ASSESSMENT
    _grant(a, y.id, b_at_a)
    _send(a, b, y.id, b_at_a, tmp_path / "1.exitbundle")

    a.session.change_lifecycle(y.id, LifecycleState.ENDED, EndedBy(party_id="fi-rise"))
    ended = lifecycle_record(a.session.participant(y.id))
    # A consent Aino signs herself for Bertta's own participant, whose id she has learnt.
    base = a.session.consents(y.id)[0]
    forged = sign_consent(
        base.model_copy(update={"id": None, "participant_id": None, "uid": uuid4(),
                                "participant_uid": own.uid}),
        a.exchange.identity(),
    )  # fmt: skip
    data = _crafted(a, b, [ended], participant_uid=own.uid, consent=forged, sequence=2)
    _refused(b, data)
    assert b.session.participant(own.id).state is LifecycleState.ENQUIRY


def test_a_change_to_the_receivers_own_meeting_is_refused_not_a_conflict(
    trio, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Fails on main: it was imported as a conflict the worker could accept."""
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    y = rich_participant(a)
    assert y.id is not None
    _grant(a, y.id, b_at_a)
    pid = _send(a, b, y.id, b_at_a, tmp_path / "1.exitbundle")
    mine = b.session.add_meeting(Meeting(participant_id=pid, on=date(2026, 11, 5), summary="Mine"))
    obj = {**mine.model_dump(mode="json", exclude={"id", "participant_id"}),
           "participant_uid": str(y.uid), "summary": "Overwritten"}  # fmt: skip
    record = BundleRecord.from_object(mine.uid, RecordType.MEETING, DataCategory.MEETINGS, obj)
    data = _crafted(a, b, [record], participant_uid=y.uid, consent=_signed(a, y.id), sequence=2)
    assert "did not give you" in _refused(b, data)
    assert [m.summary for m in b.session.meetings(pid) if m.uid == mine.uid] == ["Mine"]


# -- finding 3: received records are not passed on -------------------------------------------


def _shared_twice(a: Party, b: Party, c: Party, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Aino shares P with Bertta (consent 2) and with Cecilia (consent 3)."""
    b_at_a, _ = befriend(a, b)
    c_at_a, _ = befriend(a, c)
    b_at_c, _ = befriend(c, b)
    p = rich_participant(a)
    assert p.id is not None
    to_b = _grant(a, p.id, b_at_a)
    _grant(a, p.id, c_at_a)
    at_b = _send(a, b, p.id, b_at_a, tmp_path / "to-b.exitbundle")
    at_c = _send(a, c, p.id, c_at_a, tmp_path / "to-c.exitbundle")
    return p, to_b, at_b, at_c, b_at_c


def test_a_receiver_cannot_pass_a_received_participant_on(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Fails on main: Cecilia's pass-on replaced the provenance and survived the purge."""
    a, b, c = trio
    p, to_b, _, at_c, b_at_c = _shared_twice(a, b, c, tmp_path)
    _grant(c, at_c, b_at_c)
    with pytest.raises(InputError, match="received records are not passed on"):
        c.exchange.export(at_c, b_at_c, tmp_path / "pass-on.exitbundle")

    # Crafted by hand with Cecilia's own keys and her own consent: refused all the same.
    records = _records(c, at_c)
    data = _crafted(
        c, b, records, participant_uid=p.uid, consent=_signed(c, at_c, newest=True), sequence=1
    )
    assert "did not give you" in _refused(b, data)

    withdrawal = tmp_path / "w.exitbundle"
    a.exchange.withdraw_consent(to_b, withdrawal)
    b.exchange.import_bundle(withdrawal.read_bytes())
    assert b.session.count(ParticipantQuery()) == 0
    assert _pages_with(b, DISTINCTIVE) == 0


def test_export_leaves_out_received_records_and_says_so(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    _, to_b, at_b, at_c, b_at_c = _shared_twice(a, b, c, tmp_path)
    c.session.add_meeting(Meeting(participant_id=at_c, on=date(2026, 11, 6), summary="Cecilia's"))
    _grant(c, at_c, b_at_c)
    out = tmp_path / "own.exitbundle"
    result = c.exchange.export(at_c, b_at_c, out)
    assert result.records == 1
    assert sorted(result.received_not_sent) == sorted(
        [RecordType.PARTICIPANT, RecordType.LIFECYCLE, RecordType.GOAL] + [RecordType.MEETING] * 3
    )
    assert "6 received record(s) not sent" in result.withheld_line()

    # Bertta takes Cecilia's own meeting about the participant she has from Aino; Aino's
    # withdrawal then removes Aino's data and leaves Cecilia's meeting on a placeholder.
    b.exchange.import_bundle(out.read_bytes())
    withdrawal = tmp_path / "w.exitbundle"
    a.exchange.withdraw_consent(to_b, withdrawal)
    b.exchange.import_bundle(withdrawal.read_bytes())
    left = b.session.participant(at_b)
    assert (left.alias, left.legal_name) == (PURGED_ALIAS, None)
    assert [m.summary for m in b.session.meetings(at_b)] == ["Cecilia's"]
    assert _pages_with(b, DISTINCTIVE) == 0


# -- finding 4: a purge never takes the receiver's own records --------------------------------


def test_a_purge_keeps_the_receivers_own_meetings_notes_and_consents(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Fails on main: the whole participant went, with Bertta's own records."""
    a, b, c = trio
    b_at_a, _ = befriend(a, b)
    c_at_b, _ = befriend(b, c)
    p = rich_participant(a)
    assert p.id is not None
    consent_id = _grant(a, p.id, b_at_a)
    pid = _send(a, b, p.id, b_at_a, tmp_path / "1.exitbundle")
    b.session.add_meeting(Meeting(participant_id=pid, on=date(2026, 11, 7), summary=OWN_CANARY))
    b.session.add_note(pid, "Met at the probation office")
    own_consent = _grant(b, pid, c_at_b)

    withdrawal = tmp_path / "w.exitbundle"
    a.exchange.withdraw_consent(consent_id, withdrawal)
    purge = b.exchange.import_bundle(withdrawal.read_bytes())
    assert purge.purged == 1 + 1 + 1 + 3 + 1  # participant, status, goal, meetings, consent

    left = b.session.participant(pid)
    assert (left.alias, left.legal_name, left.birth_year) == (PURGED_ALIAS, None, None)
    assert [m.summary for m in b.session.meetings(pid)] == [OWN_CANARY]
    assert [n.text for n in b.session.notes(pid)] == ["Met at the probation office"]
    assert [c.id for c in b.session.consents(pid)] == [own_consent]
    assert b.session.goals(pid) == []
    # The sender's status history went too; an enquiry holds no casework, so the entry that
    # keeps Bertta's own meetings and notes stands at assessment, and her work goes on.
    assert left.state is LifecycleState.ASSESSMENT
    b.session.add_meeting(Meeting(participant_id=pid, on=date(2026, 11, 9), summary="Next"))
    assert _pages_with(b, DISTINCTIVE) == 0
    assert _pages_with(b, "Meeting 1 about housing") == 0
    assert _pages_with(b, OWN_CANARY) >= 1
    assert b.session.check().ok


# -- finding 6: expiry purges; a conflict is not resolved into received data after it --------


def test_an_expired_consent_purges_what_came_under_it(
    trio, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """Fails on main: nothing ever purged the copy after its consent ran out."""
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _grant(a, p.id, b_at_a, days=3)
    _send(a, b, p.id, b_at_a, tmp_path / "1.exitbundle")
    assert b.exchange.purge_expired_consents().consents == 0, "still live"

    clock.advance(timedelta(days=4))
    result = b.exchange.purge_expired_consents()
    assert (result.consents, result.records) == (1, 7)
    assert b.session.count(ParticipantQuery()) == 0
    assert "exchange.consent_expired" in [e.action for e in b.session.audit_entries()]
    assert _pages_with(b, DISTINCTIVE) == 0


def test_an_unlock_purges_consents_that_ran_out_while_locked(
    make_party: MakeParty, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    from exitdesk.app.session import Options
    from exitdesk.vault import KdfParams

    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _grant(a, p.id, b_at_a, days=2)
    _send(a, b, p.id, b_at_a, tmp_path / "1.exitbundle")
    b.session.lock()
    clock.advance(timedelta(days=3))
    options = Options(kdf=KdfParams.FLOOR, clock=clock, use_keyring=False)
    with open_vault(b.directory, PASSPHRASE, options) as reopened:
        assert reopened.count(ParticipantQuery()) == 0
        assert "exchange.consent_expired" in [e.action for e in reopened.audit_entries()]


def test_a_conflict_is_not_resolved_into_data_under_an_expired_consent(
    trio, tmp_path: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    """Fails on main: the sender's version was written after its consent had run out."""
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _grant(a, p.id, b_at_a, days=3)
    pid = _send(a, b, p.id, b_at_a, tmp_path / "1.exitbundle")
    b.session.update_participant(
        b.session.participant(pid).model_copy(update={"institution": "Mine"})
    )
    a.session.update_participant(
        a.session.participant(p.id).model_copy(update={"institution": "Theirs"})
    )
    second = tmp_path / "2.exitbundle"
    a.exchange.export(p.id, b_at_a, second)
    assert b.exchange.import_bundle(second.read_bytes()).conflicts == 1
    conflict = b.exchange.conflicts()[0]

    clock.advance(timedelta(days=4))
    before = b.dump()
    with pytest.raises(InputError, match="has ended or was withdrawn"):
        b.exchange.resolve_conflict(conflict.id, take_incoming=True)
    assert b.dump() == before
    assert b.session.participant(pid).institution == "Mine"


# -- deleted means gone -----------------------------------------------------------------------


def test_deleting_a_participant_leaves_nothing_in_any_page(trio) -> None:  # type: ignore[no-untyped-def]
    a, _, _ = trio
    p = a.session.add_participant("Kettu", legal_name=OWN_CANARY)
    assert p.id is not None
    assert _pages_with(a, OWN_CANARY) >= 1
    a.session.delete_participant(p.id)
    assert _pages_with(a, OWN_CANARY) == 0


def test_keeping_mine_in_a_conflict_leaves_their_version_in_no_page(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _grant(a, p.id, b_at_a)
    pid = _send(a, b, p.id, b_at_a, tmp_path / "1.exitbundle")
    b.session.update_participant(
        b.session.participant(pid).model_copy(update={"institution": "Mine"})
    )
    a.session.update_participant(
        a.session.participant(p.id).model_copy(update={"institution": OWN_CANARY})
    )
    second = tmp_path / "2.exitbundle"
    a.exchange.export(p.id, b_at_a, second)
    b.exchange.import_bundle(second.read_bytes())
    assert _pages_with(b, OWN_CANARY) >= 1
    b.exchange.resolve_conflict(b.exchange.conflicts()[0].id, take_incoming=False)
    assert _pages_with(b, OWN_CANARY) == 0


def test_every_import_adds_rows_and_replaces_none(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from exitdesk.vault.exchange_store import ProvenanceRepository

    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _grant(a, p.id, b_at_a)
    _send(a, b, p.id, b_at_a, tmp_path / "1.exitbundle")
    a.session.add_meeting(Meeting(participant_id=p.id, on=date(2026, 11, 2), summary="New"))
    a.exchange.export(p.id, b_at_a, tmp_path / "2.exitbundle")
    b.exchange.import_bundle((tmp_path / "2.exitbundle").read_bytes())
    consent_uid = str(a.session.consents(p.id)[0].uid)
    with b.session.vault.reading() as conn:
        rows = ProvenanceRepository(conn)
        assert len({r.bundle_id for r in rows.rows(consent_uid)}) == 2
        assert len(rows.rows(str(p.uid))) == 1, "the update did not carry the participant"
        assert {r.sender_fp for r in rows.for_participant(str(p.uid))} == {
            a.exchange.identity().fingerprint
        }


def test_owners_of_a_whole_case_in_one_go_agree_with_each_record_owner(
    trio, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # An export asks who owns each of its records: once for the case, not once a record.
    from exitdesk.vault.exchange_store import ProvenanceRepository

    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _grant(a, p.id, b_at_a)
    pid = _send(a, b, p.id, b_at_a, tmp_path / "1.exitbundle")
    a.session.add_meeting(Meeting(participant_id=p.id, on=date(2026, 11, 2), summary="New"))
    a.exchange.export(p.id, b_at_a, tmp_path / "2.exitbundle")
    b.exchange.import_bundle((tmp_path / "2.exitbundle").read_bytes())
    b.session.add_meeting(Meeting(participant_id=pid, on=date(2026, 11, 3), summary="Mine"))
    with b.session.vault.reading() as conn:
        repos = Repos.over(conn, b.session.clock)
        participant = repos.participants.get(pid)
        assert participant is not None
        uids = [r.id for r in case_records(repos, participant, list(DataCategory))]
        uids.append(str(uuid4()))
        rows = ProvenanceRepository(conn)
        expected = {uid: rows.owner(uid) for uid in uids if rows.owner(uid) is not None}
        assert len(expected) == len(uids) - 2, "all but the worker's meeting and the unknown"
        assert rows.owners(uids) == expected


def test_a_bundles_records_found_here_in_one_go_agree_with_each_lookup(
    trio, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Planning an import looks up which of its records are here already: a query per type.
    from exitdesk.vault.exchange_store import local_id_for_uid, local_ids_for_uids

    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _grant(a, p.id, b_at_a)
    _send(a, b, p.id, b_at_a, tmp_path / "1.exitbundle")
    with b.session.vault.reading() as conn:
        repos = Repos.over(conn, b.session.clock)
        received = repos.participants.get_by_uid(p.uid)
        assert received is not None
        records = case_records(repos, received, list(DataCategory))
        assert any(r.type is RecordType.MEETING for r in records)
        for record in records:
            if record.type in (RecordType.GOAL, RecordType.MEETING):
                uids = [record.id, str(uuid4())]
                found = local_ids_for_uids(conn, record.type.value, uids)
                assert found == {record.id: local_id_for_uid(conn, record.type.value, record.id)}
