"""The caseload hand-over's preview: for each case, whether it would go to the colleague or stay
here and why, by the very checks the hand-over itself makes, without writing anything."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from exitdesk.domain import FixedClock
from tests.app.conftest import MakeParty, Party, befriend, rich_participant
from tests.app.test_notices_and_handover import _grant


def _mixed(make_party: MakeParty, clock: FixedClock) -> tuple[Party, int, dict[str, int]]:
    """Aino's caseload for Bertta: two consented adults, one without any consent, one whose
    consent names Cecilia only, one corrected to a minor after her consent (no guardian's),
    and one already handed over. Returns Aino, Bertta's id at Aino and the ids by role."""
    a = make_party("Aino", "fi-rise")
    b = make_party("Bertta", "fi-krp")
    c = make_party("Cecilia", "fi-aggredi")
    b_at_a, _ = befriend(a, b)
    c_at_a, _ = befriend(a, c)
    ids: dict[str, int] = {}
    for role in ("adult", "adult2", "none", "other", "minor", "gone"):
        p = rich_participant(a, meetings=2)
        assert p.id is not None
        ids[role] = p.id
        if role == "other":
            _grant(a, p.id, [c_at_a])
        elif role != "none":
            _grant(a, p.id, [b_at_a])
        clock.advance(timedelta(seconds=1))
    minor = a.session.participant(ids["minor"])
    year = a.session.clock().year - 16
    a.session.update_participant(minor.model_copy(update={"birth_year": year}))
    a.exchange.send_handover(ids["gone"], b_at_a, a.directory.parent / "earlier.exitbundle")
    return a, b_at_a, ids


def test_the_preview_and_the_send_agree_on_which_cases_go_and_why_the_others_stay(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    a, b_at_a, ids = _mixed(make_party, clock)

    preview = a.exchange.preview_caseload(b_at_a)

    assert [c.participant_id for c in preview.going] == [ids["adult"], ids["adult2"]]
    assert all(c.alias == "Kettu" and c.records > 0 for c in preview.going)
    staying = {c.participant_id: str(c.reason) for c in preview.staying}
    assert list(staying) == [ids["none"], ids["other"], ids["minor"], ids["gone"]]
    assert "no live consent" in staying[ids["none"]]
    assert "no live consent" in staying[ids["other"]]
    assert "under 18" in staying[ids["minor"]]
    assert "already handed over" in staying[ids["gone"]]

    folder = tmp_path / "caseload"
    folder.mkdir()
    done = a.exchange.send_caseload(b_at_a, folder)

    assert [(pid, sent.preview.total) for pid, sent in done.sent] == [
        (c.participant_id, c.records) for c in preview.going
    ]
    assert {pid: str(exc) for pid, exc in done.not_sent} == staying
    assert preview.records == sum(sent.preview.total for _, sent in done.sent)


def test_the_preview_writes_nothing(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    a, b_at_a, _ = _mixed(make_party, clock)
    before = a.dump()  # every table: cases, hand-over log, bundle log, the audit chain, meta
    audit_before = len(a.session.audit_entries())
    files_before = sorted(tmp_path.rglob("*"))

    a.exchange.preview_caseload(b_at_a)

    assert a.dump() == before
    assert len(a.session.audit_entries()) == audit_before
    assert sorted(tmp_path.rglob("*")) == files_before


def test_only_the_cases_asked_for_each_once_and_an_unknown_one_stays_with_its_reason(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    a, b_at_a, ids = _mixed(make_party, clock)
    wanted = [ids["adult"], ids["none"], ids["adult"], 9999]

    preview = a.exchange.preview_caseload(b_at_a, wanted)

    assert [c.participant_id for c in preview.going] == [ids["adult"]]
    assert [(c.participant_id, c.alias) for c in preview.staying] == [
        (ids["none"], "Kettu"),
        (9999, None),
    ]
    assert "no participant 9999" in str(preview.staying[1].reason)
    folder = tmp_path / "caseload"
    folder.mkdir()
    done = a.exchange.send_caseload(b_at_a, folder, wanted)
    # A case named twice is handed over once, not refused as already handed over.
    assert [pid for pid, _ in done.sent] == [ids["adult"]]
    assert [pid for pid, _ in done.not_sent] == [ids["none"], 9999]
    assert len(list(folder.iterdir())) == 1


def test_an_unverified_contact_keeps_every_case_with_the_same_reason_as_the_send(
    make_party: MakeParty, tmp_path: Path
) -> None:
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, _ = befriend(a, b, verify=False)
    p = rich_participant(a)
    assert p.id is not None

    preview = a.exchange.preview_caseload(b_at_a)

    assert preview.going == ()
    (kept,) = preview.staying
    folder = tmp_path / "caseload"
    folder.mkdir()
    done = a.exchange.send_caseload(b_at_a, folder)
    assert [(pid, str(exc)) for pid, exc in done.not_sent] == [(p.id, str(kept.reason))]
    assert list(folder.iterdir()) == []
