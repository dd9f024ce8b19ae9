"""The participant's access report: every record with its origin, every share, consent,
withdrawal and purge of that participant, and nothing of anyone else."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from exitdesk.app.access_report import Held, access_report
from exitdesk.app.errors import NotFoundError
from exitdesk.domain import ConsentMethod, DataCategory, FixedClock, Meeting, ProgressRating
from tests.app.conftest import (
    DISTINCTIVE,
    WORKING_WITH,
    MakeParty,
    Party,
    befriend,
    rich_participant,
    start_active_support,
)

OTHER = "Plokijuhygå Mnbvcxzlkj"
OTHER_MEETING = "Ylläpitotapaaminen Ösregnsdag"
CATEGORIES = [DataCategory.IDENTITY, DataCategory.STATUS, DataCategory.PLAN, DataCategory.MEETINGS]


def _grant(party: Party, participant_id: int, contact_id: int) -> int:
    consent = party.exchange.grant_consent(
        participant_id,
        contact_ids=[contact_id],
        categories=CATEGORIES,
        purpose="continuing support after release",
        days=30,
        method=ConsentMethod.PAPER_FORM,
    )
    assert consent.id is not None
    return consent.id


@pytest.fixture
def world(make_party: MakeParty, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Aino shares Kettu with Bertta and Cecilia, withdraws Cecilia's consent (acknowledged),
    and shares another participant, Ilves, with Cecilia too."""
    a, b, c = (
        make_party("Aino", "fi-rise"),
        # Not Aggredi: Bertta keeps a legal name and a meeting summary of her own.
        make_party("Bertta", "fi-krp"),
        make_party("Cecilia", "fi-krp"),
    )
    b_at_a, _ = befriend(a, b)
    c_at_a, _ = befriend(a, c)
    kettu = rich_participant(a)
    assert kettu.id is not None
    _grant(a, kettu.id, b_at_a)
    to_c = _grant(a, kettu.id, c_at_a)
    a.exchange.export(kettu.id, b_at_a, tmp_path / "b.bundle")
    a.exchange.export(kettu.id, c_at_a, tmp_path / "c.bundle")
    at_b = b.exchange.import_bundle((tmp_path / "b.bundle").read_bytes()).participant_id
    c.exchange.import_bundle((tmp_path / "c.bundle").read_bytes())
    a.exchange.withdraw_consent(to_c, tmp_path / "w.bundle")
    purge = c.exchange.import_bundle((tmp_path / "w.bundle").read_bytes())
    assert purge.acknowledgement is not None
    a.exchange.import_bundle(purge.acknowledgement)

    ilves = a.session.add_participant(
        "Ilves", legal_name=OTHER, birth_year=1988, parties=WORKING_WITH
    )
    assert ilves.id is not None
    a.session.add_meeting(Meeting(participant_id=ilves.id, on=date(2026, 10, 5),
                                  summary=OTHER_MEETING))  # fmt: skip
    _grant(a, ilves.id, c_at_a)
    a.exchange.export(ilves.id, c_at_a, tmp_path / "ilves.bundle")
    c.exchange.import_bundle((tmp_path / "ilves.bundle").read_bytes())

    # Bertta adds her own meeting to the case she received, and has a participant of her own.
    assert at_b is not None
    b.session.add_meeting(Meeting(participant_id=at_b, on=date(2026, 11, 1), summary="Own talk"))
    b.session.add_participant("Ilves", legal_name=OTHER)
    return a, b, kettu, ilves, at_b


def _text(report: object) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False)  # type: ignore[attr-defined]


def test_the_sender_s_report_lists_every_share_and_nothing_of_anyone_else(world) -> None:  # type: ignore[no-untyped-def]
    a, _b, kettu, ilves, _ = world
    report = access_report(a.session, kettu.id)
    assert report.participant.record.legal_name == DISTINCTIVE
    assert report.participant.received == ()
    assert all(h.received == () for h in (*report.goals, *report.meetings, *report.safety))
    assert len(report.meetings) == 3 and len(report.goals) == 1 and len(report.safety) == 1
    shares = [(s.recipient, s.kind, s.records, s.categories) for s in report.shares]
    assert shares == [
        ("Bertta", "case_transfer", 6, ("identity", "meetings", "plan", "status")),
        ("Cecilia", "case_transfer", 6, ("identity", "meetings", "plan", "status")),
    ]
    assert len(report.consents) == 2
    assert [c.record.withdrawn_at is not None for c in report.consents].count(True) == 1
    assert [(w.recipient, w.acknowledged_at is not None) for w in report.withdrawals] == [
        ("Cecilia", True)
    ]
    text = _text(report)
    assert OTHER not in text and OTHER_MEETING not in text and str(ilves.uid) not in text
    assert "report.access" in [e.action for e in a.session.audit_entries()]


def test_the_receiver_s_report_names_the_sender_and_consent_of_every_received_record(world) -> None:  # type: ignore[no-untyped-def]
    _a, b, kettu, _ilves, at_b = world
    report = access_report(b.session, at_b)
    consent_uids = {str(c.record.uid) for c in report.consents}
    assert len(consent_uids) == 1
    received = [report.participant, *report.goals, *report.consents]
    received += [m for m in report.meetings if m.record.summary != "Own talk"]
    assert len(received) == 1 + 1 + 1 + 3
    for item in received:
        [receipt] = item.received
        assert (receipt.sender, receipt.sender_party) == ("Aino", "fi-rise")
        assert receipt.consent_uid in consent_uids
    assert len(report.lifecycle_received) == 1
    own = [m for m in report.meetings if m.received == ()]
    assert [m.record.summary for m in own] == ["Own talk"]
    assert report.shares == ()
    assert report.participant.record.uid == kettu.uid
    text = _text(report)
    assert OTHER not in text and OTHER_MEETING not in text


def test_an_unknown_participant_is_a_plain_refusal(world) -> None:  # type: ignore[no-untyped-def]
    a = world[0]
    with pytest.raises(NotFoundError):
        access_report(a.session, 999)


def test_a_record_received_under_two_consents_shows_both_receipts_until_one_is_withdrawn(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    """Aino shares Kettu with Bertta under one consent, then under a newer one sends the
    changed participant, plan and status: Bertta holds those under both consents, and the
    report says so; after the first is withdrawn it names only the one that still keeps them."""
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, _ = befriend(a, b)
    kettu = rich_participant(a)
    assert kettu.id is not None
    first = _grant(a, kettu.id, b_at_a)
    a.exchange.export(kettu.id, b_at_a, tmp_path / "1.bundle")
    at_b = b.exchange.import_bundle((tmp_path / "1.bundle").read_bytes()).participant_id
    assert at_b is not None
    clock.advance(timedelta(days=1))
    second = _grant(a, kettu.id, b_at_a)
    a.session.update_participant(
        a.session.participant(kettu.id).model_copy(update={"contact": "040 123 4567"})
    )
    goal_id = a.session.goals(kettu.id)[0].id
    assert goal_id is not None
    a.session.rate_goal(goal_id, ProgressRating(on=date(2026, 11, 20), score=5))
    start_active_support(a, kettu.id)
    a.exchange.export(kettu.id, b_at_a, tmp_path / "2.bundle")
    b.exchange.import_bundle((tmp_path / "2.bundle").read_bytes())
    by_id = {c.id: str(c.uid) for c in a.session.consents(kettu.id)}
    first_uid, second_uid = by_id[first], by_id[second]

    def receipts(held: Held[Any]) -> list[tuple[str, str]]:
        return [(r.sender, r.consent_uid) for r in held.received]

    report = access_report(b.session, at_b)
    both = [("Aino", first_uid), ("Aino", second_uid)]
    assert receipts(report.participant) == both
    assert [receipts(g) for g in report.goals] == [both]
    assert [(r.sender, r.consent_uid) for r in report.lifecycle_received] == both
    assert [receipts(m) for m in report.meetings] == [[("Aino", first_uid)]] * 3
    shown = report.to_json()["participant"]
    assert [r["consent_uid"] for r in shown["receipts"]] == [first_uid, second_uid]
    assert shown["received"] == shown["receipts"][0]

    a.exchange.withdraw_consent(first, tmp_path / "w.bundle")
    b.exchange.import_bundle((tmp_path / "w.bundle").read_bytes())
    report = access_report(b.session, at_b)
    remaining = [("Aino", second_uid)]
    assert receipts(report.participant) == remaining
    assert [receipts(g) for g in report.goals] == [remaining]
    assert [(r.sender, r.consent_uid) for r in report.lifecycle_received] == remaining
    assert report.meetings == ()
    assert [str(c.record.uid) for c in report.consents] == [second_uid]
    shown = report.to_json()["participant"]
    assert [r["consent_uid"] for r in shown["receipts"]] == [second_uid]
    assert shown["received"]["consent_uid"] == second_uid
