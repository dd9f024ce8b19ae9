"""Case records survive a round trip through a real SQLCipher vault, and deletion is real."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from exitdesk.domain import (
    Consent,
    ConsentMethod,
    ConsentRecipient,
    DataCategory,
    DomainError,
    EndedBy,
    FixedClock,
    Goal,
    LifecycleState,
    LifeDomain,
    Meeting,
    MeetingMethod,
    MeetingMode,
    Note,
    Participant,
    PersonAtRisk,
    PlanAction,
    PlanStatus,
    ProgressRating,
    Relation,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
    TransitionError,
)
from exitdesk.domain.views import ParticipantQuery, ParticipantSort
from exitdesk.vault.db import migrate, open_database, transaction
from exitdesk.vault.repositories import (
    ConsentRepository,
    GoalRepository,
    MeetingRepository,
    NoteRepository,
    ParticipantRepository,
    RecordNotFoundError,
    SafetyRepository,
    sort_key,
)

START = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Any]:
    connection = open_database(tmp_path / "vault.db", os.urandom(32))
    migrate(connection)
    yield connection
    connection.close()


def _participant(alias: str = "Lumi", **fields: Any) -> Participant:
    return Participant(alias=alias, **fields)


def test_participant_round_trip_keeps_every_field(conn: Any, clock: FixedClock) -> None:
    repo = ParticipantRepository(conn, clock)
    original = Participant(
        alias="Karhu",
        legal_name="Mikko Mäkinen",
        birth_year=1991,
        contact="+358 40 123 4567",
        institution="Riihimäki Prison",
        release_date=date(2025, 9, 30),
        parties=frozenset({"fi-rise", "fi-aggredi"}),
    ).transition(LifecycleState.ASSESSMENT, clock)
    with transaction(conn):
        stored = repo.add(original)
    assert stored.id is not None
    assert stored.created_at == START and stored.updated_at == START
    assert repo.get(stored.id) == stored
    assert repo.get_by_uid(original.uid) == stored
    assert repo.get(stored.id + 1000) is None


def test_transition_is_checked_and_history_kept(conn: Any, clock: FixedClock) -> None:
    repo = ParticipantRepository(conn, clock)
    pid = repo.add(_participant()).id
    assert pid is not None
    clock.advance(timedelta(days=3))
    repo.record_transition(pid, LifecycleState.ASSESSMENT)
    with pytest.raises(TransitionError):
        repo.record_transition(pid, LifecycleState.AFTER_RELEASE)
    clock.advance(timedelta(days=3))
    ended = repo.record_transition(pid, LifecycleState.ENDED, ended_by=EndedBy(party_id="fi-krp"))
    loaded = repo.get(pid)
    assert loaded == ended
    assert [e.state for e in loaded.history] == [LifecycleState.ASSESSMENT, LifecycleState.ENDED]
    assert loaded.history[-1].ended_by == EndedBy(party_id="fi-krp")
    assert loaded.history[-1].at == START + timedelta(days=6)


def test_update_saves_fields_and_parties_but_not_lifecycle(conn: Any, clock: FixedClock) -> None:
    repo = ParticipantRepository(conn, clock)
    stored = repo.add(_participant(parties=frozenset({"fi-rise"})))
    clock.advance(timedelta(hours=1))
    changed = stored.model_copy(
        update={"alias": "Revontuli", "parties": frozenset({"fi-krp", "fi-aggredi"})}
    )
    repo.update(changed)
    loaded = repo.get(stored.id or 0)
    assert loaded is not None
    assert loaded.alias == "Revontuli"
    assert loaded.parties == {"fi-krp", "fi-aggredi"}
    assert loaded.updated_at == START + timedelta(hours=1)
    with pytest.raises(ValueError, match="record_transition"):
        repo.update(loaded.model_copy(update={"state": LifecycleState.ACTIVE}))
    repo.set_parties(loaded.id or 0, ["fi-rise"])
    assert repo.get(loaded.id or 0).parties == {"fi-rise"}  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="unknown party"):
        repo.set_parties(loaded.id or 0, ["xx-nobody"])
    with pytest.raises(RecordNotFoundError):
        repo.update(changed.model_copy(update={"id": 999}))


def test_naive_times_are_refused(conn: Any) -> None:
    repo = ParticipantRepository(conn, lambda: datetime(2025, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        repo.add(_participant())


def test_note_round_trip_update_and_expiry(conn: Any, clock: FixedClock) -> None:
    pid = ParticipantRepository(conn, clock).add(_participant()).id
    notes = NoteRepository(conn, clock)
    kept = notes.add(Note(participant_id=pid, text="Asunto löytyi Tampereelta.", created_at=START))
    expiring = notes.add(
        Note(
            participant_id=pid,
            text="Call back about the bus card.",
            created_at=START + timedelta(minutes=1),
            expires_at=START + timedelta(days=1),
        )
    )
    assert notes.get(kept.id or 0) == kept
    assert notes.list_for_participant(pid or 0) == [kept, expiring]
    notes.update(kept.model_copy(update={"text": "Asunto löytyi Turusta."}))
    assert notes.get(kept.id or 0).text == "Asunto löytyi Turusta."  # type: ignore[union-attr]
    assert notes.purge_expired() == 0
    clock.advance(timedelta(days=2))
    assert notes.purge_expired() == 1
    assert notes.count_for_participant(pid or 0) == 1


def test_goal_round_trip_with_actions_and_ratings(conn: Any, clock: FixedClock) -> None:
    pid = ParticipantRepository(conn, clock).add(_participant()).id
    goals = GoalRepository(conn, clock)
    goal = Goal(
        participant_id=pid,
        domain=LifeDomain.HOUSING,
        description="A rented flat of his own after release",
        owner_party_id="fi-rise",
        status=PlanStatus.IN_PROGRESS,
        actions=(
            PlanAction(
                description="Housing application", owner_party_id="fi-rise", due=date(2025, 4, 1)
            ),
            PlanAction(description="Visit the flat", owner_party_id="fi-aggredi"),
        ),
        ratings=(
            ProgressRating(on=date(2025, 1, 5), score=2),
            ProgressRating(on=date(2025, 2, 5), score=5),
        ),
    )
    stored = goals.add(goal)
    assert goals.get(stored.id or 0) == stored
    rated = stored.rated(ProgressRating(on=date(2025, 3, 1), score=7))
    goals.update(rated.model_copy(update={"actions": rated.actions[:1]}))
    loaded = goals.get(stored.id or 0)
    assert loaded is not None
    assert [r.score for r in loaded.ratings] == [2, 5, 7]
    assert len(loaded.actions) == 1
    assert goals.list_for_participant(pid or 0) == [loaded]


def test_meetings_list_newest_first_and_count(conn: Any, clock: FixedClock) -> None:
    pid = ParticipantRepository(conn, clock).add(_participant()).id
    meetings = MeetingRepository(conn, clock)
    first = meetings.add(
        Meeting(
            participant_id=pid,
            on=date(2025, 1, 10),
            mode=MeetingMode.PHONE,
            method=MeetingMethod.REFLECTIVE,
            summary="Talked about the first week outside.",
            next_steps="Meet at the probation office.",
        )
    )
    meetings.add_many(
        Meeting(
            participant_id=pid, on=date(2025, 1, 10) + timedelta(days=7 * i), summary=f"week {i}"
        )
        for i in range(1, 6)
    )
    assert meetings.get(first.id or 0) == first
    assert meetings.count_for_participant(pid or 0) == 6
    page = meetings.list_for_participant(pid or 0, limit=2)
    assert [m.summary for m in page] == ["week 5", "week 4"]
    oldest = meetings.list_for_participant(pid or 0, newest_first=False, limit=1)
    assert oldest == [first]


def test_safety_latest_assessment_drives_the_urgent_flag(conn: Any, clock: FixedClock) -> None:
    participants = ParticipantRepository(conn, clock)
    pid = participants.add(_participant()).id or 0
    safety = SafetyRepository(conn, clock)
    first = safety.add(
        SafetyAssessment(
            participant_id=pid,
            assessed_on=date(2025, 1, 1),
            level=SafetyLevel.CRITICAL,
            urgent=True,
            review_on=date(2025, 1, 15),
            persons_at_risk=(PersonAtRisk(relation=Relation.CHILD, note="lives with mother"),),
            arrangements=(
                SecurityArrangement(
                    description="Address block in the population register",
                    owner_party_id="fi-krp",
                    due=date(2025, 1, 10),
                ),
            ),
            summary="Threats after the decision to leave.",
        )
    )
    assert safety.get(first.id or 0) == first
    assert safety.is_urgent(pid)
    [row] = participants.summaries(ParticipantQuery())
    assert row.urgent and row.safety_level is SafetyLevel.CRITICAL
    assert row.next_review == date(2025, 1, 15)

    second = safety.add(
        SafetyAssessment(participant_id=pid, assessed_on=date(2025, 2, 1), level=SafetyLevel.LOW)
    )
    assert safety.latest(pid) == second
    assert not safety.is_urgent(pid)
    assert safety.list_for_participant(pid) == [second, first]
    safety.delete(second.id or 0)
    assert safety.is_urgent(pid)
    safety.update(first.model_copy(update={"urgent": False, "arrangements": ()}))
    assert not safety.is_urgent(pid)
    assert safety.get(first.id or 0).arrangements == ()  # type: ignore[union-attr]


def _consent(participant: Participant, **fields: Any) -> Consent:
    values: dict[str, Any] = {
        "participant_uid": participant.uid,
        "recipients": (
            ConsentRecipient(party_id="fi-aggredi", label="Aggredi Helsinki"),
            ConsentRecipient(
                party_id="fi-rise", contact_fingerprint="ab" * 32, label="R. Virtanen"
            ),
        ),
        "categories": frozenset({DataCategory.PLAN, DataCategory.SAFETY}),
        "purpose": "Planning the release together",
        "valid_from": START,
        "valid_until": START + timedelta(days=365),
        "method": ConsentMethod.VERBAL_WITNESSED,
        "witness": "A. Lindqvist",
        "recorded_by": "Worker One",
        "recorded_at": START,
    }
    values.update(fields)
    return Consent(**values)


def test_consent_round_trip_withdrawal_and_signature(conn: Any, clock: FixedClock) -> None:
    person = ParticipantRepository(conn, clock).add(_participant())
    consents = ConsentRepository(conn, clock)
    stored = consents.add(_consent(person, guardian="Social services, Espoo"))
    assert stored.participant_id == person.id
    assert consents.get(stored.id or 0) == stored
    assert consents.get_by_uid(stored.uid) == stored
    assert consents.signature(stored.id or 0) is None
    consents.set_signature(stored.id or 0, b"\x01" * 64, b"payload")
    assert consents.signature(stored.id or 0) == (b"\x01" * 64, b"payload")

    clock.advance(timedelta(days=10))
    withdrawn = consents.mark_withdrawn(stored.id or 0)
    assert withdrawn.withdrawn_at == START + timedelta(days=10)
    assert consents.list_for_participant(person.id or 0) == [withdrawn]
    assert not withdrawn.is_live(clock)
    with pytest.raises(DomainError):
        consents.mark_withdrawn(stored.id or 0)


def test_consent_for_unknown_participant_is_refused(conn: Any, clock: FixedClock) -> None:
    stranger = _participant()  # never stored
    with pytest.raises(RecordNotFoundError):
        ConsentRepository(conn, clock).add(_consent(stranger))


def test_delete_cascades_to_every_record(conn: Any, clock: FixedClock) -> None:
    participants = ParticipantRepository(conn, clock)
    gone = participants.add(_participant("Gone", parties=frozenset({"fi-rise"})))
    stays = participants.add(_participant("Stays"))
    for person in (gone, stays):
        pid = person.id
        NoteRepository(conn, clock).add(Note(participant_id=pid, text="note", created_at=START))
        MeetingRepository(conn, clock).add(Meeting(participant_id=pid, on=date(2025, 1, 1)))
        GoalRepository(conn, clock).add(
            Goal(
                participant_id=pid,
                domain=LifeDomain.HEALTH,
                description="Sleep",
                owner_party_id="fi-rise",
                actions=(PlanAction(description="Doctor", owner_party_id="fi-rise"),),
                ratings=(ProgressRating(on=date(2025, 1, 1), score=3),),
            )
        )
        SafetyRepository(conn, clock).add(
            SafetyAssessment(
                participant_id=pid,
                assessed_on=date(2025, 1, 1),
                level=SafetyLevel.HIGH,
                persons_at_risk=(PersonAtRisk(relation=Relation.PARTNER),),
                arrangements=(SecurityArrangement(description="Alarm", owner_party_id="fi-krp"),),
            )
        )
        ConsentRepository(conn, clock).add(_consent(person))
    participants.record_transition(gone.id or 0, LifecycleState.ASSESSMENT)

    assert participants.delete(gone.id or 0)
    assert not participants.delete(gone.id or 0)
    tables = [
        "participants",
        "participant_parties",
        "participant_events",
        "notes",
        "meetings",
        "goals",
        "goal_actions",
        "goal_ratings",
        "safety_assessments",
        "safety_persons_at_risk",
        "safety_arrangements",
        "consents",
        "consent_recipients",
        "consent_categories",
    ]
    remaining = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    # Everything of "Stays" is still there (one of each, two recipients and two categories),
    # nothing of "Gone" (who had the only party row and the only lifecycle event).
    assert remaining == {
        "participants": 1,
        "participant_parties": 0,
        "participant_events": 0,
        "notes": 1,
        "meetings": 1,
        "goals": 1,
        "goal_actions": 1,
        "goal_ratings": 1,
        "safety_assessments": 1,
        "safety_persons_at_risk": 1,
        "safety_arrangements": 1,
        "consents": 1,
        "consent_recipients": 2,
        "consent_categories": 2,
    }


def _fill(conn: Any, clock: FixedClock) -> list[Participant]:
    repo = ParticipantRepository(conn, clock)
    safety = SafetyRepository(conn, clock)
    people: list[Participant] = []
    states = list(LifecycleState)
    parties = ["fi-rise", "fi-aggredi", "fi-krp"]
    for i in range(60):
        clock.advance(timedelta(minutes=1))
        person = Participant(
            alias=f"Alias {i:02d}",
            legal_name=None if i % 5 == 0 else f"Name {59 - i:02d}",
            birth_year=1970 + i % 30,
            parties=frozenset({parties[i % 3]}),
        )
        state = states[i % 5]
        path = [LifecycleState.ASSESSMENT, LifecycleState.ACTIVE, LifecycleState.AFTER_RELEASE]
        for step in path[: min(states.index(state), 3)]:
            person = person.transition(step, clock)
        if state is LifecycleState.ENDED:
            person = person.transition(LifecycleState.ENDED, clock, EndedBy(participant=True))
        stored = repo.add(person)
        if i % 7 == 0:
            safety.add(
                SafetyAssessment(
                    participant_id=stored.id,
                    assessed_on=date(2025, 1, 1),
                    level=SafetyLevel.CRITICAL,
                    urgent=True,
                )
            )
        people.append(stored)
    return people


def test_summaries_page_sort_and_filter_agree_with_count(conn: Any, clock: FixedClock) -> None:
    people = _fill(conn, clock)
    repo = ParticipantRepository(conn, clock)
    everyone = ParticipantQuery(limit=25)
    assert repo.count(everyone) == 60
    pages = [repo.summaries(everyone.page(n)) for n in range(3)]
    assert [len(p) for p in pages] == [25, 25, 10]
    aliases = [row.alias for page in pages for row in page]
    assert aliases == sorted(p.alias for p in people)

    backwards = repo.summaries(ParticipantQuery(limit=1000, descending=True))
    assert [r.alias for r in backwards] == aliases[::-1]

    by_name = repo.summaries(ParticipantQuery(sort=ParticipantSort.LEGAL_NAME, limit=1000))
    names = [r.legal_name for r in by_name]
    assert names[:48] == sorted(n for n in names if n is not None)
    assert names[48:] == [None] * 12  # no legal name: last
    by_name_desc = repo.summaries(
        ParticipantQuery(sort=ParticipantSort.LEGAL_NAME, descending=True, limit=1000)
    )
    assert [r.legal_name for r in by_name_desc] == names[47::-1] + [None] * 12

    for states in ({LifecycleState.ACTIVE}, {LifecycleState.ENQUIRY, LifecycleState.ENDED}):
        query = ParticipantQuery(states=frozenset(states), limit=1000)
        rows = repo.summaries(query)
        assert {r.state for r in rows} == states
        assert len(rows) == repo.count(query) == sum(p.state in states for p in people)

    query = ParticipantQuery(parties=frozenset({"fi-krp"}), limit=1000)
    rows = repo.summaries(query)
    assert len(rows) == repo.count(query) == 20
    assert all(r.parties == ("fi-krp",) for r in rows)

    urgent = ParticipantQuery(urgent_only=True, states=frozenset({LifecycleState.ENQUIRY}))
    rows = repo.summaries(urgent)
    assert len(rows) == repo.count(urgent) == len([i for i in range(60) if i % 35 == 0])
    assert all(r.urgent for r in rows)

    by_safety = repo.summaries(ParticipantQuery(sort=ParticipantSort.SAFETY, descending=True))
    assert [r.urgent for r in by_safety[:9]] == [True] * 9
    assert not by_safety[9].urgent


def test_sort_key_orders_nordic_letters_after_z() -> None:
    names = ["Öberg", "Aalto", "Åberg", "Zetterberg", "ähtäri", "Élise", "Eklund"]
    assert sorted(names, key=sort_key) == [
        "Aalto",
        "Eklund",
        "Élise",
        "Zetterberg",
        "Åberg",
        "ähtäri",
        "Öberg",
    ]
