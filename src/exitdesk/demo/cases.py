"""One synthetic participant and their plans, meetings, safety, consents and notes, drawn from
a seeded random stream. Every person is invented; nothing describes offences."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import TypeVar
from uuid import UUID

from exitdesk.demo.words import WordLists
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

__all__ = ["Case", "CaseGenerator"]

_FINAL_STATES = (
    (LifecycleState.ENQUIRY, 0.07),
    (LifecycleState.ASSESSMENT, 0.12),
    (LifecycleState.ACTIVE, 0.43),
    (LifecycleState.AFTER_RELEASE, 0.22),
    (LifecycleState.ENDED, 0.16),
)
_STATES = tuple(s for s, _ in _FINAL_STATES)
_STATE_WEIGHTS = tuple(accumulate(w for _, w in _FINAL_STATES))
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
_T = TypeVar("_T")
# Drawn for every meeting (most of a demo's rows): the members and cumulative weights are built
# once. Cumulative weights draw exactly what the same plain weights draw, so seeds keep their data.
_MODES = tuple(MeetingMode)
_MODE_WEIGHTS = (70, 90, 100)  # 70, 20, 10
_METHODS = tuple(MeetingMethod)
_METHOD_WEIGHTS = (40, 65, 80, 95, 100)  # 40, 25, 15, 15, 5
_MINOR_SHARE = 0.04
_LEVELS = tuple(SafetyLevel)
_LEVEL_WEIGHTS = (50, 85, 98, 100)  # 50, 35, 13, 2
_CONSENT_METHODS = tuple(ConsentMethod)
_CONSENT_METHOD_WEIGHTS = (60, 85, 100)  # 60, 25, 15


class _Stream:
    """The draws of one ``random.Random`` the generator makes, hundreds per participant.

    ``choice``, ``randint`` and ``weighted`` consume exactly the bits the stdlib's ``choice``,
    ``randint`` and ``choices(..., cum_weights=...)[0]`` consume (CPython's
    ``_randbelow_with_getrandbits`` and its bisection of ``random() * total``), so a seed keeps
    its data (tests/app/test_demo.py pins it), without the stdlib's layers of calls and checks:
    they were most of the time spent drawing. The rest is handed on as it is."""

    __slots__ = ("gauss", "getrandbits", "random", "sample")

    def __init__(self, rng: random.Random) -> None:
        self.getrandbits = rng.getrandbits
        self.random = rng.random
        self.gauss = rng.gauss
        self.sample = rng.sample

    def choice(self, seq: Sequence[_T]) -> _T:
        n = len(seq)
        if n == 0:
            raise IndexError("cannot choose from an empty sequence")
        bits, k = self.getrandbits, n.bit_length()
        r = bits(k)
        while r >= n:
            r = bits(k)
        return seq[r]

    def randint(self, a: int, b: int) -> int:
        n = b - a + 1
        if n <= 0:
            raise ValueError("empty range for randint")
        bits, k = self.getrandbits, n.bit_length()
        r = bits(k)
        while r >= n:
            r = bits(k)
        return a + r

    def weighted(self, population: Sequence[_T], cum_weights: Sequence[float]) -> _T:
        total = cum_weights[-1] + 0.0
        return population[bisect_right(cum_weights, self.random() * total, 0, len(population) - 1)]


def _uid(rng: _Stream) -> UUID:
    # Seeded, so the same seed gives the same uids (uuid4() would not).
    return UUID(int=rng.getrandbits(128), version=4)


def _fixed(at: datetime) -> Clock:
    return lambda: at


class Case:
    """One synthetic participant and the dates their other records hang on."""

    def __init__(self, participant: Participant, start: datetime, end: datetime) -> None:
        self.participant = participant
        self.start = start
        self.end = end


class CaseGenerator:
    """Draws every record of a synthetic caseload from one seeded random stream, in a fixed
    order of calls: the order is what makes a seed reproduce its data."""

    def __init__(
        self, rng: random.Random, now: datetime, worker_party: Party, words: WordLists
    ) -> None:
        self.rng = _Stream(rng)
        self.words = words
        self.now = now
        self.worker_party = worker_party
        self.country = worker_party.country
        self.others = [p for p in PRESETS[self.country] if p.id != worker_party.id]

    def case(self) -> Case:
        rng = self.rng
        home = self.country is Country.FINLAND
        # Finland-Swedes in Finland and Sweden Finns in Sweden.
        if rng.random() < (0.12 if home else 0.9):
            first, last = rng.choice(self.words.swedish_first), rng.choice(self.words.swedish_last)
        else:
            first, last = rng.choice(self.words.finnish_first), rng.choice(self.words.finnish_last)
        state = rng.weighted(_STATES, _STATE_WEIGHTS)
        minor = rng.random() < _MINOR_SHARE
        age = rng.randint(15, 17) if minor else min(65, max(18, int(rng.gauss(32, 9))))
        lo, hi = _SPAN_DAYS[state]
        start = self.now - timedelta(days=rng.randint(lo, hi), hours=rng.randint(0, 23))
        parties = {self.worker_party.id}
        parties.update(p.id for p in rng.sample(self.others, rng.randint(0, 2)))

        person = Participant(
            uid=_uid(rng),
            alias=f"{rng.choice(self.words.aliases)}-{rng.randint(1, 99)}",
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
        return Case(person, start, end)

    def _institution(self, minor: bool) -> str:
        if self.country is Country.SWEDEN:
            if minor:
                return self.rng.choice(self.words.swedish_youth_homes)
            return self.rng.choice(self.words.swedish_institutions)
        return self.rng.choice(self.words.finnish_institutions)

    def _day_between(self, start: datetime, end: datetime) -> date:
        days = max(0, (end.date() - start.date()).days)
        return start.date() + timedelta(days=self.rng.randint(0, days))

    def meetings(self, case: Case, pid: int) -> list[Meeting]:
        rng = self.rng
        lo, hi = _MEETINGS[case.participant.state]
        out: list[Meeting] = []
        for _ in range(rng.randint(lo, hi)):
            out.append(
                Meeting(
                    uid=_uid(rng),
                    participant_id=pid,
                    on=self._day_between(case.start, case.end),
                    mode=rng.weighted(_MODES, _MODE_WEIGHTS),
                    method=rng.weighted(_METHODS, _METHOD_WEIGHTS),
                    summary=self._meeting_summary(),
                    next_steps=rng.choice(self.words.next_steps),
                )
            )
        return out

    def _meeting_summary(self) -> str:
        words, rng = self.words, self.rng
        return (
            f"{rng.choice(words.openers)} {rng.choice(words.topics)}. {rng.choice(words.middles)}"
        )

    def goals(self, case: Case, pid: int) -> list[Goal]:
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
                    description=rng.choice(self.words.actions),
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
                    description=rng.choice(self.words.goals[domain]),
                    owner_party_id=rng.choice(parties),
                    status=status,
                    actions=actions,
                    ratings=tuple(ratings),
                )
            )
        return out

    def safety(self, case: Case, pid: int) -> list[SafetyAssessment]:
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
                level = rng.weighted(_LEVELS, _LEVEL_WEIGHTS)
            persons = tuple(
                PersonAtRisk(
                    relation=rng.choice(list(Relation)), note=rng.choice(self.words.risk_notes)
                )
                for _ in range(rng.randint(0, 3) if level is not SafetyLevel.LOW else 0)
            )
            arrangements = tuple(
                SecurityArrangement(
                    uid=_uid(rng),
                    description=rng.choice(self.words.arrangements),
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
                    summary=rng.choice(self.words.safety_summaries),
                )
            )
        return out

    def consents(self, case: Case, recorded_by: str) -> list[Consent]:
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
            method = rng.weighted(_CONSENT_METHODS, _CONSENT_METHOD_WEIGHTS)
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
                purpose=rng.choice(self.words.purposes),
                valid_from=valid_from,
                valid_until=valid_from + timedelta(days=365),
                method=method,
                witness=(
                    f"{rng.choice(self.words.finnish_first)} {rng.choice(self.words.finnish_last)}"
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
            # The synthetic data is pinned by seed (tests/app/test_demo.py), including consents
            # naming a party the person did not choose; those are refused at export, like any.
            chosen = person.parties | {r.party_id for r in recipients}
            validate_new_consent(
                consent, person.model_copy(update={"parties": chosen}), _fixed(self.now)
            )
            out.append(consent)
        return out

    def notes(self, case: Case, pid: int) -> list[Note]:
        rng = self.rng
        if self.worker_party.minimal_record or case.participant.state is LifecycleState.ENQUIRY:
            return []
        out: list[Note] = []
        for _ in range(rng.randint(0, 3)):
            day = self._day_between(case.start, case.end)
            created = datetime.combine(day, case.start.timetz()) + timedelta(minutes=1)
            out.append(
                Note(
                    uid=_uid(rng),
                    participant_id=pid,
                    text=rng.choice(self.words.notes),
                    created_at=created,
                )
            )
        return out
