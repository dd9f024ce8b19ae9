"""The exchange between two real vaults: consent-gated export, all-or-nothing import with
provenance, conflicts, incremental updates, withdrawal purge and acknowledgement, and every bad
input the service can see, each leaving the receiving vault byte-for-byte unchanged."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pyrage
import pytest

from exitdesk.app.errors import InputError
from exitdesk.app.exchange import ContactStatus, RecordAction, case_records
from exitdesk.domain import (
    ConsentMethod,
    ConsentScopeError,
    DataCategory,
    DomainError,
    FixedClock,
    Meeting,
    Participant,
)
from exitdesk.domain.policy import PolicyField
from exitdesk.domain.views import ParticipantQuery
from exitdesk.exchange import (
    BundleError,
    BundleKind,
    ConsentRefusedError,
    Identity,
    NotAddressedToYouError,
    OutsideTimeWindowError,
    UnknownSenderError,
    Withdrawal,
    build_bundle,
    decrypt_bundle,
    make_card,
    sign_withdrawal,
)
from tests.app.conftest import (
    DISTINCTIVE,
    WORKING_WITH,
    MakeParty,
    Party,
    befriend,
    rich_participant,
)

ALL = [DataCategory.IDENTITY, DataCategory.STATUS, DataCategory.PLAN, DataCategory.MEETINGS]


@pytest.fixture
def trio(make_party: MakeParty) -> tuple[Party, Party, Party]:
    return (
        make_party("Aino", "fi-rise"),
        make_party("Bertta", "fi-aggredi"),
        make_party("Cecilia", "fi-krp"),
    )


def _consent(a: Party, participant_id: int, contact_id: int, categories=ALL, days=30) -> int:  # type: ignore[no-untyped-def]
    consent = a.exchange.grant_consent(
        participant_id,
        contact_ids=[contact_id],
        categories=categories,
        purpose="continuing support after release",
        days=days,
        method=ConsentMethod.PAPER_FORM,
    )
    assert consent.id is not None
    return consent.id


def _transferred(a: Party, b: Party, tmp_path: Path) -> tuple[Participant, int, int]:
    """Aino and Bertta verified; a rich participant sent under consent and imported by Bertta.
    Returns the participant at Aino, Bertta's contact id at Aino, and the id at Bertta."""
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _consent(a, p.id, b_at_a)
    first = tmp_path / "1.exitbundle"
    a.exchange.export(p.id, b_at_a, first)
    received = b.exchange.import_bundle(first.read_bytes()).participant_id
    assert received is not None
    return p, b_at_a, received


def _refused(receiver: Party, data: bytes) -> Exception:
    """Importing ``data`` fails with a plain one-line message and changes nothing."""
    before = receiver.dump()
    with pytest.raises((BundleError, InputError, DomainError)) as caught:
        receiver.exchange.import_bundle(data)
    message = str(caught.value)
    assert message and "\n" not in message and "Traceback" not in message
    assert DISTINCTIVE not in message
    assert receiver.dump() == before
    return caught.value


def test_transfer_brings_the_participant_with_provenance(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, a_at_b = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _consent(a, p.id, b_at_a)

    out = tmp_path / "bundle.exitbundle"
    result = a.exchange.export(p.id, b_at_a, out)
    assert result.kind is BundleKind.CASE_TRANSFER
    assert result.records == 1 + 1 + 1 + 3  # identity, status, one goal, three meetings
    assert DISTINCTIVE.encode() not in out.read_bytes()

    before = b.dump()
    plan = b.exchange.preview_import(out.read_bytes())
    assert b.dump() == before, "a preview writes nothing"
    assert plan.count(RecordAction.ADD) == 6

    imported = b.exchange.import_bundle(out.read_bytes())
    assert imported.participant_id is not None
    got = b.session.participant(imported.participant_id)
    # Bertta works for Aggredi: her vault's minimal-record policy keeps no legal name (issue 11).
    assert (got.alias, got.legal_name, got.uid) == ("Kettu", None, p.uid)
    assert [o.fields for o in plan.left_out] == [(PolicyField.LEGAL_NAME,)] + [
        (PolicyField.MEETING_SUMMARY,)
    ] * 3
    assert all(m.summary == "" for m in b.session.meetings(imported.participant_id))
    assert len(b.session.meetings(imported.participant_id)) == 3
    assert b.session.safety(imported.participant_id) is None, "safety was not consented"
    goals = b.session.goals(imported.participant_id)
    assert [r.score for r in goals[0].ratings] == [3]
    history = b.exchange.history(imported.participant_id)
    assert [(h.direction, h.kind) for h in history] == [("in", "case_transfer")]
    assert "Aino" in history[0].contact
    assert a_at_b  # the sender is the contact the history names
    # The consent the data came under is kept, signed, so a withdrawal can find it.
    assert [c.uid for c in b.session.consents(imported.participant_id)] == [
        c.uid for c in a.session.consents(p.id)
    ]
    assert b.session.check().ok


def test_uncovered_category_is_refused_with_the_reason(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    consent_id = _consent(a, p.id, b_at_a)
    before = a.dump()
    out = tmp_path / "x.exitbundle"
    with pytest.raises(ConsentScopeError) as caught:
        a.exchange.export(p.id, b_at_a, out, [DataCategory.IDENTITY, DataCategory.SAFETY])
    assert str(caught.value).startswith(f"consent {consent_id} does not cover safety for Bertta")
    assert not out.exists()
    assert a.dump() == before
    reasons = a.exchange.allowed_categories(p.id, b_at_a)
    assert reasons[DataCategory.MEETINGS] is None
    assert reasons[DataCategory.SAFETY] is not None and "safety" in reasons[DataCategory.SAFETY]


def test_export_needs_a_verified_contact_and_a_consent(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, _, c = trio
    c_at_a, _ = befriend(a, c, verify=False)
    p = rich_participant(a)
    assert p.id is not None
    with pytest.raises(InputError, match="not verified"):
        a.exchange.export(p.id, c_at_a, tmp_path / "x.exitbundle")
    a.exchange.verify_contact(c_at_a, c.exchange.contact(1).safety_number)
    with pytest.raises(ConsentScopeError, match="no live consent"):
        a.exchange.export(p.id, c_at_a, tmp_path / "x.exitbundle")


def test_a_wrong_safety_number_does_not_verify(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, _ = befriend(a, b, verify=False)
    right = a.exchange.contact(b_at_a).safety_number.replace(" ", "")
    wrong = ("1" if right[0] != "1" else "2") + right[1:]
    with pytest.raises(InputError, match="does not match"):
        a.exchange.verify_contact(b_at_a, wrong)
    assert not a.exchange.contact(b_at_a).verified


def test_a_minor_needs_a_guardian_co_consent(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    minor = a.session.add_participant("Nuori", birth_year=2010, parties=WORKING_WITH)
    assert minor.id is not None
    with pytest.raises(DomainError, match="guardian"):
        _consent(a, minor.id, b_at_a)
    consent = a.exchange.grant_consent(
        minor.id, contact_ids=[b_at_a], categories=[DataCategory.IDENTITY], purpose="support",
        days=30, method=ConsentMethod.VERBAL_WITNESSED, witness="Eeva Witness",
        guardian="Municipal social services",
    )  # fmt: skip
    assert consent.guardian == "Municipal social services"


def test_update_carries_only_what_changed(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    p, b_at_a, received = _transferred(a, b, tmp_path)

    with pytest.raises(InputError, match="nothing has changed"):
        a.exchange.export(p.id, b_at_a, tmp_path / "same.exitbundle")

    a.session.add_meeting(Meeting(participant_id=p.id, on=date(2026, 11, 2), summary="New"))
    second = tmp_path / "2.exitbundle"
    update = a.exchange.export(p.id, b_at_a, second)
    assert (update.kind, update.records) == (BundleKind.CASE_UPDATE, 1)
    b.exchange.import_bundle(second.read_bytes())
    assert len(b.session.meetings(received)) == 4


def test_changes_on_both_sides_are_a_conflict_never_an_overwrite(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    p, b_at_a, pid = _transferred(a, b, tmp_path)

    local = b.session.participant(pid)
    b.session.update_participant(local.model_copy(update={"institution": "Kylmäkoski prison"}))
    theirs = a.session.participant(p.id)
    a.session.update_participant(theirs.model_copy(update={"institution": "Helsinki probation"}))
    second = tmp_path / "2.exitbundle"
    a.exchange.export(p.id, b_at_a, second)

    result = b.exchange.import_bundle(second.read_bytes())
    assert result.conflicts == 1
    assert b.session.participant(pid).institution == "Kylmäkoski prison", "not overwritten"
    conflicts = b.exchange.conflicts()
    assert [c.record_type for c in conflicts] == ["participant"]

    b.exchange.resolve_conflict(conflicts[0].id, take_incoming=True)
    assert b.session.participant(pid).institution == "Helsinki probation"
    assert b.exchange.conflicts() == []


def test_a_change_only_on_the_sender_side_updates_without_conflict(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    p, b_at_a, pid = _transferred(a, b, tmp_path)
    current = a.session.participant(p.id)
    a.session.update_participant(current.model_copy(update={"institution": "Turku prison"}))
    second = tmp_path / "2.exitbundle"
    a.exchange.export(p.id, b_at_a, second)
    plan = b.exchange.preview_import(second.read_bytes())
    assert plan.count(RecordAction.UPDATE) == 1 and plan.count(RecordAction.CONFLICT) == 0
    b.exchange.import_bundle(second.read_bytes())
    assert b.session.participant(pid).institution == "Turku prison"


def test_withdrawal_purges_the_copy_and_acknowledges(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    consent_id = _consent(a, p.id, b_at_a)
    bundle = tmp_path / "1.exitbundle"
    a.exchange.export(p.id, b_at_a, bundle)
    b.exchange.import_bundle(bundle.read_bytes())
    assert b.session.count(ParticipantQuery()) == 1

    withdrawal = tmp_path / "w.exitbundle"
    result = a.exchange.withdraw_consent(consent_id, withdrawal)
    assert [c.name for c in result.notified] == ["Bertta"]
    assert result.consent.withdrawn_at is not None

    purge = b.exchange.import_bundle(withdrawal.read_bytes())
    assert purge.purged == 1 + 1 + 1 + 3 + 1  # records plus the consent itself
    assert b.session.count(ParticipantQuery()) == 0
    actions = [e.action for e in b.session.audit_entries()]
    assert "exchange.purge" in actions
    assert purge.acknowledgement is not None

    # A bundle made before the withdrawal but arriving late is refused.
    _refused(b, bundle.read_bytes())

    a.exchange.import_bundle(purge.acknowledgement)
    history = a.exchange.history(p.id)
    assert [(h.kind, h.acknowledged) for h in history if h.direction == "out"][-1] == (
        "consent_withdrawal",
        True,
    )
    assert a.session.check().ok and b.session.check().ok

    # Nothing of the participant is left readable anywhere in the receiving vault's files.
    b.session.lock()
    for path in b.directory.rglob("*"):
        if path.is_file():
            assert DISTINCTIVE.encode() not in path.read_bytes(), path.name


def test_withdrawal_with_nothing_sent_needs_no_file(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    consent_id = _consent(a, p.id, b_at_a)
    result = a.exchange.withdraw_consent(consent_id, None)
    assert result.path is None and result.notified == ()
    with pytest.raises(DomainError):
        a.exchange.withdraw_consent(consent_id, None)


def test_changed_keys_need_verifying_again(trio, tmp_path: Path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    replacement = Identity.generate("Bertta", "fi-aggredi")
    added = a.exchange.add_contact(make_card(replacement, clock))
    # Finding 7 (issue 9): new keys are a new, unverified contact, never a silent replacement.
    assert added.status is ContactStatus.SAME_NAME_AND_PARTY
    assert added.contact.id != b_at_a
    assert not added.contact.verified
    # Once the new keys are verified, the old card's key is retired: it cannot be added back.
    a.exchange.verify_contact(added.contact.id, added.contact.safety_number)
    with pytest.raises(InputError, match="replaced"):
        a.exchange.add_contact(b.exchange.my_card())


# -- bad input at the receiving vault --------------------------------------------------------


@pytest.fixture
def sent(trio, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A valid bundle from Aino to Bertta, and everything needed to tamper with it."""
    a, b, c = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _consent(a, p.id, b_at_a, days=3)
    out = tmp_path / "good.exitbundle"
    a.exchange.export(p.id, b_at_a, out)
    return a, b, c, p, b_at_a, out.read_bytes()


@pytest.mark.parametrize("position", [0, 30, 100, 200, -300, -100, -1])
def test_a_changed_byte_anywhere_is_refused(sent, position: int) -> None:  # type: ignore[no-untyped-def]
    _, b, _, _, _, data = sent
    damaged = bytearray(data)
    damaged[position] ^= 0x01
    _refused(b, bytes(damaged))


@pytest.mark.parametrize("keep", [0, 10, 60, 150, 400, -1])
def test_truncated_or_empty_files_are_refused(sent, keep: int) -> None:  # type: ignore[no-untyped-def]
    _, b, _, _, _, data = sent
    _refused(b, data[:keep] if keep >= 0 else data[:-1])


def test_a_file_that_is_not_age_is_refused(sent) -> None:  # type: ignore[no-untyped-def]
    _, b, _, _, _, _ = sent
    _refused(b, b"PK\x03\x04 this is a zip file, not a bundle" * 10)


def test_a_bundle_for_someone_else_is_refused(sent) -> None:  # type: ignore[no-untyped-def]
    a, _, c, _, _, data = sent
    befriend(a, c)
    _refused(c, data)


def test_a_bundle_re_encrypted_by_a_recipient_to_a_third_vault_is_refused(sent) -> None:  # type: ignore[no-untyped-def]
    a, b, c, _, _, data = sent
    befriend(a, c)
    inner = decrypt_bundle(data, b.exchange.identity())
    forwarded = pyrage.encrypt(inner, [c.exchange.identity().public.age_recipient_key()])
    error = _refused(c, forwarded)
    assert isinstance(error, NotAddressedToYouError)


def test_unknown_and_unverified_senders_are_refused(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, _, c = trio
    # Aino knows Cecilia, but Cecilia has not added Aino.
    c_at_a = a.exchange.add_contact(c.exchange.my_card()).contact.id
    a.exchange.verify_contact(c_at_a, a.exchange.contact(c_at_a).safety_number)
    p = rich_participant(a)
    assert p.id is not None
    _consent(a, p.id, c_at_a)
    out = tmp_path / "to-c.exitbundle"
    a.exchange.export(p.id, c_at_a, out)
    assert isinstance(_refused(c, out.read_bytes()), UnknownSenderError)
    c.exchange.add_contact(a.exchange.my_card())
    assert "not verified" in str(_refused(c, out.read_bytes()))


def test_a_replayed_bundle_is_refused(sent) -> None:  # type: ignore[no-untyped-def]
    _, b, _, _, _, data = sent
    b.exchange.import_bundle(data)
    assert "already imported" in str(_refused(b, data))


def test_a_sequence_going_backwards_is_refused(sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _, _, b_at_a, first = sent
    other = a.session.add_participant("Susi", birth_year=1985, parties=WORKING_WITH)
    assert other.id is not None
    _consent(a, other.id, b_at_a)
    later = tmp_path / "later.exitbundle"
    a.exchange.export(other.id, b_at_a, later)
    b.exchange.import_bundle(later.read_bytes())
    assert "older than one already imported" in str(_refused(b, first))


def test_expired_and_not_yet_valid_bundles_are_refused(sent, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    _, b, _, _, _, data = sent
    clock.advance(timedelta(days=15))  # bundles live 14 days
    assert isinstance(_refused(b, data), OutsideTimeWindowError)
    clock.advance(timedelta(days=-16))  # before it was made
    assert isinstance(_refused(b, data), OutsideTimeWindowError)


def test_an_expired_consent_is_refused(sent, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    _, b, _, _, _, data = sent
    clock.advance(timedelta(days=4))  # the consent lasted 3 days, the bundle 14
    assert isinstance(_refused(b, data), ConsentRefusedError)


def test_a_consent_not_naming_the_recipient_cannot_even_be_built(sent) -> None:  # type: ignore[no-untyped-def]
    """The import side refuses such a bundle (tests/exchange covers crafted containers); here
    the last line of defence on the sending side: Bertta's consent cannot go to Cecilia."""
    from exitdesk.app.exchange import case_records
    from exitdesk.app.exchange.consent import signed_consent as _signed_consent
    from exitdesk.app.session import Repos

    a, _, c, p, _, _ = sent
    befriend(a, c)
    with a.session.vault.reading() as conn:
        repos = Repos.over(conn, a.session.clock)
        consent = repos.consents.list_for_participant(p.id)[0]
        signed = _signed_consent(repos, consent)
        records = case_records(repos, repos.participants.get(p.id), [DataCategory.IDENTITY])
    cecilia = c.exchange.identity().public
    with pytest.raises(ConsentScopeError, match="does not name"):
        build_bundle(
            a.exchange.identity(), [cecilia], BundleKind.CASE_TRANSFER, records,
            consent=signed, withdrawal=None, sequences={cecilia.fingerprint: 1},
            participant_uid=p.uid, clock=a.session.clock,
        )  # fmt: skip


def test_an_oversized_file_is_refused_before_reading(sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, b, _, _, _, _ = sent
    from exitdesk.cli.exchange_commands import read_bundle

    huge = tmp_path / "huge.exitbundle"
    with huge.open("wb") as f:
        f.truncate(64 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputError, match="too large"):
        read_bundle(huge)
    _refused(b, b"age-encryption.org/v1\n" + b"x" * (33 * 1024 * 1024))


def _signed_for(a: Party, participant_id: int):  # type: ignore[no-untyped-def]
    from exitdesk.app.exchange.consent import signed_consent as _signed_consent
    from exitdesk.app.session import Repos

    with a.session.vault.reading() as conn:
        repos = Repos.over(conn, a.session.clock)
        consent = repos.consents.list_for_participant(participant_id)[0]
        records = case_records(
            repos, repos.participants.get(participant_id), [DataCategory.IDENTITY]
        )
        return consent, _signed_consent(repos, consent), records


def test_a_withdrawal_relayed_by_someone_else_deletes_nothing(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Only the party the data came from may have it purged, even if the relay is verified."""
    a, b, c = trio
    b_at_a, _ = befriend(a, b)
    befriend(b, c)
    p = rich_participant(a)
    assert p.id is not None
    _consent(a, p.id, b_at_a)
    bundle = tmp_path / "1.exitbundle"
    a.exchange.export(p.id, b_at_a, bundle)
    b.exchange.import_bundle(bundle.read_bytes())

    consent, signed, _ = _signed_for(a, p.id)
    cecilia = c.exchange.identity()
    forged = sign_withdrawal(
        Withdrawal(consent_uid=consent.uid, participant_uid=p.uid,
                   withdrawn_at=a.session.clock(), recorded_by="Cecilia"), cecilia,
    )  # fmt: skip
    bertta = b.exchange.identity().public
    data = build_bundle(
        cecilia, [bertta], BundleKind.CONSENT_WITHDRAWAL, [], consent=signed, withdrawal=forged,
        sequences={bertta.fingerprint: 1}, participant_uid=p.uid, clock=a.session.clock,
    )  # fmt: skip
    assert "did not send you data" in str(_refused(b, data))
    assert b.session.count(ParticipantQuery()) == 1


def test_a_consent_witnessed_by_an_unverified_contact_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    a, b, c = trio
    befriend(b, c)
    # Aino knows and verified Bertta; Bertta added Aino's card but never verified it. Cecilia
    # relays a case under the consent Aino witnessed.
    b_at_a = a.exchange.add_contact(b.exchange.my_card()).contact.id
    a.exchange.verify_contact(b_at_a, a.exchange.contact(b_at_a).safety_number)
    b.exchange.add_contact(a.exchange.my_card())
    p = rich_participant(a)
    assert p.id is not None
    _consent(a, p.id, b_at_a)
    _, signed, records = _signed_for(a, p.id)
    bertta = b.exchange.identity().public
    data = build_bundle(
        c.exchange.identity(), [bertta], BundleKind.CASE_TRANSFER, records, consent=signed,
        withdrawal=None, sequences={bertta.fingerprint: 1}, participant_uid=p.uid,
        clock=a.session.clock,
    )  # fmt: skip
    assert "witnessed by a contact you have not verified" in str(_refused(b, data))


def test_a_termination_notice_ends_participation_on_the_other_side(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from exitdesk.domain import EndedBy, LifecycleState

    a, b, _ = trio
    p, b_at_a, pid = _transferred(a, b, tmp_path)

    with pytest.raises(InputError, match="has not ended"):
        a.exchange.send_termination_notice(p.id, b_at_a, tmp_path / "early.exitbundle")
    a.session.change_lifecycle(p.id, LifecycleState.ENDED, EndedBy(party_id="fi-rise"))
    notice = tmp_path / "ended.exitbundle"
    result = a.exchange.send_termination_notice(p.id, b_at_a, notice)
    assert result.kind is BundleKind.TERMINATION_NOTICE

    b.exchange.import_bundle(notice.read_bytes())
    ended = b.session.participant(pid)
    assert ended.state is LifecycleState.ENDED
    assert ended.history[-1].ended_by == EndedBy(party_id="fi-rise")
    assert [h.kind for h in b.exchange.history(pid)] == ["case_transfer", "termination_notice"]


def test_a_termination_notice_that_does_not_say_ended_is_refused(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from exitdesk.app.exchange import lifecycle_record
    from exitdesk.app.exchange.consent import signed_consent as _signed_consent
    from exitdesk.app.session import Repos

    a, b, _ = trio
    b_at_a, _ = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _consent(a, p.id, b_at_a)
    first = tmp_path / "1.exitbundle"
    a.exchange.export(p.id, b_at_a, first)
    b.exchange.import_bundle(first.read_bytes())
    with a.session.vault.reading() as conn:
        repos = Repos.over(conn, a.session.clock)
        consent = repos.consents.list_for_participant(p.id)[0]
        signed = _signed_consent(repos, consent)
        still_open = lifecycle_record(repos.participants.get(p.id))
    bertta = b.exchange.identity().public
    data = build_bundle(
        a.exchange.identity(), [bertta], BundleKind.TERMINATION_NOTICE, [still_open],
        consent=signed, withdrawal=None, sequences={bertta.fingerprint: 2},
        participant_uid=p.uid, clock=a.session.clock,
    )  # fmt: skip
    assert "does not say that participation ended" in str(_refused(b, data))


def test_a_revoked_contact_can_neither_receive_nor_send(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = trio
    b_at_a, a_at_b = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    _consent(a, p.id, b_at_a)
    bundle = tmp_path / "1.exitbundle"
    a.exchange.export(p.id, b_at_a, bundle)

    assert b.exchange.revoke_contact(a_at_b).revoked
    assert isinstance(_refused(b, bundle.read_bytes()), UnknownSenderError)

    a.exchange.revoke_contact(b_at_a)
    a.session.add_meeting(Meeting(participant_id=p.id, on=date(2026, 11, 3), summary="More"))
    with pytest.raises(InputError, match="revoked"):
        a.exchange.export(p.id, b_at_a, tmp_path / "2.exitbundle")
