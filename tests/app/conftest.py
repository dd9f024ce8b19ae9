"""Parties with real vaults for service tests: each a SQLCipher file, floor KDF, no keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from exitdesk.app.session import Options, Session, create_vault
from exitdesk.domain import (
    ConsentMethod,
    DataCategory,
    FixedClock,
    Goal,
    LifeDomain,
    Meeting,
    Participant,
    ProgressRating,
    SafetyAssessment,
    SafetyLevel,
    Worker,
)
from exitdesk.domain.participant import LifecycleState
from exitdesk.domain.target_group import NeedsSupport, TargetGroupAssessment, WantsToLeave
from exitdesk.vault import KdfParams

PASSPHRASE = "correct horse battery staple"
# The parties a test participant chose to work with: consent and export go only to these.
WORKING_WITH = frozenset({"fi-rise", "fi-aggredi", "fi-krp"})
DISTINCTIVE = "Qwertzuiopå Zyxwvutsrq"


@pytest.fixture(autouse=True)
def _no_os_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))


@dataclass
class Party:
    session: Session
    directory: Path

    @property
    def exchange(self):  # type: ignore[no-untyped-def]
        return self.session.exchange

    def dump(self) -> list[tuple[object, ...]]:
        """Every row of every table: the proof that a refused import changed nothing."""
        rows: list[tuple[object, ...]] = []
        with self.session.vault.reading() as conn:
            tables = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).fetchall()
            for (table,) in tables:
                rows.append(("table", table))
                rows.extend(conn.execute(f'SELECT * FROM "{table}"').fetchall())
        return rows


MakeParty = Callable[[str, str], Party]


@pytest.fixture
def make_party(tmp_path: Path, clock: FixedClock) -> Iterator[MakeParty]:
    made: list[Party] = []

    def make(name: str, party_id: str) -> Party:
        directory = tmp_path / name.lower()
        new = create_vault(
            directory,
            PASSPHRASE,
            Worker(name=name, party_id=party_id),
            Options(kdf=KdfParams.FLOOR, clock=clock, use_keyring=False),
        )
        party = Party(new.session, directory)
        made.append(party)
        return party

    yield make
    for party in made:
        party.session.lock()


def befriend(a: Party, b: Party, *, verify: bool = True) -> tuple[int, int]:
    """Exchange cards both ways (and verify the safety numbers); returns (b's id at a, a's id
    at b)."""
    at_a = a.exchange.add_contact(b.exchange.my_card()).contact
    at_b = b.exchange.add_contact(a.exchange.my_card()).contact
    assert at_a.safety_number == at_b.safety_number
    if verify:
        a.exchange.verify_contact(at_a.id, at_b.safety_number)
        b.exchange.verify_contact(at_b.id, at_a.safety_number)
    return at_a.id, at_b.id


def rich_participant(party: Party, meetings: int = 3) -> Participant:
    """A participant with a plan, meetings and a safety assessment."""
    s = party.session
    p = s.add_participant("Kettu", legal_name=DISTINCTIVE, birth_year=1990, parties=WORKING_WITH)
    assert p.id is not None
    goal = s.save_goal(Goal(participant_id=p.id, domain=LifeDomain.HOUSING,
                            description="A flat of my own", owner_party_id="fi-rise"))  # fmt: skip
    assert goal.id is not None
    s.rate_goal(goal.id, ProgressRating(on=date(2026, 10, 1), score=3))
    for day in range(1, meetings + 1):
        s.add_meeting(Meeting(participant_id=p.id, on=date(2026, 10, day),
                              summary=f"Meeting {day} about housing"))  # fmt: skip
    s.save_safety(SafetyAssessment(participant_id=p.id, assessed_on=date(2026, 10, 2),
                                   level=SafetyLevel.HIGH, urgent=True))  # fmt: skip
    return p


def start_active_support(party: Party, participant_id: int) -> Participant:
    """Record both target-group answers as yes (assessed by the worker's own party) and move
    the participant, already at assessment, on to active support: the programme's rule."""
    s = party.session
    today = s.clock().date()
    s.record_target_group(
        participant_id,
        TargetGroupAssessment(
            wants_to_leave=WantsToLeave.YES, wants_to_leave_on=today,
            needs_support=NeedsSupport.YES, needs_support_by=s.worker.party_id,
            needs_support_on=today,
        ),
    )  # fmt: skip
    return s.change_lifecycle(participant_id, LifecycleState.ACTIVE)


def consented_case(
    make_party: MakeParty, categories: list[DataCategory]
) -> tuple[Party, Party, int, int, Participant]:
    """Aino (fi-rise) and Bertta (fi-krp), verified both ways, and a rich participant of
    Aino's under her consent to Bertta for ``categories``. Returns Aino, Bertta, Bertta's id at
    Aino, Aino's id at Bertta and the participant."""
    a, b = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-krp")
    b_at_a, a_at_b = befriend(a, b)
    p = rich_participant(a)
    assert p.id is not None
    a.exchange.grant_consent(
        p.id,
        contact_ids=[b_at_a],
        categories=categories,
        purpose="continuing support after release",
        days=30,
        method=ConsentMethod.PAPER_FORM,
    )
    return a, b, b_at_a, a_at_b, p
