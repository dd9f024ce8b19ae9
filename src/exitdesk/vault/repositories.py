"""Repositories: case records in and out of the vault as domain models. They run inside the
caller's transaction and never commit; every statement is parameterised."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from uuid import UUID

from exitdesk.domain.clock import Clock, system_clock
from exitdesk.domain.consent import Consent, ConsentMethod, ConsentRecipient, DataCategory
from exitdesk.domain.meeting import Meeting, MeetingMethod, MeetingMode
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import (
    EndedBy,
    LifecycleEvent,
    LifecycleState,
    Note,
    Participant,
)
from exitdesk.domain.parties import ALL_PARTIES
from exitdesk.domain.plan import Goal, LifeDomain, PlanAction, PlanStatus, ProgressRating
from exitdesk.domain.safety import (
    PersonAtRisk,
    Relation,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
)
from exitdesk.domain.views import ParticipantQuery, ParticipantSort, ParticipantSummary
from exitdesk.vault.db import Connection
from exitdesk.vault.errors import VaultError

__all__ = [
    "MAX_SEARCH_TERMS",
    "ConsentRepository",
    "GoalRepository",
    "MeetingRepository",
    "NoteRepository",
    "ParticipantRepository",
    "RecordNotFoundError",
    "SafetyRepository",
    "fts_match_expression",
    "search_terms",
    "sort_key",
]

# More words than this in one search adds nothing a worker needs and only slows the query.
MAX_SEARCH_TERMS = 8
_WORD = re.compile(r"[^\W_]+")
# Nordic letters sort after z (å, ä, ö in Swedish and Finnish order; æ/ø with their neighbours),
# and ü sorts as y, as in Finnish and Swedish dictionaries.
_NORDIC_ORDER = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})


class RecordNotFoundError(VaultError):
    """The record asked for is not in this vault (the message names only the kind and the id)."""


# ---------------------------------------------------------------------------------------------
# Text helpers


def sort_key(text: str) -> str:
    """A case-free key that orders names the way a Finnish or Swedish reader expects."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_NORDIC_ORDER)
    # Other accents (é, á, ç) sort with their base letter.
    decomposed = unicodedata.normalize("NFD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_terms(text: str) -> list[str]:
    """The words of free search text, each as a quoted FTS5 prefix query (``"word"*``).

    Only letters and digits survive, so quotes, ``*``, parentheses, ``NEAR``, ``AND``/``OR`` and
    column filters typed by a worker are searched as plain words (or dropped), never parsed as
    FTS5 syntax. An empty list means there is nothing to search for."""
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    return [f'"{word}"*' for word in words[:MAX_SEARCH_TERMS]]


def fts_match_expression(text: str) -> str | None:
    """One FTS5 MATCH expression requiring every word of ``text`` as a prefix, or ``None``."""
    terms = search_terms(text)
    return " AND ".join(terms) if terms else None


def _ts(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("times stored in the vault must be timezone-aware")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _ts_or_none(value: datetime | None) -> str | None:
    return None if value is None else _ts(value)


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _dt_or_none(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_or_none(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _require_participant(participant_id: int | None) -> int:
    if participant_id is None:
        raise ValueError("the record needs the participant's id")
    return participant_id


def _next_id(conn: Connection, table: str) -> int:
    # Batches pre-assign ids so child rows can be written with executemany; the caller's write
    # transaction keeps anyone else from taking the same ids meanwhile.
    row = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
    return int(row[0])


_Record = TypeVar("_Record", Participant, Goal, SafetyAssessment, Consent)


def _assign_ids(conn: Connection, table: str, records: Sequence[_Record]) -> list[_Record]:
    start = _next_id(conn, table)
    start = max([start, *((r.id + 1) for r in records if r.id is not None)])
    out: list[_Record] = []
    for record in records:
        if record.id is None:
            out.append(record.model_copy(update={"id": start}))
            start += 1
        else:
            out.append(record)
    return out


# ---------------------------------------------------------------------------------------------
# Participants

_STATE_RANK = (
    "CASE p.state WHEN 'enquiry' THEN 0 WHEN 'assessment' THEN 1 WHEN 'active' THEN 2 "
    "WHEN 'after_release' THEN 3 ELSE 4 END"
)
_LEVEL_RANK = (
    "CASE p.safety_level WHEN 'low' THEN 0 WHEN 'moderate' THEN 1 WHEN 'high' THEN 2 "
    "WHEN 'critical' THEN 3 END"
)

_PARTICIPANT_COLUMNS = (
    "id, uid, alias, legal_name, birth_year, contact, institution, release_date, state, "
    "created_at, updated_at"
)

_SUMMARY_COLUMNS = (
    "p.id, p.uid, p.alias, p.legal_name, p.birth_year, p.state, "
    "(SELECT group_concat(party_id, ' ') FROM participant_parties pp "
    "WHERE pp.participant_id = p.id), "
    "p.urgent, p.safety_level, p.next_review, p.updated_at"
)

# A participant matches a word when it is in the alias or legal name or in one of their notes;
# several words must each match somewhere, not necessarily in the same place.
_TERM_CLAUSE = (
    "p.id IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH ? "
    "UNION SELECT n.participant_id FROM note_fts JOIN notes n ON n.id = note_fts.rowid "
    "WHERE note_fts MATCH ?)"
)


def _order_by(sort: ParticipantSort, descending: bool) -> str:
    d = "DESC" if descending else "ASC"
    # SQLite sorts NULL first; descending already puts it last, and leaving the IS NULL term out
    # then lets the index serve the order instead of a full sort.

    def last(column: str) -> str:
        return "" if descending else f"{column} IS NULL, "

    match sort:
        case ParticipantSort.ALIAS:
            return f"p.alias_sort {d}, p.id {d}"
        case ParticipantSort.LEGAL_NAME:
            return f"{last('p.legal_name_sort')}p.legal_name_sort {d}, p.id {d}"
        case ParticipantSort.BIRTH_YEAR:
            return f"{last('p.birth_year')}p.birth_year {d}, p.alias_sort, p.id"
        case ParticipantSort.STATE:
            return f"{_STATE_RANK} {d}, p.alias_sort, p.id"
        case ParticipantSort.SAFETY:
            return f"p.safety_level IS NULL, p.urgent {d}, {_LEVEL_RANK} {d}, p.alias_sort, p.id"
        case ParticipantSort.NEXT_REVIEW:
            return f"{last('p.next_review')}p.next_review {d}, p.alias_sort, p.id"
        case ParticipantSort.UPDATED:
            return f"p.updated_at {d}, p.id {d}"


def _where(query: ParticipantQuery) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if query.states:
        states = sorted(s.value for s in query.states)
        clauses.append(f"p.state IN ({', '.join('?' for _ in states)})")
        params.extend(states)
    if query.parties:
        parties = sorted(query.parties)
        clauses.append(
            "p.id IN (SELECT participant_id FROM participant_parties "
            f"WHERE party_id IN ({', '.join('?' for _ in parties)}))"
        )
        params.extend(parties)
    if query.urgent_only:
        # Written as a literal so the planner can use the partial index on urgent cases.
        clauses.append("p.urgent = 1")
    for term in search_terms(query.text):
        clauses.append(_TERM_CLAUSE)
        params.extend((term, term))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _check_parties(parties: Iterable[str]) -> list[str]:
    chosen = sorted(set(parties))
    unknown = [p for p in chosen if p not in ALL_PARTIES]
    if unknown:
        raise ValueError(f"unknown party '{unknown[0]}'")
    return chosen


def _check_history(participant: Participant) -> None:
    if participant.history and participant.history[-1].state is not participant.state:
        raise ValueError("the participant's state must be the last state in their history")


def _event_row(participant_id: int, event: LifecycleEvent) -> tuple[object, ...]:
    ended = event.ended_by
    return (
        participant_id,
        event.state.value,
        _ts(event.at),
        1 if ended is not None and ended.participant else 0,
        None if ended is None else ended.party_id,
    )


class ParticipantRepository:
    """Participants with their chosen parties and lifecycle history, and the list queries."""

    def __init__(self, conn: Connection, clock: Clock = system_clock) -> None:
        self._conn = conn
        self._clock = clock

    def add(self, participant: Participant) -> Participant:
        """Store a new participant; returns it with its id and timestamps."""
        return self.add_many([participant])[0]

    def add_many(self, participants: Sequence[Participant]) -> list[Participant]:
        """Store many new participants with a few ``executemany`` calls (demo data, imports)."""
        now = self._clock()
        stored: list[Participant] = []
        for p in _assign_ids(self._conn, "participants", participants):
            _check_history(p)
            stored.append(
                p.model_copy(update={"created_at": p.created_at or now, "updated_at": now})
            )
        self._conn.executemany(
            "INSERT INTO participants (id, uid, alias, alias_sort, legal_name, legal_name_sort, "
            "birth_year, contact, institution, release_date, state, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.id,
                    str(p.uid),
                    p.alias,
                    sort_key(p.alias),
                    p.legal_name,
                    None if p.legal_name is None else sort_key(p.legal_name),
                    p.birth_year,
                    p.contact,
                    p.institution,
                    _day(p.release_date),
                    p.state.value,
                    _ts(p.created_at or now),
                    _ts(now),
                )
                for p in stored
            ],
        )
        self._conn.executemany(
            "INSERT INTO participant_parties (participant_id, party_id) VALUES (?, ?)",
            [(p.id, party) for p in stored for party in sorted(p.parties)],
        )
        self._conn.executemany(
            "INSERT INTO participant_events (participant_id, state, at, ended_by_participant, "
            "ended_by_party) VALUES (?, ?, ?, ?, ?)",
            [_event_row(_require_participant(p.id), e) for p in stored for e in p.history],
        )
        return stored

    def get(self, participant_id: int) -> Participant | None:
        row = self._conn.execute(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE id = ?", (participant_id,)
        ).fetchone()
        return None if row is None else self._from_row(row)

    def get_by_uid(self, uid: UUID) -> Participant | None:
        row = self._conn.execute(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE uid = ?", (str(uid),)
        ).fetchone()
        return None if row is None else self._from_row(row)

    def id_for_uid(self, uid: UUID) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM participants WHERE uid = ?", (str(uid),)
        ).fetchone()
        return None if row is None else int(row[0])

    def update(self, participant: Participant) -> Participant:
        """Save the editable fields and the chosen parties. Lifecycle changes go through
        ``record_transition`` so that only allowed transitions are ever stored."""
        pid = _require_participant(participant.id)
        stored = self._conn.execute(
            "SELECT state, (SELECT count(*) FROM participant_events WHERE participant_id = ?) "
            "FROM participants WHERE id = ?",
            (pid, pid),
        ).fetchone()
        if stored is None:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "participant {participant_id} does not exist"),
                participant_id=pid,
            )
        if stored[0] != participant.state.value or stored[1] != len(participant.history):
            raise ValueError("change the lifecycle state with record_transition, not update")
        now = self._clock()
        self._conn.execute(
            "UPDATE participants SET alias = ?, alias_sort = ?, legal_name = ?, "
            "legal_name_sort = ?, birth_year = ?, contact = ?, institution = ?, "
            "release_date = ?, updated_at = ? WHERE id = ?",
            (
                participant.alias,
                sort_key(participant.alias),
                participant.legal_name,
                None if participant.legal_name is None else sort_key(participant.legal_name),
                participant.birth_year,
                participant.contact,
                participant.institution,
                _day(participant.release_date),
                _ts(now),
                pid,
            ),
        )
        self._write_parties(pid, participant.parties)
        return participant.model_copy(update={"updated_at": now})

    def set_parties(self, participant_id: int, parties: Iterable[str]) -> None:
        """Replace the parties the participant chose to work with."""
        chosen = _check_parties(parties)
        cursor = self._conn.execute(
            "UPDATE participants SET updated_at = ? WHERE id = ?",
            (_ts(self._clock()), participant_id),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "participant {participant_id} does not exist"),
                participant_id=participant_id,
            )
        self._write_parties(participant_id, chosen)

    def _write_parties(self, participant_id: int, parties: Iterable[str]) -> None:
        chosen = _check_parties(parties)
        self._conn.execute(
            "DELETE FROM participant_parties WHERE participant_id = ?", (participant_id,)
        )
        self._conn.executemany(
            "INSERT INTO participant_parties (participant_id, party_id) VALUES (?, ?)",
            [(participant_id, party) for party in chosen],
        )

    def record_transition(
        self, participant_id: int, to: LifecycleState, *, ended_by: EndedBy | None = None
    ) -> Participant:
        """Move the participant to ``to`` if the programme allows it (``TransitionError``
        otherwise) and append the event to their history."""
        current = self.get(participant_id)
        if current is None:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "participant {participant_id} does not exist"),
                participant_id=participant_id,
            )
        changed = current.transition(to, self._clock, ended_by)
        event = changed.history[-1]
        self._conn.execute(
            "INSERT INTO participant_events (participant_id, state, at, ended_by_participant, "
            "ended_by_party) VALUES (?, ?, ?, ?, ?)",
            _event_row(participant_id, event),
        )
        now = self._clock()
        self._conn.execute(
            "UPDATE participants SET state = ?, updated_at = ? WHERE id = ?",
            (to.value, _ts(now), participant_id),
        )
        return changed.model_copy(update={"updated_at": now})

    def delete(self, participant_id: int) -> bool:
        """Delete the participant and, by cascade, everything recorded about them, including
        their entries in the search index. Returns whether there was such a participant."""
        cursor = self._conn.execute("DELETE FROM participants WHERE id = ?", (participant_id,))
        return bool(cursor.rowcount)

    def summaries(self, query: ParticipantQuery) -> list[ParticipantSummary]:
        """One page of the list, filtered, searched, sorted and paged inside SQLite."""
        where, params = _where(query)
        # Ids first, columns second: with a sort the index cannot serve, SQLite would otherwise
        # compute every column (the parties subquery too) for every matching row before paging.
        ids = [
            row[0]
            for row in self._conn.execute(
                f"SELECT p.id FROM participants p{where} "
                f"ORDER BY {_order_by(query.sort, query.descending)} LIMIT ? OFFSET ?",
                (*params, query.limit, query.offset),
            )
        ]
        if not ids:
            return []
        position = {pid: i for i, pid in enumerate(ids)}
        rows = sorted(
            self._conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM participants p "
                f"WHERE p.id IN ({', '.join('?' for _ in ids)})",
                ids,
            ),
            key=lambda row: position[row[0]],
        )
        return [
            ParticipantSummary(
                id=row[0],
                uid=UUID(row[1]),
                alias=row[2],
                legal_name=row[3],
                birth_year=row[4],
                state=LifecycleState(row[5]),
                parties=tuple(sorted(row[6].split(" "))) if row[6] else (),
                urgent=bool(row[7]),
                safety_level=None if row[8] is None else SafetyLevel(row[8]),
                next_review=_date_or_none(row[9]),
                updated_at=_dt(row[10]),
            )
            for row in rows
        ]

    def count(self, query: ParticipantQuery) -> int:
        """How many participants match the query's filters and search (paging ignored)."""
        where, params = _where(query)
        row = self._conn.execute(f"SELECT count(*) FROM participants p{where}", params).fetchone()
        return int(row[0])

    def _from_row(self, row: tuple[Any, ...]) -> Participant:
        pid = int(row[0])
        parties = frozenset(
            r[0]
            for r in self._conn.execute(
                "SELECT party_id FROM participant_parties WHERE participant_id = ?", (pid,)
            )
        )
        history = tuple(
            LifecycleEvent(
                state=LifecycleState(r[0]),
                at=_dt(r[1]),
                ended_by=(
                    None
                    if r[0] != LifecycleState.ENDED.value
                    else EndedBy(participant=bool(r[2]), party_id=r[3])
                ),
            )
            for r in self._conn.execute(
                "SELECT state, at, ended_by_participant, ended_by_party FROM participant_events "
                "WHERE participant_id = ? ORDER BY id",
                (pid,),
            )
        )
        return Participant(
            id=pid,
            uid=UUID(row[1]),
            alias=row[2],
            legal_name=row[3],
            birth_year=row[4],
            contact=row[5],
            institution=row[6],
            release_date=_date_or_none(row[7]),
            state=LifecycleState(row[8]),
            parties=parties,
            history=history,
            created_at=_dt(row[9]),
            updated_at=_dt(row[10]),
        )


# ---------------------------------------------------------------------------------------------
# Notes

_NOTE_COLUMNS = "id, uid, participant_id, text, created_at, expires_at"


def _note(row: tuple[Any, ...]) -> Note:
    return Note(
        id=row[0],
        uid=UUID(row[1]),
        participant_id=row[2],
        text=row[3],
        created_at=_dt(row[4]),
        expires_at=_dt_or_none(row[5]),
    )


class NoteRepository:
    """Free-text case notes; every note is in the search index while it exists."""

    def __init__(self, conn: Connection, clock: Clock = system_clock) -> None:
        self._conn = conn
        self._clock = clock

    def add(self, note: Note) -> Note:
        cursor = self._conn.execute(
            "INSERT INTO notes (uid, participant_id, text, created_at, expires_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            self._row(note),
        )
        return note.model_copy(update={"id": int(cursor.lastrowid)})

    def add_many(self, notes: Iterable[Note]) -> None:
        self._conn.executemany(
            "INSERT INTO notes (uid, participant_id, text, created_at, expires_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [self._row(n) for n in notes],
        )

    def _row(self, note: Note) -> tuple[object, ...]:
        return (
            str(note.uid),
            _require_participant(note.participant_id),
            note.text,
            _ts(note.created_at),
            _ts_or_none(note.expires_at),
            _ts(self._clock()),
        )

    def get(self, note_id: int) -> Note | None:
        row = self._conn.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,)
        ).fetchone()
        return None if row is None else _note(row)

    def list_for_participant(self, participant_id: int) -> list[Note]:
        """The participant's notes, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE participant_id = ? ORDER BY created_at, id",
            (participant_id,),
        )
        return [_note(r) for r in rows]

    def count_for_participant(self, participant_id: int) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM notes WHERE participant_id = ?", (participant_id,)
        ).fetchone()
        return int(row[0])

    def update(self, note: Note) -> Note:
        if note.id is None:
            raise ValueError("the note needs its id")
        cursor = self._conn.execute(
            "UPDATE notes SET text = ?, expires_at = ?, updated_at = ? WHERE id = ?",
            (note.text, _ts_or_none(note.expires_at), _ts(self._clock()), note.id),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "note {note_id} does not exist"),
                note_id=note.id,
            )
        return note

    def delete(self, note_id: int) -> bool:
        return bool(self._conn.execute("DELETE FROM notes WHERE id = ?", (note_id,)).rowcount)

    def purge_expired(self) -> int:
        """Delete every note whose expiry time has passed; returns how many went."""
        cursor = self._conn.execute(
            "DELETE FROM notes WHERE expires_at IS NOT NULL AND expires_at <= ?",
            (_ts(self._clock()),),
        )
        return int(cursor.rowcount)


# ---------------------------------------------------------------------------------------------
# Goals (support plan)

_GOAL_COLUMNS = "id, uid, participant_id, domain, description, owner_party_id, status"


class GoalRepository:
    """Support-plan goals with their actions and dated progress ratings (child tables)."""

    def __init__(self, conn: Connection, clock: Clock = system_clock) -> None:
        self._conn = conn
        self._clock = clock

    def add(self, goal: Goal) -> Goal:
        return self.add_many([goal])[0]

    def add_many(self, goals: Sequence[Goal]) -> list[Goal]:
        stored = _assign_ids(self._conn, "goals", goals)
        now = _ts(self._clock())
        self._conn.executemany(
            "INSERT INTO goals (id, uid, participant_id, domain, description, owner_party_id, "
            "status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    g.id,
                    str(g.uid),
                    _require_participant(g.participant_id),
                    g.domain.value,
                    g.description,
                    g.owner_party_id,
                    g.status.value,
                    now,
                )
                for g in stored
            ],
        )
        self._write_children(stored)
        return stored

    def _write_children(self, goals: Sequence[Goal]) -> None:
        self._conn.executemany(
            "INSERT INTO goal_actions (uid, goal_id, position, description, owner_party_id, "
            "status, due) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    str(a.uid),
                    g.id,
                    i,
                    a.description,
                    a.owner_party_id,
                    a.status.value,
                    _day(a.due),
                )
                for g in goals
                for i, a in enumerate(g.actions)
            ],
        )
        self._conn.executemany(
            "INSERT INTO goal_ratings (goal_id, on_date, score) VALUES (?, ?, ?)",
            [(g.id, r.on.isoformat(), r.score) for g in goals for r in g.ratings],
        )

    def get(self, goal_id: int) -> Goal | None:
        row = self._conn.execute(
            f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id = ?", (goal_id,)
        ).fetchone()
        return None if row is None else self._from_row(row)

    def list_for_participant(self, participant_id: int) -> list[Goal]:
        rows = self._conn.execute(
            f"SELECT {_GOAL_COLUMNS} FROM goals WHERE participant_id = ? ORDER BY id",
            (participant_id,),
        ).fetchall()
        return [self._from_row(r) for r in rows]

    def update(self, goal: Goal) -> Goal:
        """Save the goal, replacing its actions and ratings with the ones it carries."""
        if goal.id is None:
            raise ValueError("the goal needs its id")
        cursor = self._conn.execute(
            "UPDATE goals SET domain = ?, description = ?, owner_party_id = ?, status = ?, "
            "updated_at = ? WHERE id = ?",
            (
                goal.domain.value,
                goal.description,
                goal.owner_party_id,
                goal.status.value,
                _ts(self._clock()),
                goal.id,
            ),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "goal {goal_id} does not exist"),
                goal_id=goal.id,
            )
        self._conn.execute("DELETE FROM goal_actions WHERE goal_id = ?", (goal.id,))
        self._conn.execute("DELETE FROM goal_ratings WHERE goal_id = ?", (goal.id,))
        self._write_children([goal])
        return goal

    def delete(self, goal_id: int) -> bool:
        return bool(self._conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,)).rowcount)

    def _from_row(self, row: tuple[Any, ...]) -> Goal:
        actions = tuple(
            PlanAction(
                uid=UUID(r[0]),
                description=r[1],
                owner_party_id=r[2],
                status=PlanStatus(r[3]),
                due=_date_or_none(r[4]),
            )
            for r in self._conn.execute(
                "SELECT uid, description, owner_party_id, status, due FROM goal_actions "
                "WHERE goal_id = ? ORDER BY position",
                (row[0],),
            )
        )
        ratings = tuple(
            ProgressRating(on=date.fromisoformat(r[0]), score=r[1])
            for r in self._conn.execute(
                "SELECT on_date, score FROM goal_ratings WHERE goal_id = ? ORDER BY on_date",
                (row[0],),
            )
        )
        return Goal(
            id=row[0],
            uid=UUID(row[1]),
            participant_id=row[2],
            domain=LifeDomain(row[3]),
            description=row[4],
            owner_party_id=row[5],
            status=PlanStatus(row[6]),
            actions=actions,
            ratings=ratings,
        )


# ---------------------------------------------------------------------------------------------
# Meetings

_MEETING_COLUMNS = "id, uid, participant_id, on_date, mode, method, summary, next_steps"
_MEETING_INSERT = (
    "INSERT INTO meetings (uid, participant_id, on_date, mode, method, summary, next_steps, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _meeting(row: tuple[Any, ...]) -> Meeting:
    return Meeting(
        id=row[0],
        uid=UUID(row[1]),
        participant_id=row[2],
        on=date.fromisoformat(row[3]),
        mode=MeetingMode(row[4]),
        method=MeetingMethod(row[5]),
        summary=row[6],
        next_steps=row[7],
    )


class MeetingRepository:
    """The meetings log (always one participant and the worker)."""

    def __init__(self, conn: Connection, clock: Clock = system_clock) -> None:
        self._conn = conn
        self._clock = clock

    def _row(self, meeting: Meeting, now: str) -> tuple[object, ...]:
        return (
            str(meeting.uid),
            _require_participant(meeting.participant_id),
            meeting.on.isoformat(),
            meeting.mode.value,
            meeting.method.value,
            meeting.summary,
            meeting.next_steps,
            now,
        )

    def add(self, meeting: Meeting) -> Meeting:
        cursor = self._conn.execute(_MEETING_INSERT, self._row(meeting, _ts(self._clock())))
        return meeting.model_copy(update={"id": int(cursor.lastrowid)})

    def add_many(self, meetings: Iterable[Meeting]) -> None:
        now = _ts(self._clock())
        self._conn.executemany(_MEETING_INSERT, [self._row(m, now) for m in meetings])

    def get(self, meeting_id: int) -> Meeting | None:
        row = self._conn.execute(
            f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE id = ?", (meeting_id,)
        ).fetchone()
        return None if row is None else _meeting(row)

    def list_for_participant(
        self,
        participant_id: int,
        *,
        newest_first: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[Meeting]:
        order = "DESC" if newest_first else "ASC"
        rows = self._conn.execute(
            f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE participant_id = ? "
            f"ORDER BY on_date {order}, id {order} LIMIT ? OFFSET ?",
            (participant_id, -1 if limit is None else limit, offset),
        )
        return [_meeting(r) for r in rows]

    def count_for_participant(self, participant_id: int) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM meetings WHERE participant_id = ?", (participant_id,)
        ).fetchone()
        return int(row[0])

    def update(self, meeting: Meeting) -> Meeting:
        if meeting.id is None:
            raise ValueError("the meeting needs its id")
        cursor = self._conn.execute(
            "UPDATE meetings SET on_date = ?, mode = ?, method = ?, summary = ?, next_steps = ?, "
            "updated_at = ? WHERE id = ?",
            (
                meeting.on.isoformat(),
                meeting.mode.value,
                meeting.method.value,
                meeting.summary,
                meeting.next_steps,
                _ts(self._clock()),
                meeting.id,
            ),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "meeting {meeting_id} does not exist"),
                meeting_id=meeting.id,
            )
        return meeting

    def delete(self, meeting_id: int) -> bool:
        return bool(self._conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,)).rowcount)


# ---------------------------------------------------------------------------------------------
# Safety

_SAFETY_COLUMNS = "id, uid, participant_id, assessed_on, level, review_on, urgent, summary"


class SafetyRepository:
    """Safety assessments with persons at risk and security arrangements. The latest assessment
    of a participant sets their urgent flag, level and next review date in the list."""

    def __init__(self, conn: Connection, clock: Clock = system_clock) -> None:
        self._conn = conn
        self._clock = clock

    def add(self, assessment: SafetyAssessment) -> SafetyAssessment:
        return self.add_many([assessment])[0]

    def add_many(self, assessments: Sequence[SafetyAssessment]) -> list[SafetyAssessment]:
        stored = _assign_ids(self._conn, "safety_assessments", assessments)
        now = _ts(self._clock())
        self._conn.executemany(
            "INSERT INTO safety_assessments (id, uid, participant_id, assessed_on, level, "
            "review_on, urgent, summary, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    a.id,
                    str(a.uid),
                    _require_participant(a.participant_id),
                    a.assessed_on.isoformat(),
                    a.level.value,
                    _day(a.review_on),
                    int(a.urgent),
                    a.summary,
                    now,
                )
                for a in stored
            ],
        )
        self._write_children(stored)
        return stored

    def _write_children(self, assessments: Sequence[SafetyAssessment]) -> None:
        self._conn.executemany(
            "INSERT INTO safety_persons_at_risk (assessment_id, position, relation, note) "
            "VALUES (?, ?, ?, ?)",
            [
                (a.id, i, p.relation.value, p.note)
                for a in assessments
                for i, p in enumerate(a.persons_at_risk)
            ],
        )
        self._conn.executemany(
            "INSERT INTO safety_arrangements (uid, assessment_id, position, description, "
            "owner_party_id, due, done) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (str(s.uid), a.id, i, s.description, s.owner_party_id, _day(s.due), int(s.done))
                for a in assessments
                for i, s in enumerate(a.arrangements)
            ],
        )

    def get(self, assessment_id: int) -> SafetyAssessment | None:
        row = self._conn.execute(
            f"SELECT {_SAFETY_COLUMNS} FROM safety_assessments WHERE id = ?", (assessment_id,)
        ).fetchone()
        return None if row is None else self._from_row(row)

    def list_for_participant(self, participant_id: int) -> list[SafetyAssessment]:
        """All assessments of the participant, newest first."""
        rows = self._conn.execute(
            f"SELECT {_SAFETY_COLUMNS} FROM safety_assessments WHERE participant_id = ? "
            "ORDER BY assessed_on DESC, id DESC",
            (participant_id,),
        ).fetchall()
        return [self._from_row(r) for r in rows]

    def latest(self, participant_id: int) -> SafetyAssessment | None:
        row = self._conn.execute(
            f"SELECT {_SAFETY_COLUMNS} FROM safety_assessments WHERE participant_id = ? "
            "ORDER BY assessed_on DESC, id DESC LIMIT 1",
            (participant_id,),
        ).fetchone()
        return None if row is None else self._from_row(row)

    def is_urgent(self, participant_id: int) -> bool:
        """Whether the participant's latest assessment is flagged urgent."""
        row = self._conn.execute(
            "SELECT urgent FROM participants WHERE id = ?", (participant_id,)
        ).fetchone()
        return bool(row and row[0])

    def count_urgent(self) -> int:
        row = self._conn.execute("SELECT count(*) FROM participants WHERE urgent = 1").fetchone()
        return int(row[0])

    def update(self, assessment: SafetyAssessment) -> SafetyAssessment:
        """Save the assessment, replacing its persons at risk and arrangements."""
        if assessment.id is None:
            raise ValueError("the assessment needs its id")
        cursor = self._conn.execute(
            "UPDATE safety_assessments SET assessed_on = ?, level = ?, review_on = ?, "
            "urgent = ?, summary = ?, updated_at = ? WHERE id = ?",
            (
                assessment.assessed_on.isoformat(),
                assessment.level.value,
                _day(assessment.review_on),
                int(assessment.urgent),
                assessment.summary,
                _ts(self._clock()),
                assessment.id,
            ),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "safety assessment {assessment_id} does not exist"),
                assessment_id=assessment.id,
            )
        self._conn.execute(
            "DELETE FROM safety_persons_at_risk WHERE assessment_id = ?", (assessment.id,)
        )
        self._conn.execute(
            "DELETE FROM safety_arrangements WHERE assessment_id = ?", (assessment.id,)
        )
        self._write_children([assessment])
        return assessment

    def delete(self, assessment_id: int) -> bool:
        cursor = self._conn.execute("DELETE FROM safety_assessments WHERE id = ?", (assessment_id,))
        return bool(cursor.rowcount)

    def _from_row(self, row: tuple[Any, ...]) -> SafetyAssessment:
        persons = tuple(
            PersonAtRisk(relation=Relation(r[0]), note=r[1])
            for r in self._conn.execute(
                "SELECT relation, note FROM safety_persons_at_risk WHERE assessment_id = ? "
                "ORDER BY position",
                (row[0],),
            )
        )
        arrangements = tuple(
            SecurityArrangement(
                uid=UUID(r[0]),
                description=r[1],
                owner_party_id=r[2],
                due=_date_or_none(r[3]),
                done=bool(r[4]),
            )
            for r in self._conn.execute(
                "SELECT uid, description, owner_party_id, due, done FROM safety_arrangements "
                "WHERE assessment_id = ? ORDER BY position",
                (row[0],),
            )
        )
        return SafetyAssessment(
            id=row[0],
            uid=UUID(row[1]),
            participant_id=row[2],
            assessed_on=date.fromisoformat(row[3]),
            level=SafetyLevel(row[4]),
            review_on=_date_or_none(row[5]),
            urgent=bool(row[6]),
            summary=row[7],
            persons_at_risk=persons,
            arrangements=arrangements,
        )


# ---------------------------------------------------------------------------------------------
# Consents

_CONSENT_COLUMNS = (
    "c.id, c.uid, c.participant_id, p.uid, c.purpose, c.valid_from, c.valid_until, c.method, "
    "c.witness, c.guardian, c.recorded_by, c.recorded_at, c.withdrawn_at"
)
_CONSENT_FROM = "FROM consents c JOIN participants p ON p.id = c.participant_id"


class ConsentRepository:
    """Consents with their recipients and data categories. The signature columns are opaque
    bytes the exchange layer fills and reads."""

    def __init__(self, conn: Connection, clock: Clock = system_clock) -> None:
        self._conn = conn
        self._clock = clock

    def add(self, consent: Consent) -> Consent:
        return self.add_many([consent])[0]

    def add_many(self, consents: Sequence[Consent]) -> list[Consent]:
        resolved: list[Consent] = []
        for c in consents:
            pid = self._participant_id(c)
            resolved.append(
                c if c.participant_id == pid else c.model_copy(update={"participant_id": pid})
            )
        stored = _assign_ids(self._conn, "consents", resolved)
        now = _ts(self._clock())
        self._conn.executemany(
            "INSERT INTO consents (id, uid, participant_id, purpose, valid_from, valid_until, "
            "method, witness, guardian, recorded_by, recorded_at, withdrawn_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.id,
                    str(c.uid),
                    c.participant_id,
                    c.purpose,
                    _ts(c.valid_from),
                    _ts(c.valid_until),
                    c.method.value,
                    c.witness,
                    c.guardian,
                    c.recorded_by,
                    _ts(c.recorded_at),
                    _ts_or_none(c.withdrawn_at),
                    now,
                )
                for c in stored
            ],
        )
        self._conn.executemany(
            "INSERT INTO consent_recipients (consent_id, position, party_id, "
            "contact_fingerprint, label) VALUES (?, ?, ?, ?, ?)",
            [
                (c.id, i, r.party_id, r.contact_fingerprint, r.label)
                for c in stored
                for i, r in enumerate(c.recipients)
            ],
        )
        self._conn.executemany(
            "INSERT INTO consent_categories (consent_id, category) VALUES (?, ?)",
            [(c.id, cat.value) for c in stored for cat in sorted(c.categories)],
        )
        return stored

    def _participant_id(self, consent: Consent) -> int:
        row = self._conn.execute(
            "SELECT id FROM participants WHERE uid = ?", (str(consent.participant_uid),)
        ).fetchone()
        if row is None:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "the consent's participant is not in this vault")
            )
        if consent.participant_id is not None and consent.participant_id != row[0]:
            raise ValueError("the consent's participant id and uid name different participants")
        return int(row[0])

    def get(self, consent_id: int) -> Consent | None:
        row = self._conn.execute(
            f"SELECT {_CONSENT_COLUMNS} {_CONSENT_FROM} WHERE c.id = ?", (consent_id,)
        ).fetchone()
        return None if row is None else self._from_row(row)

    def get_by_uid(self, uid: UUID) -> Consent | None:
        row = self._conn.execute(
            f"SELECT {_CONSENT_COLUMNS} {_CONSENT_FROM} WHERE c.uid = ?", (str(uid),)
        ).fetchone()
        return None if row is None else self._from_row(row)

    def list_for_participant(self, participant_id: int) -> list[Consent]:
        """The participant's consents, in the order they were recorded."""
        rows = self._conn.execute(
            f"SELECT {_CONSENT_COLUMNS} {_CONSENT_FROM} WHERE c.participant_id = ? "
            "ORDER BY c.recorded_at, c.id",
            (participant_id,),
        ).fetchall()
        return [self._from_row(r) for r in rows]

    def mark_withdrawn(self, consent_id: int) -> Consent:
        """Record the withdrawal now; ``DomainError`` if it was already withdrawn."""
        current = self.get(consent_id)
        if current is None:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "consent {consent_id} does not exist"),
                consent_id=consent_id,
            )
        withdrawn = current.withdrawn(self._clock)
        assert withdrawn.withdrawn_at is not None
        self._conn.execute(
            "UPDATE consents SET withdrawn_at = ?, updated_at = ? WHERE id = ?",
            (_ts(withdrawn.withdrawn_at), _ts(self._clock()), consent_id),
        )
        return withdrawn

    def set_signature(self, consent_id: int, signature: bytes, signed_payload: bytes) -> None:
        cursor = self._conn.execute(
            "UPDATE consents SET signature = ?, signed_payload = ?, updated_at = ? WHERE id = ?",
            (signature, signed_payload, _ts(self._clock()), consent_id),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "consent {consent_id} does not exist"),
                consent_id=consent_id,
            )

    def signature(self, consent_id: int) -> tuple[bytes, bytes] | None:
        """The stored signature and the exact bytes it signs, or ``None`` if unsigned."""
        row = self._conn.execute(
            "SELECT signature, signed_payload FROM consents WHERE id = ?", (consent_id,)
        ).fetchone()
        if row is None or row[0] is None or row[1] is None:
            return None
        return bytes(row[0]), bytes(row[1])

    def _from_row(self, row: tuple[Any, ...]) -> Consent:
        recipients = tuple(
            ConsentRecipient(party_id=r[0], contact_fingerprint=r[1], label=r[2])
            for r in self._conn.execute(
                "SELECT party_id, contact_fingerprint, label FROM consent_recipients "
                "WHERE consent_id = ? ORDER BY position",
                (row[0],),
            )
        )
        categories = frozenset(
            DataCategory(r[0])
            for r in self._conn.execute(
                "SELECT category FROM consent_categories WHERE consent_id = ?", (row[0],)
            )
        )
        return Consent(
            id=row[0],
            uid=UUID(row[1]),
            participant_id=row[2],
            participant_uid=UUID(row[3]),
            purpose=row[4],
            valid_from=_dt(row[5]),
            valid_until=_dt(row[6]),
            method=ConsentMethod(row[7]),
            witness=row[8],
            guardian=row[9],
            recorded_by=row[10],
            recorded_at=_dt(row[11]),
            withdrawn_at=_dt_or_none(row[12]),
            recipients=recipients,
            categories=categories,
        )
