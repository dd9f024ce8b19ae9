"""A participant's case records: notes, support-plan goals, meetings and safety assessments,
each with its child rows. The caller owns the transaction; every statement is parameterised."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from uuid import UUID

from exitdesk.domain.meeting import Meeting
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import Note
from exitdesk.domain.plan import Goal, LifeDomain, PlanAction, PlanStatus, ProgressRating
from exitdesk.domain.safety import (
    PersonAtRisk,
    Relation,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
)
from exitdesk.vault.errors import RecordNotFoundError
from exitdesk.vault.repositories._sql import (
    Repository,
    Row,
    assign_ids,
    count,
    day_or_none,
    delete_by_id,
    fetch_all,
    fetch_one,
    iso_utc,
    iso_utc_or_none,
    read_day_or_none,
    read_time,
    read_time_or_none,
    require_participant,
)

__all__ = ["GoalRepository", "MeetingRepository", "NoteRepository", "SafetyRepository"]


# ---------------------------------------------------------------------------------------------
# Notes

_NOTE_COLUMNS = "id, uid, participant_id, text, created_at, expires_at"


def _note(row: Row) -> Note:
    return Note(
        id=row[0],
        uid=UUID(row[1]),
        participant_id=row[2],
        text=row[3],
        created_at=read_time(row[4]),
        expires_at=read_time_or_none(row[5]),
    )


class NoteRepository(Repository):
    """Free-text case notes; every note is in the search index while it exists."""

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
            require_participant(note.participant_id),
            note.text,
            iso_utc(note.created_at),
            iso_utc_or_none(note.expires_at),
            self._now_text(),
        )

    def get(self, note_id: int) -> Note | None:
        return fetch_one(
            self._conn, f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,), _note
        )

    def list_for_participant(self, participant_id: int) -> list[Note]:
        """The participant's notes, oldest first."""
        return fetch_all(
            self._conn,
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE participant_id = ? ORDER BY created_at, id",
            (participant_id,),
            _note,
        )

    def count_for_participant(self, participant_id: int) -> int:
        return count(
            self._conn, "SELECT count(*) FROM notes WHERE participant_id = ?", (participant_id,)
        )

    def update(self, note: Note) -> Note:
        if note.id is None:
            raise ValueError("the note needs its id")
        cursor = self._conn.execute(
            "UPDATE notes SET text = ?, expires_at = ?, updated_at = ? WHERE id = ?",
            (note.text, iso_utc_or_none(note.expires_at), self._now_text(), note.id),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "note {note_id} does not exist"),
                note_id=note.id,
            )
        return note

    def delete(self, note_id: int) -> bool:
        return delete_by_id(self._conn, "notes", note_id)

    def purge_expired(self) -> int:
        """Delete every note whose expiry time has passed; returns how many went."""
        cursor = self._conn.execute(
            "DELETE FROM notes WHERE expires_at IS NOT NULL AND expires_at <= ?",
            (self._now_text(),),
        )
        return int(cursor.rowcount)


# ---------------------------------------------------------------------------------------------
# Goals (support plan)

_GOAL_COLUMNS = "id, uid, participant_id, domain, description, owner_party_id, status"


class GoalRepository(Repository):
    """Support-plan goals with their actions and dated progress ratings (child tables)."""

    def add(self, goal: Goal) -> Goal:
        return self.add_many([goal])[0]

    def add_many(self, goals: Sequence[Goal]) -> list[Goal]:
        stored = assign_ids(self._conn, "goals", goals)
        now = self._now_text()
        self._conn.executemany(
            "INSERT INTO goals (id, uid, participant_id, domain, description, owner_party_id, "
            "status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    g.id,
                    str(g.uid),
                    require_participant(g.participant_id),
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
                    day_or_none(a.due),
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
        return fetch_one(
            self._conn,
            f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id = ?",
            (goal_id,),
            self._from_row,
        )

    def list_for_participant(self, participant_id: int) -> list[Goal]:
        return fetch_all(
            self._conn,
            f"SELECT {_GOAL_COLUMNS} FROM goals WHERE participant_id = ? ORDER BY id",
            (participant_id,),
            self._from_row,
        )

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
                self._now_text(),
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
        return delete_by_id(self._conn, "goals", goal_id)

    def _from_row(self, row: Row) -> Goal:
        actions = tuple(
            PlanAction(
                uid=UUID(r[0]),
                description=r[1],
                owner_party_id=r[2],
                status=PlanStatus(r[3]),
                due=read_day_or_none(r[4]),
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


def _meeting(row: Row) -> Meeting:
    # The stored texts go to the model as they are: its validation (in pydantic's core) turns
    # them into the UUID, date and enums, about a third of the cost of converting each in
    # Python first, and a case export reads every meeting of the case.
    return Meeting(
        id=row[0],
        uid=row[1],
        participant_id=row[2],
        on=row[3],
        mode=row[4],
        method=row[5],
        summary=row[6],
        next_steps=row[7],
    )


class MeetingRepository(Repository):
    """The meetings log (always one participant and the worker)."""

    def _row(self, meeting: Meeting, now: str, participant_id: int | None) -> tuple[object, ...]:
        return (
            str(meeting.uid),
            require_participant(
                meeting.participant_id if participant_id is None else participant_id
            ),
            meeting.on.isoformat(),
            meeting.mode.value,
            meeting.method.value,
            meeting.summary,
            meeting.next_steps,
            now,
        )

    def add(self, meeting: Meeting) -> Meeting:
        cursor = self._conn.execute(_MEETING_INSERT, self._row(meeting, self._now_text(), None))
        return meeting.model_copy(update={"id": int(cursor.lastrowid)})

    def add_many(self, meetings: Iterable[Meeting], *, participant_id: int | None = None) -> None:
        """Insert ``meetings``, as one statement. ``participant_id``, when given, is the
        participant of all of them, whatever their own field says (an import's models carry
        none: giving it here spares a copy of each model)."""
        now = self._now_text()
        self._conn.executemany(
            _MEETING_INSERT, [self._row(m, now, participant_id) for m in meetings]
        )

    def get(self, meeting_id: int) -> Meeting | None:
        return fetch_one(
            self._conn,
            f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE id = ?",
            (meeting_id,),
            _meeting,
        )

    def list_for_participant(
        self,
        participant_id: int,
        *,
        newest_first: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[Meeting]:
        order = "DESC" if newest_first else "ASC"
        return fetch_all(
            self._conn,
            f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE participant_id = ? "
            f"ORDER BY on_date {order}, id {order} LIMIT ? OFFSET ?",
            (participant_id, -1 if limit is None else limit, offset),
            _meeting,
        )

    def count_for_participant(self, participant_id: int) -> int:
        return count(
            self._conn, "SELECT count(*) FROM meetings WHERE participant_id = ?", (participant_id,)
        )

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
                self._now_text(),
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
        return delete_by_id(self._conn, "meetings", meeting_id)


# ---------------------------------------------------------------------------------------------
# Safety

_SAFETY_COLUMNS = "id, uid, participant_id, assessed_on, level, review_on, urgent, summary"


class SafetyRepository(Repository):
    """Safety assessments with persons at risk and security arrangements. The latest assessment
    of a participant sets their urgent flag, level and next review date in the list."""

    def add(self, assessment: SafetyAssessment) -> SafetyAssessment:
        return self.add_many([assessment])[0]

    def add_many(self, assessments: Sequence[SafetyAssessment]) -> list[SafetyAssessment]:
        stored = assign_ids(self._conn, "safety_assessments", assessments)
        now = self._now_text()
        self._conn.executemany(
            "INSERT INTO safety_assessments (id, uid, participant_id, assessed_on, level, "
            "review_on, urgent, summary, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    a.id,
                    str(a.uid),
                    require_participant(a.participant_id),
                    a.assessed_on.isoformat(),
                    a.level.value,
                    day_or_none(a.review_on),
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
            "owner_party_id, due, review_on, done, closed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    str(s.uid),
                    a.id,
                    i,
                    s.description,
                    s.owner_party_id,
                    day_or_none(s.due),
                    day_or_none(s.review_on),
                    int(s.done),
                    int(s.closed),
                )
                for a in assessments
                for i, s in enumerate(a.arrangements)
            ],
        )

    def get(self, assessment_id: int) -> SafetyAssessment | None:
        return fetch_one(
            self._conn,
            f"SELECT {_SAFETY_COLUMNS} FROM safety_assessments WHERE id = ?",
            (assessment_id,),
            self._from_row,
        )

    def list_for_participant(self, participant_id: int) -> list[SafetyAssessment]:
        """All assessments of the participant, newest first."""
        return fetch_all(
            self._conn,
            f"SELECT {_SAFETY_COLUMNS} FROM safety_assessments WHERE participant_id = ? "
            "ORDER BY assessed_on DESC, id DESC",
            (participant_id,),
            self._from_row,
        )

    def latest(self, participant_id: int) -> SafetyAssessment | None:
        return fetch_one(
            self._conn,
            f"SELECT {_SAFETY_COLUMNS} FROM safety_assessments WHERE participant_id = ? "
            "ORDER BY assessed_on DESC, id DESC LIMIT 1",
            (participant_id,),
            self._from_row,
        )

    def is_urgent(self, participant_id: int) -> bool:
        """Whether the participant's latest assessment is flagged urgent."""
        row = self._conn.execute(
            "SELECT urgent FROM participants WHERE id = ?", (participant_id,)
        ).fetchone()
        return bool(row and row[0])

    def count_urgent(self) -> int:
        return count(self._conn, "SELECT count(*) FROM participants WHERE urgent = 1")

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
                day_or_none(assessment.review_on),
                int(assessment.urgent),
                assessment.summary,
                self._now_text(),
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

    def update_arrangement(self, assessment_id: int, arrangement: SecurityArrangement) -> None:
        """Save one arrangement of an assessment in place (state, owner, dates)."""
        cursor = self._conn.execute(
            "UPDATE safety_arrangements SET description = ?, owner_party_id = ?, due = ?, "
            "review_on = ?, done = ?, closed = ? WHERE assessment_id = ? AND uid = ?",
            (
                arrangement.description,
                arrangement.owner_party_id,
                day_or_none(arrangement.due),
                day_or_none(arrangement.review_on),
                int(arrangement.done),
                int(arrangement.closed),
                assessment_id,
                str(arrangement.uid),
            ),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "safety assessment {assessment_id} does not exist"),
                assessment_id=assessment_id,
            )
        self._conn.execute(
            "UPDATE safety_assessments SET updated_at = ? WHERE id = ?",
            (self._now_text(), assessment_id),
        )

    def delete(self, assessment_id: int) -> bool:
        return delete_by_id(self._conn, "safety_assessments", assessment_id)

    def _from_row(self, row: Row) -> SafetyAssessment:
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
                due=read_day_or_none(r[3]),
                review_on=read_day_or_none(r[5]),
                done=bool(r[4]),
                closed=bool(r[6]),
            )
            for r in self._conn.execute(
                "SELECT uid, description, owner_party_id, due, done, review_on, closed "
                "FROM safety_arrangements "
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
            review_on=read_day_or_none(row[5]),
            urgent=bool(row[6]),
            summary=row[7],
            persons_at_risk=persons,
            arrangements=arrangements,
        )
