"""What every repository repeats: times and days as stored text, pre-assigned ids, and fetching
rows into models. Statements stay in the repositories; table names here come from their code,
never from input."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from exitdesk.domain.clock import Clock, system_clock
from exitdesk.domain.consent import Consent
from exitdesk.domain.participant import Participant
from exitdesk.domain.plan import Goal
from exitdesk.domain.safety import SafetyAssessment
from exitdesk.vault.db import Connection

Row = tuple[Any, ...]
_T = TypeVar("_T")
# The records whose batches are written with pre-assigned ids (their child rows need them).
_Record = TypeVar("_Record", Participant, Goal, SafetyAssessment, Consent)

# Two spellings of a UTC time are on disk in existing vaults, so neither can change: the case
# tables hold ``isoformat`` text ("+00:00"), the exchange tables fixed-width text ending in "Z".
# Both are fixed width, so text order is time order within a column.


class Repository:
    """A repository of case records over the caller's connection (it never commits); ``clock``
    stamps every change."""

    def __init__(self, conn: Connection, clock: Clock = system_clock) -> None:
        self._conn = conn
        self._clock = clock

    def _now_text(self) -> str:
        return iso_utc(self._clock())


def iso_utc(value: datetime) -> str:
    """A time for the case tables; a naive time is refused rather than guessed."""
    if value.tzinfo is None:
        raise ValueError("times stored in the vault must be timezone-aware")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def iso_utc_or_none(value: datetime | None) -> str | None:
    return None if value is None else iso_utc(value)


def zulu_utc(value: datetime) -> str:
    """A time for the exchange tables."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def read_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def read_time_or_none(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def day_or_none(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def read_day_or_none(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def placeholders(values: Sequence[object]) -> str:
    """``?, ?, ?`` for an ``IN (...)`` over ``values``."""
    return ", ".join("?" for _ in values)


def require_participant(participant_id: int | None) -> int:
    if participant_id is None:
        raise ValueError("the record needs the participant's id")
    return participant_id


def first_int(row: Row) -> int:
    """The row's first column as an int (an id, a count)."""
    return int(row[0])


def fetch_one(
    conn: Connection, sql: str, params: Sequence[object], into: Callable[[Row], _T]
) -> _T | None:
    """The first row of ``sql`` made into a model, or ``None`` when there is none."""
    row = conn.execute(sql, params).fetchone()
    return None if row is None else into(row)


def fetch_all(
    conn: Connection, sql: str, params: Sequence[object], into: Callable[[Row], _T]
) -> list[_T]:
    # Every row is read before any is mapped: a mapper may run its own queries for child rows.
    return [into(row) for row in conn.execute(sql, params).fetchall()]


def count(conn: Connection, sql: str, params: Sequence[object] = ()) -> int:
    """The single number a ``SELECT count(*) ...`` returns."""
    return int(conn.execute(sql, params).fetchone()[0])


def exists(conn: Connection, sql: str, params: Sequence[object]) -> bool:
    return conn.execute(sql, params).fetchone() is not None


def delete_by_id(conn: Connection, table: str, row_id: int) -> bool:
    """Delete one row (and, by cascade, its children); whether there was such a row."""
    return bool(conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,)).rowcount)


def assign_ids(conn: Connection, table: str, records: Sequence[_Record]) -> list[_Record]:
    """Give each record without an id the next free one, past any id a record already has.

    Batches pre-assign ids so child rows can be written with executemany; the caller's write
    transaction keeps anyone else from taking the same ids meanwhile."""
    start = int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])
    start = max([start, *((r.id + 1) for r in records if r.id is not None)])
    out: list[_Record] = []
    for record in records:
        if record.id is None:
            out.append(record.model_copy(update={"id": start}))
            start += 1
        else:
            out.append(record)
    return out
