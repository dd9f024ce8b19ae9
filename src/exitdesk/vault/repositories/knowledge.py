"""The installed versions of the knowledge library: one row per signed pack, the whole library
as JSON text in each. The caller owns the transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from exitdesk.vault.db import Connection
from exitdesk.vault.repositories._sql import (
    Row,
    fetch_all,
    fetch_one,
    read_time,
    read_time_or_none,
    zulu_utc,
)

__all__ = ["KnowledgeVersion", "KnowledgeVersionRepository"]


@dataclass(frozen=True)
class KnowledgeVersion:
    version: int
    installed_at: datetime
    bundle_id: str
    sender_fp: str
    entries: str
    rolled_back_at: datetime | None


_COLUMNS = "version, installed_at, bundle_id, sender_fp, entries, rolled_back_at"


def _version(row: Row) -> KnowledgeVersion:
    return KnowledgeVersion(
        version=row[0],
        installed_at=read_time(row[1]),
        bundle_id=row[2],
        sender_fp=row[3],
        entries=row[4],
        rolled_back_at=read_time_or_none(row[5]),
    )


class KnowledgeVersionRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, installed_at: datetime, bundle_id: str, sender_fp: str, entries: str) -> int:
        cur = self._conn.execute(
            "INSERT INTO knowledge_versions (installed_at, bundle_id, sender_fp, entries)"
            " VALUES (?, ?, ?, ?)",
            (zulu_utc(installed_at), bundle_id, sender_fp, entries),
        )
        return int(cur.lastrowid)

    def current(self) -> KnowledgeVersion | None:
        """The newest version not rolled back; None means the library shipped with ExitDesk."""
        return fetch_one(
            self._conn,
            f"SELECT {_COLUMNS} FROM knowledge_versions WHERE rolled_back_at IS NULL"
            " ORDER BY version DESC LIMIT 1",
            (),
            _version,
        )

    def all(self) -> list[KnowledgeVersion]:
        return fetch_all(
            self._conn, f"SELECT {_COLUMNS} FROM knowledge_versions ORDER BY version", (), _version
        )

    def roll_back(self, version: int, at: datetime) -> None:
        self._conn.execute(
            "UPDATE knowledge_versions SET rolled_back_at = ? WHERE version = ?",
            (zulu_utc(at), version),
        )
