"""The one read statistics make of the vault: each participant's first contact, birth year and
lifecycle events, in two queries however many participants there are."""

from __future__ import annotations

from exitdesk.domain.statistics_facts import LifecycleMark, Outline
from exitdesk.vault.db import Connection
from exitdesk.vault.repositories._sql import read_time


def participant_outlines(conn: Connection) -> list[Outline]:
    events: dict[int, list[LifecycleMark]] = {}
    for pid, state, at, by_participant in conn.execute(
        "SELECT participant_id, state, at, ended_by_participant FROM participant_events "
        "ORDER BY participant_id, id"
    ):
        events.setdefault(int(pid), []).append(
            LifecycleMark(str(state), read_time(at), bool(by_participant))
        )
    return [
        Outline(read_time(created), birth_year, tuple(events.get(int(pid), ())))
        for pid, created, birth_year in conn.execute(
            "SELECT id, created_at, birth_year FROM participants ORDER BY id"
        )
    ]
