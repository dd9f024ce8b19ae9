"""The programme's rules in the services: the data policy for local writes and imports (proved
on the decrypted pages), enquiries, the target group and who may end participation."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from exitdesk.app.errors import PolicyError
from exitdesk.domain import (
    ConsentMethod,
    DataCategory,
    EndedBy,
    FixedClock,
    LifecycleState,
    Meeting,
    PersonAtRisk,
    Relation,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
    TransitionError,
)
from exitdesk.domain.policy import PolicyField
from exitdesk.domain.target_group import NeedsSupport, TargetGroupAssessment, WantsToLeave
from tests.app.conftest import MakeParty, befriend
from tests.support.vault_pages import pages_with

NAME = "Kanarialegal Nimi-7Q3Z"
PHONE = "+358 40 7777 3141"
SUMMARY = "Kanariasummary talked about Jorma Virtanen"
SAFETY = "Kanariasafety threats from the brother"
PERSON = "Kanariaperson lives nearby"
ARRANGEMENT = "Kanariaarrangement move to Tampere"
CANARIES = (NAME, PHONE, SUMMARY, SAFETY, PERSON, ARRANGEMENT)


def test_an_aggredi_vault_refuses_what_its_policy_does_not_keep(make_party: MakeParty) -> None:
    s = make_party("Bertta", "fi-aggredi").session
    with pytest.raises(PolicyError, match="legal name"):
        s.add_participant("Kettu", legal_name=NAME)
    with pytest.raises(PolicyError, match="contact details"):
        s.add_participant("Kettu", contact=PHONE)
    p = s.add_participant("Kettu", birth_year=1990)
    assert p.id is not None
    with pytest.raises(PolicyError, match="legal name"):
        s.update_participant(p.model_copy(update={"legal_name": NAME}))
    with pytest.raises(PolicyError, match="meeting summaries"):
        s.add_meeting(Meeting(participant_id=p.id, on=date(2026, 11, 1), summary=SUMMARY))
    with pytest.raises(PolicyError, match="case notes"):
        s.add_note(p.id, SUMMARY)
    for bad in (
        {"summary": SAFETY},
        {"persons_at_risk": (PersonAtRisk(relation=Relation.SIBLING, note=PERSON),)},
        {"arrangements": (SecurityArrangement(description=ARRANGEMENT, owner_party_id="fi-rise"),)},
    ):  # fmt: skip
        with pytest.raises(PolicyError):
            s.save_safety(SafetyAssessment(participant_id=p.id, assessed_on=date(2026, 11, 1),
                                           level=SafetyLevel.HIGH, **bad))  # type: ignore[arg-type]  # fmt: skip
    # What the policy keeps is still recorded: date, mode and method; level, relation and an
    # arrangement's owner and dates.
    s.add_meeting(Meeting(participant_id=p.id, on=date(2026, 11, 1)))
    s.save_safety(
        SafetyAssessment(
            participant_id=p.id, assessed_on=date(2026, 11, 1), level=SafetyLevel.HIGH,
            persons_at_risk=(PersonAtRisk(relation=Relation.SIBLING),),
            arrangements=(SecurityArrangement(owner_party_id="fi-aggredi", due=date(2026, 12, 1)),),
        )
    )  # fmt: skip
    for canary in CANARIES:
        assert pages_with(s, canary) == 0, canary


def test_an_import_into_an_aggredi_vault_leaves_out_what_its_policy_does_not_keep(
    make_party: MakeParty, tmp_path: Path
) -> None:
    a = make_party("Aino", "fi-rise")
    b = make_party("Bertta", "fi-aggredi")
    b_at_a, _ = befriend(a, b)
    s = a.session
    p = s.add_participant(
        "Kettu",
        legal_name=NAME,
        contact=PHONE,
        birth_year=1990,
        parties=frozenset({"fi-rise", "fi-aggredi"}),
    )
    assert p.id is not None
    s.add_meeting(Meeting(participant_id=p.id, on=date(2026, 11, 1), summary=SUMMARY))
    s.save_safety(
        SafetyAssessment(
            participant_id=p.id, assessed_on=date(2026, 11, 1), level=SafetyLevel.HIGH,
            summary=SAFETY, persons_at_risk=(PersonAtRisk(relation=Relation.SIBLING, note=PERSON),),
            arrangements=(SecurityArrangement(description=ARRANGEMENT, owner_party_id="fi-rise"),),
        )
    )  # fmt: skip
    a.exchange.grant_consent(
        p.id, contact_ids=[b_at_a], categories=list(DataCategory), purpose="support",
        days=30, method=ConsentMethod.PAPER_FORM,
    )  # fmt: skip
    bundle = tmp_path / "out.exitbundle"
    a.exchange.export(p.id, b_at_a, bundle)

    plan = b.exchange.preview_import(bundle.read_bytes())
    left = {f for item in plan.left_out for f in item.fields}
    assert left == set(PolicyField) - {PolicyField.NOTES, PolicyField.MEETING_NEXT_STEPS}
    assert all("not kept under this vault's data policy" in o.describe() for o in plan.left_out)
    result = b.exchange.import_bundle(bundle.read_bytes())
    assert result.participant_id is not None
    got = b.session.participant(result.participant_id)
    assert (got.legal_name, got.contact, got.birth_year) == (None, None, 1990)
    safety = b.session.safety(result.participant_id)
    assert safety is not None and safety.level is SafetyLevel.HIGH and safety.summary == ""
    assert safety.persons_at_risk[0].relation is Relation.SIBLING
    assert safety.arrangements[0].description is None
    for canary in CANARIES:
        assert pages_with(b.session, canary) == 0, canary
    # The sender's own vault keeps them (its policy does), so the scan is able to find them.
    assert pages_with(s, NAME) >= 1


def test_a_policy_is_made_stricter_only_and_the_change_is_audited(make_party: MakeParty) -> None:
    s = make_party("Aino", "fi-rise").session
    assert s.policy.current() == s.policy.preset()
    assert s.policy.current().keeps(PolicyField.LEGAL_NAME)
    stricter = s.policy.make_stricter(drop=[PolicyField.LEGAL_NAME], ended_case_days=365)
    assert not stricter.keeps(PolicyField.LEGAL_NAME) and stricter.ended_case_days == 365
    with pytest.raises(PolicyError, match="only be made stricter"):
        s.policy.make_stricter(ended_case_days=400)
    assert s.policy.current() == stricter
    with pytest.raises(PolicyError, match="legal name"):
        s.add_participant("Kettu", legal_name=NAME)
    assert len(s.audit_entries("policy.stricter")) == 1


def test_an_enquiry_holds_an_alias_and_a_contact_route_only(make_party: MakeParty) -> None:
    s = make_party("Aino", "fi-rise").session
    p = s.add_participant("Kettu")
    assert p.id is not None and p.state is LifecycleState.ENQUIRY
    with pytest.raises(PolicyError, match="enquiry holds only"):
        s.update_participant(p.model_copy(update={"birth_year": 1990}))
    with pytest.raises(PolicyError, match="enquiry holds only"):
        s.add_meeting(Meeting(participant_id=p.id, on=date(2026, 11, 1)))
    with pytest.raises(PolicyError, match="enquiry holds only"):
        s.add_note(p.id, "first call")
    assert s.participant(p.id).birth_year is None
    s.change_lifecycle(p.id, LifecycleState.ASSESSMENT)
    assessed = s.participant(p.id)
    s.update_participant(assessed.model_copy(update={"birth_year": 1990}))
    assert s.participant(p.id).birth_year == 1990


def test_active_needs_both_target_group_answers(make_party: MakeParty, clock: FixedClock) -> None:
    s = make_party("Sara", "se-socialtjanst").session
    p = s.add_participant("Räv", birth_year=2010)
    assert p.id is not None and p.state is LifecycleState.ASSESSMENT
    assert p.is_minor(clock)
    with pytest.raises(TransitionError, match="target-group"):
        s.change_lifecycle(p.id, LifecycleState.ACTIVE)
    today = clock().date()
    s.record_target_group(p.id, TargetGroupAssessment(wants_to_leave=WantsToLeave.YES,
                                                      wants_to_leave_on=today))  # fmt: skip
    with pytest.raises(TransitionError, match="target-group"):
        s.change_lifecycle(p.id, LifecycleState.ACTIVE)
    s.record_target_group(
        p.id,
        TargetGroupAssessment(
            wants_to_leave=WantsToLeave.YES, wants_to_leave_on=today,
            needs_support=NeedsSupport.YES, needs_support_by="se-socialtjanst",
            needs_support_on=today,
        ),
    )  # fmt: skip
    assert s.change_lifecycle(p.id, LifecycleState.ACTIVE).state is LifecycleState.ACTIVE
    assert len(s.audit_entries("participant.target_group")) == 2


def test_only_an_involved_party_of_the_same_programme_ends_participation(
    make_party: MakeParty, clock: FixedClock
) -> None:
    s = make_party("Aino", "fi-rise").session
    p = s.add_participant("Kettu", birth_year=1990, release_date=clock().date() + timedelta(30))
    assert p.id is not None
    with pytest.raises(TransitionError, match="another country"):
        s.change_lifecycle(p.id, LifecycleState.ENDED, EndedBy(party_id="se-polisen"))
    with pytest.raises(TransitionError, match="party they work with"):
        s.change_lifecycle(p.id, LifecycleState.ENDED, EndedBy(party_id="fi-krp"))
    today = clock().date()
    s.record_target_group(
        p.id,
        TargetGroupAssessment(
            wants_to_leave=WantsToLeave.YES, wants_to_leave_on=today,
            needs_support=NeedsSupport.YES, needs_support_by="fi-rise", needs_support_on=today,
        ),
    )  # fmt: skip
    s.change_lifecycle(p.id, LifecycleState.ACTIVE)
    with pytest.raises(TransitionError, match="release date"):
        s.change_lifecycle(p.id, LifecycleState.AFTER_RELEASE)
    corrected = s.participant(p.id).model_copy(update={"release_date": today})
    s.update_participant(corrected)
    assert (
        s.change_lifecycle(p.id, LifecycleState.AFTER_RELEASE).state is LifecycleState.AFTER_RELEASE
    )
    ended = s.change_lifecycle(p.id, LifecycleState.ENDED, EndedBy(participant=True))
    assert ended.state is LifecycleState.ENDED
    assert len(s.audit_entries("participant.lifecycle")) == 3
