"""Realistic synthetic case data for demos, screenshots and benchmarks; deterministic per seed.
Every person here is invented; nothing describes offences."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import date, datetime, timedelta
from typing import Any, TypeVar
from uuid import UUID

from exitdesk.domain.clock import Clock
from exitdesk.domain.consent import (
    Consent,
    ConsentMethod,
    ConsentRecipient,
    DataCategory,
    validate_new_consent,
)
from exitdesk.domain.meeting import Meeting, MeetingMethod, MeetingMode
from exitdesk.domain.participant import EndedBy, LifecycleState, Note, Participant
from exitdesk.domain.parties import PRESETS, Country, Party, party_by_id
from exitdesk.domain.plan import Goal, LifeDomain, PlanAction, PlanStatus, ProgressRating
from exitdesk.domain.safety import (
    PersonAtRisk,
    Relation,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
)
from exitdesk.vault.repositories import (
    ConsentRepository,
    GoalRepository,
    MeetingRepository,
    NoteRepository,
    ParticipantRepository,
    SafetyRepository,
)

Connection = Any  # a vault connection, handed in by the caller; demo runs no SQL itself

__all__ = ["DEFAULT_CHUNK", "generate_demo"]

# Participants written per batch: large enough for executemany to pay off, small enough that
# progress moves and a chunked transaction stays short.
DEFAULT_CHUNK = 500


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FINNISH_FIRST = _words(
    "Mikko Juha Timo Matti Kari Jari Antti Jukka Mika Markku Pekka Tuomas Janne Ville "
    "Sami Petri Heikki Teemu Marko Jani Lauri Joonas Aleksi Eetu Niko Otto Onni Eino "
    "Väinö Ilari Jesse Tommi Arttu Riku Henri Mathias Jere Kalle Toni Samu Anna Maria "
    "Laura Johanna Sanna Päivi Minna Hanna Emilia Aino"
)
FINNISH_LAST = _words(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen "
    "Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen "
    "Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila "
    "Savolainen Lahtinen Ahonen Hiltunen Leinonen Miettinen Pesonen Väisänen Räsänen "
    "Lindholm Kettunen Peltonen Rättö Aaltonen Manninen Hyvönen Anttila Seppälä Nurmi "
    "Pöllänen Kärkkäinen Öhman Ylönen"
)
SWEDISH_FIRST = _words(
    "Erik Lars Karl Anders Johan Per Nils Mikael Jan Hans Peter Olof Gustav Fredrik "
    "Daniel Andreas Alexander Oscar Viktor Emil Jonas Simon Marcus Niklas Henrik Mattias "
    "Björn Axel Hugo William Liam Elias Isak Ludvig Filip Adam Anton Rasmus Sebastian "
    "Kevin Sara Emma Elin Hanna Ida Linnéa Maja Åsa Malin Sofia"
)
SWEDISH_LAST = _words(
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
    "Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson "
    "Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg "
    "Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg "
    "Sjöberg Wallin Engström Eklund Danielsson Håkansson Lundin Björk Gunnarsson Holm "
    "Bergman Samuelsson Fransson Åberg"
)
# Aliases the participants pick for themselves: nature words in both languages.
ALIASES = _words(
    "Karhu Susi Ilves Kettu Haukka Korppi Sisu Tuuli Myrsky Routa Revontuli Kallio Koski "
    "Kuusi Tähti Salama Aalto Otava Pakkanen Varis Björn Varg Lo Räv Örn Korp Storm "
    "Vinter Fjäll Ek Gran Älv Stjärna Åska Sten Falk Hök Skog Norrsken Bris"
)
FINNISH_INSTITUTIONS = (
    "Helsinki Prison",
    "Riihimäki Prison",
    "Turku Prison",
    "Kylmäkoski Prison",
    "Sukeva Prison",
    "Mikkeli Prison",
    "Oulu Prison",
    "Vaasa Prison",
    "Hämeenlinna Prison",
    "Pyhäselkä Prison",
    "Kuopio Prison",
    "Vantaa Prison",
    "Kerava Prison",
    "Satakunta Prison",
    "Jokela Prison",
    "Helsinki Community Sanctions Office",
    "Tampere Community Sanctions Office",
    "Turku Community Sanctions Office",
    "Oulu Community Sanctions Office",
    "Kuopio Community Sanctions Office",
)
SWEDISH_INSTITUTIONS = (
    "Kumla Prison",
    "Hall Prison",
    "Tidaholm Prison",
    "Saltvik Prison",
    "Österåker Prison",
    "Norrtälje Prison",
    "Skänninge Prison",
    "Hällby Prison",
    "Salberga Prison",
    "Mariefred Prison",
    "Ystad Prison",
    "Hinseberg Prison",
    "Probation Office Stockholm City",
    "Probation Office Gothenburg",
    "Probation Office Malmö",
    "Probation Office Uppsala",
    "Probation Office Örebro",
)
SWEDISH_YOUTH_HOMES = ("SiS youth home Bärby", "SiS youth home Lövsta", "SiS youth home Råby")

GOALS: dict[LifeDomain, tuple[str, ...]] = {
    LifeDomain.HOUSING: (
        "A rented flat of their own after release",
        "Supported housing for the first months outside",
        "Move to a new town away from old contacts",
    ),
    LifeDomain.LIVELIHOOD: (
        "A budget and a repayment plan for debts",
        "Benefits in place on the day of release",
        "Open a bank account and keep it in order",
    ),
    LifeDomain.RELATIONSHIPS: (
        "Regular, safe contact with the children",
        "Rebuild the relationship with parents",
        "Find friends outside the old circle",
    ),
    LifeDomain.SUBSTANCE_USE: (
        "Stay sober and keep to the treatment plan",
        "Start substitution treatment before release",
    ),
    LifeDomain.HEALTH: (
        "Sleep through the night and manage stress",
        "See a doctor about long-standing pain",
        "Regular exercise as part of the week",
    ),
    LifeDomain.EDUCATION_WORK: (
        "Finish the vocational qualification",
        "Apprenticeship in construction",
        "A driving licence for work",
        "A first job after release",
    ),
    LifeDomain.IDENTITY: (
        "A way of life without the old group",
        "Learn to handle pressure from old contacts",
        "Find meaning outside the old role",
    ),
    LifeDomain.SAFETY: (
        "A safety plan the family also knows",
        "Know who to call when feeling unsafe",
    ),
}
ACTIONS = (
    "Fill in the application together",
    "Book a meeting with the social worker",
    "Visit the employment office",
    "Collect the identity documents",
    "Call the housing office",
    "Agree on a weekly routine",
    "Attend the first group session",
    "Meet the probation officer together",
    "Draw up the budget",
    "Check the release-day arrangements",
)
OPENERS = (
    "Talked about",
    "Reflected together on",
    "Went through",
    "Worked on",
    "Explored",
    "Returned to",
)
TOPICS = (
    "the move to the new flat",
    "what an ordinary week outside could look like",
    "the contact with the children",
    "sleep and stress on the ward",
    "the job training course",
    "the repayment plan",
    "the rental application",
    "keeping distance from old contacts",
    "how to answer when old friends call",
    "the relationship with their mother",
    "the benefits application",
    "options for substance use treatment",
    "the driving licence",
    "getting the identity documents renewed",
    "who to call when feeling unsafe",
    "the transfer to an open prison",
    "the first days after release",
    "plans for the summer",
    "what gives the week structure",
    "motivation and small steps",
)
MIDDLES = (
    "Calm and engaged throughout.",
    "Felt more hopeful than last time.",
    "Said the week had been hard but kept to the plan.",
    "Raised worries about safety; we went through the arrangements.",
    "Short meeting; agreed to continue next week.",
    "Noticed progress and named it themselves.",
    "Tired today; we kept to one topic.",
    "Proud of keeping the appointments.",
    "Thought about what has helped before.",
    "Asked good questions about the next stage.",
)
NEXT_STEPS = (
    "Meet again in two weeks.",
    "Worker to call the housing office.",
    "Participant brings the documents next time.",
    "Next meeting by phone.",
    "Joint meeting with the probation officer.",
    "Check the budget together next time.",
    "Review the safety plan at the next meeting.",
    "Meet again next week.",
)
NOTES = (
    "Prefers meetings in the morning.",
    "Asked that letters are not sent to the home address.",
    "Phone calls only on the new number.",
    "Interpreter not needed.",
    "Asunto-asiat etenevät, seuraava tapaaminen asuntotoimistossa.",
    "Toivoo tapaamisia aamupäivisin.",
    "Vill ha möten på förmiddagen.",
    "Har fått plats på utbildningen i höst.",
    "Worried about money before release; budget planned.",
    "Brings a friend from the support group to some meetings.",
)
ARRANGEMENTS = (
    "Address block in the population register",
    "Safe meeting place agreed",
    "Emergency phone number in place",
    "Alarm button at home",
    "Safety plan shared with the family",
    "Temporary accommodation arranged",
    "Route to school changed for the children",
)
RISK_NOTES = (None, None, "lives nearby", "has been contacted", "informed of the plan")
SAFETY_SUMMARIES = (
    "No current threats known.",
    "Pressure from former contacts; plan reviewed.",
    "Worry about family members; arrangements in place.",
    "Threats received after the decision to leave.",
    "Situation calmer since the move.",
)
PURPOSES = (
    "Planning the release and after-care together",
    "Coordinating housing and livelihood support",
    "Keeping the safety arrangements up to date",
)

_FINAL_STATES = (
    (LifecycleState.ENQUIRY, 0.07),
    (LifecycleState.ASSESSMENT, 0.12),
    (LifecycleState.ACTIVE, 0.43),
    (LifecycleState.AFTER_RELEASE, 0.22),
    (LifecycleState.ENDED, 0.16),
)
# (min, max) days since first contact, and meetings, by final state; about 20 meetings on average.
_SPAN_DAYS = {
    LifecycleState.ENQUIRY: (5, 60),
    LifecycleState.ASSESSMENT: (30, 180),
    LifecycleState.ACTIVE: (120, 900),
    LifecycleState.AFTER_RELEASE: (300, 1500),
    LifecycleState.ENDED: (90, 1500),
}
_MEETINGS = {
    LifecycleState.ENQUIRY: (0, 2),
    LifecycleState.ASSESSMENT: (2, 6),
    LifecycleState.ACTIVE: (18, 32),
    LifecycleState.AFTER_RELEASE: (22, 38),
    LifecycleState.ENDED: (8, 30),
}
_PATH = (LifecycleState.ASSESSMENT, LifecycleState.ACTIVE, LifecycleState.AFTER_RELEASE)
_URGENT_SHARE = 0.035
_MINOR_SHARE = 0.04


def _uid(rng: random.Random) -> UUID:
    # Seeded, so the same seed gives the same uids (uuid4() would not).
    return UUID(int=rng.getrandbits(128), version=4)


_T = TypeVar("_T")


def _pick(rng: random.Random, weighted: Sequence[tuple[_T, float]]) -> _T:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def _fixed(at: datetime) -> Clock:
    return lambda: at


class _Case:
    """One synthetic participant and the dates their other records hang on."""

    def __init__(self, participant: Participant, start: datetime, end: datetime) -> None:
        self.participant = participant
        self.start = start
        self.end = end


class _Generator:
    def __init__(self, rng: random.Random, now: datetime, worker_party: Party) -> None:
        self.rng = rng
        self.now = now
        self.worker_party = worker_party
        self.country = worker_party.country
        self.others = [p for p in PRESETS[self.country] if p.id != worker_party.id]

    def case(self) -> _Case:
        rng = self.rng
        home = self.country is Country.FINLAND
        # Finland-Swedes in Finland and Sweden Finns in Sweden.
        if rng.random() < (0.12 if home else 0.9):
            first, last = rng.choice(SWEDISH_FIRST), rng.choice(SWEDISH_LAST)
        else:
            first, last = rng.choice(FINNISH_FIRST), rng.choice(FINNISH_LAST)
        state = _pick(rng, _FINAL_STATES)
        minor = rng.random() < _MINOR_SHARE
        age = rng.randint(15, 17) if minor else min(65, max(18, int(rng.gauss(32, 9))))
        lo, hi = _SPAN_DAYS[state]
        start = self.now - timedelta(days=rng.randint(lo, hi), hours=rng.randint(0, 23))
        parties = {self.worker_party.id}
        parties.update(p.id for p in rng.sample(self.others, rng.randint(0, 2)))

        person = Participant(
            uid=_uid(rng),
            alias=f"{rng.choice(ALIASES)}-{rng.randint(1, 99)}",
            legal_name=(
                None
                if state is LifecycleState.ENQUIRY and rng.random() < 0.6
                else f"{first} {last}"
            ),
            birth_year=self.now.year - age,
            institution=self._institution(minor),
            parties=frozenset(parties),
            created_at=start,
        )
        steps: list[LifecycleState] = []
        if state is not LifecycleState.ENQUIRY:
            last_step = _PATH.index(state) if state in _PATH else rng.randint(0, 2)
            steps.extend(_PATH[: last_step + 1])
        if state is LifecycleState.ENDED:
            steps.append(LifecycleState.ENDED)
        span = (self.now - start).total_seconds()
        times = sorted(start + timedelta(seconds=rng.random() * span) for _ in steps)
        for step, at in zip(steps, times, strict=True):
            ended_by = None
            if step is LifecycleState.ENDED:
                if rng.random() < 0.6 or not parties:
                    ended_by = EndedBy(participant=True)
                else:
                    ended_by = EndedBy(party_id=rng.choice(sorted(parties)))
            person = person.transition(step, _fixed(at), ended_by)
        end = times[-1] if state is LifecycleState.ENDED else self.now
        if state is LifecycleState.ACTIVE:
            release = self.now.date() + timedelta(days=rng.randint(10, 700))
            person = person.model_copy(update={"release_date": release})
        elif state is LifecycleState.AFTER_RELEASE:
            person = person.model_copy(update={"release_date": person.history[-1].at.date()})
        return _Case(person, start, end)

    def _institution(self, minor: bool) -> str:
        if self.country is Country.SWEDEN:
            if minor:
                return self.rng.choice(SWEDISH_YOUTH_HOMES)
            return self.rng.choice(SWEDISH_INSTITUTIONS)
        return self.rng.choice(FINNISH_INSTITUTIONS)

    def _day_between(self, start: datetime, end: datetime) -> date:
        days = max(0, (end.date() - start.date()).days)
        return start.date() + timedelta(days=self.rng.randint(0, days))

    def meetings(self, case: _Case, pid: int) -> list[Meeting]:
        rng = self.rng
        lo, hi = _MEETINGS[case.participant.state]
        out: list[Meeting] = []
        for _ in range(rng.randint(lo, hi)):
            out.append(
                Meeting(
                    uid=_uid(rng),
                    participant_id=pid,
                    on=self._day_between(case.start, case.end),
                    mode=rng.choices(list(MeetingMode), weights=(70, 20, 10))[0],
                    method=rng.choices(list(MeetingMethod), weights=(40, 25, 15, 15, 5))[0],
                    summary=f"{rng.choice(OPENERS)} {rng.choice(TOPICS)}. {rng.choice(MIDDLES)}",
                    next_steps=rng.choice(NEXT_STEPS),
                )
            )
        return out

    def goals(self, case: _Case, pid: int) -> list[Goal]:
        rng = self.rng
        state = case.participant.state
        if state is LifecycleState.ENQUIRY:
            return []
        count = rng.randint(0, 2) if state is LifecycleState.ASSESSMENT else rng.randint(2, 4)
        parties = sorted(case.participant.parties)
        days = max(8, (case.end.date() - case.start.date()).days)
        out: list[Goal] = []
        for domain in rng.sample(list(LifeDomain), count):
            rating_days = sorted(rng.sample(range(days), rng.randint(3, 8)))
            score = rng.randint(0, 4)
            ratings = []
            for offset in rating_days:
                # Progress is uneven: mostly forward, sometimes a step back.
                score = max(0, min(10, score + rng.choice((-1, 0, 1, 1, 2))))
                ratings.append(
                    ProgressRating(on=case.start.date() + timedelta(days=offset), score=score)
                )
            status = PlanStatus.DONE if score >= 9 else PlanStatus.IN_PROGRESS
            if state is LifecycleState.ENDED and status is not PlanStatus.DONE:
                status = PlanStatus.DROPPED
            actions = tuple(
                PlanAction(
                    uid=_uid(rng),
                    description=rng.choice(ACTIONS),
                    owner_party_id=rng.choice(parties),
                    status=rng.choice((PlanStatus.OPEN, PlanStatus.IN_PROGRESS, PlanStatus.DONE)),
                    due=self._day_between(case.start, case.end + timedelta(days=60)),
                )
                for _ in range(rng.randint(1, 3))
            )
            out.append(
                Goal(
                    uid=_uid(rng),
                    participant_id=pid,
                    domain=domain,
                    description=rng.choice(GOALS[domain]),
                    owner_party_id=rng.choice(parties),
                    status=status,
                    actions=actions,
                    ratings=tuple(ratings),
                )
            )
        return out

    def safety(self, case: _Case, pid: int) -> list[SafetyAssessment]:
        rng = self.rng
        state = case.participant.state
        if state is LifecycleState.ENQUIRY and rng.random() < 0.7:
            return []
        parties = sorted(case.participant.parties)
        days = sorted(self._day_between(case.start, case.end) for _ in range(rng.randint(1, 3)))
        out: list[SafetyAssessment] = []
        for i, assessed_on in enumerate(days):
            latest = i == len(days) - 1
            urgent = latest and state is not LifecycleState.ENDED and rng.random() < _URGENT_SHARE
            if urgent:
                level = rng.choice((SafetyLevel.HIGH, SafetyLevel.CRITICAL))
            else:
                level = rng.choices(list(SafetyLevel), weights=(50, 35, 13, 2))[0]
            persons = tuple(
                PersonAtRisk(relation=rng.choice(list(Relation)), note=rng.choice(RISK_NOTES))
                for _ in range(rng.randint(0, 3) if level is not SafetyLevel.LOW else 0)
            )
            arrangements = tuple(
                SecurityArrangement(
                    uid=_uid(rng),
                    description=rng.choice(ARRANGEMENTS),
                    owner_party_id=rng.choice(parties),
                    due=assessed_on + timedelta(days=rng.randint(1, 30)),
                    done=not latest or rng.random() < 0.5,
                )
                for _ in range(rng.randint(1, 3) if level is not SafetyLevel.LOW else 0)
            )
            out.append(
                SafetyAssessment(
                    uid=_uid(rng),
                    participant_id=pid,
                    assessed_on=assessed_on,
                    level=level,
                    persons_at_risk=persons,
                    arrangements=arrangements,
                    review_on=assessed_on + timedelta(days=14 if urgent else rng.randint(30, 120)),
                    urgent=urgent,
                    summary=rng.choice(SAFETY_SUMMARIES),
                )
            )
        return out

    def consents(self, case: _Case, recorded_by: str) -> list[Consent]:
        rng = self.rng
        person = case.participant
        if person.state is LifecycleState.ENQUIRY:
            return []
        others = sorted(set(person.parties) - {self.worker_party.id}) or [self.others[0].id]
        out: list[Consent] = []
        for _ in range(rng.randint(1, 2)):
            recipients = tuple(
                ConsentRecipient(party_id=p, label=party_by_id(p).name)
                for p in rng.sample(others, rng.randint(1, len(others)))
            )
            categories = {DataCategory.STATUS}
            categories.update(rng.sample(list(DataCategory), rng.randint(1, 4)))
            method = rng.choices(list(ConsentMethod), weights=(60, 25, 15))[0]
            valid_from = case.start + timedelta(days=rng.randint(0, 20))
            withdrawn = (
                valid_from + timedelta(days=rng.randint(1, 60))
                if person.state is LifecycleState.ENDED and rng.random() < 0.5
                else None
            )
            consent = Consent(
                uid=_uid(rng),
                participant_uid=person.uid,
                participant_id=person.id,
                recipients=recipients,
                categories=frozenset(categories),
                purpose=rng.choice(PURPOSES),
                valid_from=valid_from,
                valid_until=valid_from + timedelta(days=365),
                method=method,
                witness=(
                    f"{rng.choice(FINNISH_FIRST)} {rng.choice(FINNISH_LAST)}"
                    if method is ConsentMethod.VERBAL_WITNESSED
                    else None
                ),
                guardian=(
                    "Municipal social services" if person.is_minor(_fixed(self.now)) else None
                ),
                recorded_by=recorded_by,
                recorded_at=valid_from,
                withdrawn_at=withdrawn,
            )
            validate_new_consent(consent, person, _fixed(self.now))
            out.append(consent)
        return out

    def notes(self, case: _Case, pid: int) -> list[Note]:
        rng = self.rng
        if self.worker_party.minimal_record or case.participant.state is LifecycleState.ENQUIRY:
            return []
        out: list[Note] = []
        for _ in range(rng.randint(0, 3)):
            day = self._day_between(case.start, case.end)
            created = datetime.combine(day, case.start.timetz()) + timedelta(minutes=1)
            out.append(
                Note(uid=_uid(rng), participant_id=pid, text=rng.choice(NOTES), created_at=created)
            )
        return out


def generate_demo(
    conn: Connection,
    count: int,
    *,
    seed: int = 0,
    clock: Clock,
    worker_party_id: str,
    progress: Callable[[int, int], None] | None = None,
    chunk_transaction: Callable[[], AbstractContextManager[object]] | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> int:
    """Write ``count`` synthetic participants with plans, meetings, safety assessments, consents
    and (unless the worker's party keeps minimal records) notes; returns how many were written.

    Without ``chunk_transaction`` everything runs in the caller's transaction; with it, each chunk
    of ``chunk_size`` participants runs in one ``with chunk_transaction():`` block, so a large
    demo does not hold one huge transaction. ``progress(done, total)`` is called after each
    chunk. The same seed, clock and party give the same data, uids included."""
    if count < 0:
        raise ValueError("the number of participants cannot be negative")
    if chunk_size < 1:
        raise ValueError("the chunk size must be at least 1")
    worker_party = party_by_id(worker_party_id)
    rng = random.Random(seed)  # noqa: S311 - reproducible fake data, not secrets
    now = clock()
    generator = _Generator(rng, now, worker_party)
    recorded_by = f"Demo worker ({worker_party.name})"
    repos = (
        ParticipantRepository(conn, clock),
        NoteRepository(conn, clock),
        GoalRepository(conn, clock),
        MeetingRepository(conn, clock),
        SafetyRepository(conn, clock),
        ConsentRepository(conn, clock),
    )
    done = 0
    while done < count:
        size = min(chunk_size, count - done)
        context = chunk_transaction() if chunk_transaction is not None else nullcontext()
        with context:
            _write_chunk(generator, repos, size, recorded_by)
        done += size
        if progress is not None:
            progress(done, count)
    return done


def _write_chunk(
    generator: _Generator,
    repos: tuple[
        ParticipantRepository,
        NoteRepository,
        GoalRepository,
        MeetingRepository,
        SafetyRepository,
        ConsentRepository,
    ],
    size: int,
    recorded_by: str,
) -> None:
    participants, notes, goals, meetings, safety, consents = repos
    cases = [generator.case() for _ in range(size)]
    stored = participants.add_many([c.participant for c in cases])
    all_meetings: list[Meeting] = []
    all_goals: list[Goal] = []
    all_safety: list[SafetyAssessment] = []
    all_consents: list[Consent] = []
    all_notes: list[Note] = []
    for case, person in zip(cases, stored, strict=True):
        pid = person.id
        assert pid is not None
        case.participant = person
        all_meetings.extend(generator.meetings(case, pid))
        all_goals.extend(generator.goals(case, pid))
        all_safety.extend(generator.safety(case, pid))
        all_consents.extend(generator.consents(case, recorded_by))
        all_notes.extend(generator.notes(case, pid))
    meetings.add_many(all_meetings)
    goals.add_many(all_goals)
    safety.add_many(all_safety)
    consents.add_many(all_consents)
    notes.add_many(all_notes)
