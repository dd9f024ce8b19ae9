"""Participants in and out of the vault: their chosen parties and lifecycle history, and the
list's filtered, searched, sorted and paged queries. The caller owns the transaction."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from uuid import UUID

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import (
    ContactRoute,
    EndedBy,
    LifecycleEvent,
    LifecycleState,
    Participant,
)
from exitdesk.domain.parties import ALL_PARTIES
from exitdesk.domain.safety import SafetyLevel
from exitdesk.domain.views import (
    ParticipantPage,
    ParticipantQuery,
    ParticipantSort,
    ParticipantSummary,
)
from exitdesk.vault.db import Connection
from exitdesk.vault.errors import RecordNotFoundError
from exitdesk.vault.repositories._sql import (
    Repository,
    Row,
    assign_ids,
    count,
    day_or_none,
    delete_by_id,
    fetch_one,
    first_int,
    iso_utc,
    placeholders,
    read_day_or_none,
    read_time,
    require_participant,
    zulu_utc,
)
from exitdesk.vault.sort_keys import sort_key

__all__ = [
    "MAX_SEARCH_TERMS",
    "ParticipantRepository",
    "fts_match_expression",
    "replace_lifecycle",
    "search_terms",
    "sort_key",
]

# More words than this in one search adds nothing a worker needs and only slows the query.
MAX_SEARCH_TERMS = 8
_WORD = re.compile(r"[^\W_]+")

# ---------------------------------------------------------------------------------------------
# Search and sort text


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
    "created_at, updated_at, contact_route"
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


# Every sort is a list of keys in one direction, ending with the id, each key written exactly as
# an index of migration 0006 has it: the index then serves the order (no sort of the whole set)
# and keyset paging seeks straight to the next page. "No value last" becomes an IS NULL key
# and numbers are negated rather than mixing directions; no key is ever NULL, so comparisons hold.
_LEVEL_KEY = f"coalesce({_LEVEL_RANK}, 0)"
_REVIEW_NUMBER = "coalesce(CAST(replace(p.next_review, '-', '') AS INTEGER), 0)"
_LEGAL_NAME = "coalesce(p.legal_name_sort, '')"
_BIRTH_YEAR = "coalesce(p.birth_year, 0)"
_KEYS: dict[tuple[ParticipantSort, bool], tuple[tuple[str, ...], bool]] = {
    (ParticipantSort.ALIAS, False): (("p.alias_sort", "p.id"), False),
    (ParticipantSort.ALIAS, True): (("p.alias_sort", "p.id"), True),
    (ParticipantSort.LEGAL_NAME, False): (
        ("p.legal_name_sort IS NULL", _LEGAL_NAME, "p.id"),
        False,
    ),
    (ParticipantSort.LEGAL_NAME, True): (
        ("p.legal_name_sort IS NOT NULL", _LEGAL_NAME, "p.id"),
        True,
    ),
    (ParticipantSort.BIRTH_YEAR, False): (
        ("p.birth_year IS NULL", _BIRTH_YEAR, "p.alias_sort", "p.id"),
        False,
    ),
    (ParticipantSort.BIRTH_YEAR, True): (
        ("p.birth_year IS NULL", f"-{_BIRTH_YEAR}", "p.alias_sort", "p.id"),
        False,
    ),
    (ParticipantSort.STATE, False): ((_STATE_RANK, "p.alias_sort", "p.id"), False),
    (ParticipantSort.STATE, True): ((f"-{_STATE_RANK}", "p.alias_sort", "p.id"), False),
    (ParticipantSort.SAFETY, False): (
        ("p.safety_level IS NULL", "p.urgent", _LEVEL_KEY, "p.alias_sort", "p.id"),
        False,
    ),
    (ParticipantSort.SAFETY, True): (
        ("p.safety_level IS NULL", "-p.urgent", f"-{_LEVEL_KEY}", "p.alias_sort", "p.id"),
        False,
    ),
    (ParticipantSort.NEXT_REVIEW, False): (
        ("p.next_review IS NULL", _REVIEW_NUMBER, "p.alias_sort", "p.id"),
        False,
    ),
    (ParticipantSort.NEXT_REVIEW, True): (
        ("p.next_review IS NULL", f"-{_REVIEW_NUMBER}", "p.alias_sort", "p.id"),
        False,
    ),
    (ParticipantSort.UPDATED, False): (("p.updated_at", "p.id"), False),
    (ParticipantSort.UPDATED, True): (("p.updated_at", "p.id"), True),
}


def _order(keys: Sequence[str], reverse: bool) -> str:
    d = " DESC" if reverse else ""
    return ", ".join(f"{k}{d}" for k in keys)


def _where(query: ParticipantQuery, *, walk_sort: bool = False) -> tuple[list[str], list[object]]:
    """The filter's clauses. ``walk_sort``: the chosen states are so common that the page is
    found sooner along the sort's index, skipping the others (``+`` keeps SQLite from
    gathering every row of those states by the state index and sorting them all)."""
    clauses: list[str] = []
    params: list[object] = []
    if query.states:
        states = sorted(s.value for s in query.states)
        unary = "+" if walk_sort else ""
        clauses.append(f"{unary}p.state IN ({placeholders(states)})")
        params.extend(states)
    if query.parties:
        parties = sorted(query.parties)
        # A probe per row along the sort's index, instead of building and sorting the whole set.
        clauses.append(
            "EXISTS (SELECT 1 FROM participant_parties pp WHERE pp.participant_id = p.id "
            f"AND pp.party_id IN ({placeholders(parties)}))"
        )
        params.extend(parties)
    if query.urgent_only:
        # Written as a literal so the planner can use the partial index on urgent cases.
        clauses.append("p.urgent = 1")
    for term in search_terms(query.text):
        clauses.append(_TERM_CLAUSE)
        params.extend((term, term))
    return clauses, params


def _sql_where(clauses: Sequence[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


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
        iso_utc(event.at),
        1 if ended is not None and ended.participant else 0,
        None if ended is None else ended.party_id,
    )


class ParticipantRepository(Repository):
    """Participants with their chosen parties and lifecycle history, and the list queries."""

    def add(self, participant: Participant) -> Participant:
        """Store a new participant; returns it with its id and timestamps."""
        return self.add_many([participant])[0]

    def add_many(self, participants: Sequence[Participant]) -> list[Participant]:
        """Store many new participants with a few ``executemany`` calls (demo data, imports)."""
        now = self._clock()
        stored: list[Participant] = []
        for p in assign_ids(self._conn, "participants", participants):
            _check_history(p)
            stored.append(
                p.model_copy(update={"created_at": p.created_at or now, "updated_at": now})
            )
        self._conn.executemany(
            "INSERT INTO participants (id, uid, alias, alias_sort, legal_name, legal_name_sort, "
            "birth_year, contact, institution, release_date, state, created_at, updated_at, "
            "contact_route) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    day_or_none(p.release_date),
                    p.state.value,
                    iso_utc(p.created_at or now),
                    iso_utc(now),
                    None if p.contact_route is None else p.contact_route.value,
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
            [_event_row(require_participant(p.id), e) for p in stored for e in p.history],
        )
        return stored

    def get(self, participant_id: int) -> Participant | None:
        return fetch_one(
            self._conn,
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE id = ?",
            (participant_id,),
            self._from_row,
        )

    def ids(self) -> list[int]:
        """Every participant's id, in the order they were added."""
        return [int(r[0]) for r in self._conn.execute("SELECT id FROM participants ORDER BY id")]

    def get_by_uid(self, uid: UUID) -> Participant | None:
        return fetch_one(
            self._conn,
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE uid = ?",
            (str(uid),),
            self._from_row,
        )

    def id_for_uid(self, uid: UUID) -> int | None:
        return fetch_one(
            self._conn, "SELECT id FROM participants WHERE uid = ?", (str(uid),), first_int
        )

    def update(self, participant: Participant) -> Participant:
        """Save the editable fields and the chosen parties. Lifecycle changes go through
        ``record_transition`` so that only allowed transitions are ever stored."""
        pid = require_participant(participant.id)
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
            "release_date = ?, updated_at = ?, contact_route = ? WHERE id = ?",
            (
                participant.alias,
                sort_key(participant.alias),
                participant.legal_name,
                None if participant.legal_name is None else sort_key(participant.legal_name),
                participant.birth_year,
                participant.contact,
                participant.institution,
                day_or_none(participant.release_date),
                iso_utc(now),
                None if participant.contact_route is None else participant.contact_route.value,
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
            (iso_utc(self._clock()), participant_id),
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
            (to.value, iso_utc(now), participant_id),
        )
        return changed.model_copy(update={"updated_at": now})

    def delete(self, participant_id: int) -> bool:
        """Delete the participant and, by cascade, everything recorded about them, including
        their entries in the search index. Returns whether there was such a participant."""
        return delete_by_id(self._conn, "participants", participant_id)

    def summaries(self, query: ParticipantQuery) -> list[ParticipantSummary]:
        """One page of the list, filtered, searched, sorted and paged inside SQLite."""
        return self._summaries_for(self._page_ids(query))

    def first_page(self, query: ParticipantQuery) -> ParticipantPage:
        """The query's first page with how many match and how many of those are urgent. A text
        search is run once for all three (it is the costly part); without one, each is an
        indexed count."""
        clauses, params = _where(query)
        first = query.page(0)
        if not query.text.strip() or not search_terms(query.text):
            urgent = query.model_copy(update={"urgent_only": True})
            return ParticipantPage(
                total=self.count(query),
                urgent=self.count(urgent),
                rows=tuple(self.summaries(first)),
            )
        keys, reverse = _KEYS[(query.sort, query.descending)]
        matches = self._conn.execute(
            f"SELECT p.id, p.urgent FROM participants p{_sql_where(clauses)} "
            f"ORDER BY {_order(keys, reverse)}",
            params,
        ).fetchall()
        ids = [row[0] for row in matches[: query.limit]]
        return ParticipantPage(
            total=len(matches),
            urgent=sum(row[1] for row in matches),
            rows=tuple(self._summaries_for(ids)),
        )

    def _states_are_common(self, query: ParticipantQuery) -> bool:
        """Whether walking the sort's index finds a page of the chosen states sooner than
        sorting all of them: with a share f of the vault in those states, the walk reads about
        limit / f rows, the sort all f × N of them (SQLite, without statistics, takes any
        state to be rare). Two index look-ups; a text search is driven by its own index."""
        if not query.states or search_terms(query.text):
            return False
        states = sorted(s.value for s in query.states)
        (chosen,) = self._conn.execute(
            f"SELECT count(*) FROM participants WHERE state IN ({placeholders(states)})", states
        ).fetchone()
        (top,) = self._conn.execute("SELECT coalesce(max(id), 0) FROM participants").fetchone()
        return int(chosen) ** 2 > 4 * max(query.limit, 1) * int(top)

    def _page_ids(self, query: ParticipantQuery) -> list[int]:
        clauses, params = _where(query, walk_sort=self._states_are_common(query))
        keys, reverse = _KEYS[(query.sort, query.descending)]
        if query.after_id is None:
            # Ids first, columns second: SQLite would otherwise compute every column (the
            # parties subquery too) for rows it then skips.
            return [
                row[0]
                for row in self._conn.execute(
                    f"SELECT p.id FROM participants p{_sql_where(clauses)} "
                    f"ORDER BY {_order(keys, reverse)} LIMIT ? OFFSET ?",
                    (*params, query.limit, query.offset),
                )
            ]
        cursor = self._conn.execute(
            f"SELECT {', '.join(keys)} FROM participants p WHERE p.id = ?", (query.after_id,)
        ).fetchone()
        if cursor is None:
            return []
        # The rows after the cursor, as ranges the index can seek to: first those equal to it
        # on every key but the last and beyond it on that one, then equal on one key fewer, …
        ids: list[int] = []
        beyond = "<" if reverse else ">"
        for depth in range(len(keys) - 1, -1, -1):
            # Bracketed: "x IS NULL = ?" would otherwise parse as "x IS (NULL = ?)".
            same = [f"({k}) = ?" for k in keys[:depth]]
            step = [*clauses, *same, f"({keys[depth]}) {beyond} ?"]
            rows = self._conn.execute(
                f"SELECT p.id FROM participants p{_sql_where(step)} "
                f"ORDER BY {_order(keys[depth:], reverse)} LIMIT ?",
                (*params, *cursor[: depth + 1], query.limit - len(ids)),
            )
            ids.extend(row[0] for row in rows)
            if len(ids) >= query.limit:
                break
        return ids

    def _summaries_for(self, ids: list[int]) -> list[ParticipantSummary]:
        if not ids:
            return []
        position = {pid: i for i, pid in enumerate(ids)}
        rows = sorted(
            self._conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM participants p "
                f"WHERE p.id IN ({placeholders(ids)})",
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
                next_review=read_day_or_none(row[9]),
                updated_at=read_time(row[10]),
            )
            for row in rows
        ]

    def count(self, query: ParticipantQuery) -> int:
        """How many participants match the query's filters and search (paging ignored)."""
        clauses, params = _where(query)
        return count(
            self._conn, f"SELECT count(*) FROM participants p{_sql_where(clauses)}", params
        )

    def _from_row(self, row: Row) -> Participant:
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
                at=read_time(r[1]),
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
            contact_route=None if row[11] is None else ContactRoute(row[11]),
            institution=row[6],
            release_date=read_day_or_none(row[7]),
            state=LifecycleState(row[8]),
            parties=parties,
            history=history,
            created_at=read_time(row[9]),
            updated_at=read_time(row[10]),
        )


def replace_lifecycle(
    conn: Connection,
    participant_id: int,
    state: str,
    history: list[tuple[str, datetime, bool, str | None]],
    now: datetime,
) -> None:
    """Take over the lifecycle another party recorded (state and every event), as received in a
    verified bundle. Each event is (state, at, ended by the participant, ended by party id)."""
    # The exchange has always written these times in its own (Z) spelling; both read back alike.
    conn.execute("DELETE FROM participant_events WHERE participant_id = ?", (participant_id,))
    conn.executemany(
        "INSERT INTO participant_events (participant_id, state, at, ended_by_participant,"
        " ended_by_party) VALUES (?, ?, ?, ?, ?)",
        [
            (participant_id, s, zulu_utc(at), 1 if by_p else 0, party)
            for s, at, by_p, party in history
        ],
    )
    conn.execute(
        "UPDATE participants SET state = ?, updated_at = ? WHERE id = ?",
        (state, zulu_utc(now), participant_id),
    )
