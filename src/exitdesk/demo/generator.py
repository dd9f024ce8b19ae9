"""Writes a synthetic caseload into an open vault connection, in chunks, through the
repositories; the same seed, clock and party on an empty vault give the same data."""

from __future__ import annotations

import gc
import random
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from itertools import count as attempts
from typing import Any, NamedTuple

from exitdesk.demo.cases import CaseGenerator
from exitdesk.demo.words import WordLists, load_word_lists
from exitdesk.domain.clock import Clock
from exitdesk.domain.consent import Consent
from exitdesk.domain.meeting import Meeting
from exitdesk.domain.participant import Note
from exitdesk.domain.parties import party_by_id
from exitdesk.domain.plan import Goal
from exitdesk.domain.safety import SafetyAssessment
from exitdesk.domain.views import ParticipantQuery
from exitdesk.vault.repositories import (
    ConsentRepository,
    GoalRepository,
    MeetingRepository,
    NoteRepository,
    ParticipantRepository,
    SafetyRepository,
)

Connection = Any  # a vault connection, handed in by the caller; the demo runs no SQL itself

__all__ = ["DEFAULT_CHUNK", "generate_demo"]

# Participants written per batch: large enough for executemany to pay off and for a commit to
# rewrite each page of the uid indexes (random uids land all over them) fewer times, small enough
# that progress moves and a chunked transaction stays short (about a second). 10,000 took 14 s
# in chunks of 500 and 12 s in chunks of 1,000 (issue 15).
DEFAULT_CHUNK = 1000


class _Repos(NamedTuple):
    participants: ParticipantRepository
    notes: NoteRepository
    goals: GoalRepository
    meetings: MeetingRepository
    safety: SafetyRepository
    consents: ConsentRepository


def _stream(seed: int, existing: int, attempt: int) -> random.Random:
    """The random stream for one run. An empty vault gets exactly ``Random(seed)``, so a seed
    keeps reproducing the data it always has; a vault that already holds participants gets an
    independent stream keyed by how many, so running the same seed again adds a new set instead
    of the same uids a second time."""
    if existing == 0 and attempt == 0:
        return random.Random(seed)  # noqa: S311 - reproducible fake data, not secrets
    return random.Random(f"exitdesk-demo/{seed}/{existing}/{attempt}")  # noqa: S311


def _choose_stream(
    participants: ParticipantRepository,
    seed: int,
    generator: Callable[[random.Random], CaseGenerator],
) -> random.Random:
    existing = participants.count(ParticipantQuery())
    if existing == 0:
        return _stream(seed, 0, 0)
    # The count alone repeats when participants were removed in between, so the stream's first
    # participant is drawn on a copy and looked up; a stream already used is skipped.
    for attempt in attempts():
        probe = generator(_stream(seed, existing, attempt)).case().participant.uid
        if participants.get_by_uid(probe) is None:
            return _stream(seed, existing, attempt)
    raise AssertionError("unreachable: attempts() never ends")


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
    words: WordLists | None = None,
) -> int:
    """Write ``count`` synthetic participants with plans, meetings, safety assessments, consents
    and (unless the worker's party keeps minimal records) notes; returns how many were written.

    Without ``chunk_transaction`` everything runs in the caller's transaction; with it, each chunk
    of ``chunk_size`` participants runs in one ``with chunk_transaction():`` block, so a large
    demo does not hold one huge transaction. ``progress(done, total)`` is called after each
    chunk. On an empty vault the same seed, clock and party give the same data, uids included;
    on a vault with participants already, the same seed adds a fresh set (new uids, aliases and
    records) rather than failing on the uids it made before."""
    if count < 0:
        raise ValueError("the number of participants cannot be negative")
    if chunk_size < 1:
        raise ValueError("the chunk size must be at least 1")
    worker_party = party_by_id(worker_party_id)
    lists = load_word_lists() if words is None else words
    now = clock()
    repos = _Repos(
        ParticipantRepository(conn, clock),
        NoteRepository(conn, clock),
        GoalRepository(conn, clock),
        MeetingRepository(conn, clock),
        SafetyRepository(conn, clock),
        ConsentRepository(conn, clock),
    )

    def generator(rng: random.Random) -> CaseGenerator:
        return CaseGenerator(rng, now, worker_party, lists)

    if count == 0:
        return 0
    cases = generator(_choose_stream(repos.participants, seed, generator))
    recorded_by = f"Demo worker ({worker_party.name})"
    done = 0
    with _collector_paused():
        while done < count:
            size = min(chunk_size, count - done)
            context = chunk_transaction() if chunk_transaction is not None else nullcontext()
            with context:
                _write_chunk(cases, repos, size, recorded_by)
            done += size
            if progress is not None:
                progress(done, count)
    return done


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the demo writes, and restore it after.

    A chunk holds tens of thousands of freshly made models and rows at once, so the collector
    kept running and walking them all, though they form no cycles and are freed by their
    reference counts as each chunk ends: that was 2.4–2.8 s of 16–19 s for 10,000 (issue 15)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write_chunk(cases: CaseGenerator, repos: _Repos, size: int, recorded_by: str) -> None:
    drawn = [cases.case() for _ in range(size)]
    stored = repos.participants.add_many([c.participant for c in drawn])
    meetings: list[Meeting] = []
    goals: list[Goal] = []
    safety: list[SafetyAssessment] = []
    consents: list[Consent] = []
    notes: list[Note] = []
    for case, person in zip(drawn, stored, strict=True):
        pid = person.id
        assert pid is not None
        case.participant = person
        meetings.extend(cases.meetings(case, pid))
        goals.extend(cases.goals(case, pid))
        safety.extend(cases.safety(case, pid))
        consents.extend(cases.consents(case, recorded_by))
        notes.extend(cases.notes(case, pid))
    repos.meetings.add_many(meetings)
    repos.goals.add_many(goals)
    repos.safety.add_many(safety)
    repos.consents.add_many(consents)
    repos.notes.add_many(notes)
