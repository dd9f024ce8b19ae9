"""Participant-list timings on a 10,000-participant demo vault, each beside a baseline.

Baselines: the same queries on an unencrypted copy of the same database (what encryption costs),
and, for search, a LIKE scan over names and notes (what the FTS index saves). Prints figures only.
Run: python benchmarks/bench_participants.py [N]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from exitdesk.demo import generate_demo
from exitdesk.domain import FixedClock, LifecycleState
from exitdesk.domain.views import ParticipantQuery, ParticipantSort
from exitdesk.vault.db import migrate, open_database, transaction
from exitdesk.vault.repositories import ParticipantRepository

NOW = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)
REPEAT = 15


def _median_ms(action: Callable[[], object]) -> float:
    action()  # warm the page cache as a worker's second look would
    samples = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _plain_copy(conn: Any, folder: Path) -> Any:
    # Synthetic data only: an unencrypted copy for comparison, deleted with the temp folder.
    target = folder / "plain.db"
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    plain = sqlcipher3.connect(str(target), isolation_level=None)
    plain.execute("PRAGMA cache_size = -65536")
    return plain


def _like_search(conn: Any, word: str) -> int:
    pattern = f"%{word}%"
    row = conn.execute(
        "SELECT count(*) FROM participants p WHERE p.alias LIKE ? OR p.legal_name LIKE ? "
        "OR p.id IN (SELECT participant_id FROM notes WHERE text LIKE ?)",
        (pattern, pattern, pattern),
    ).fetchone()
    return int(row[0])


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        conn = open_database(folder / "vault.db", os.urandom(32))
        migrate(conn)
        start = time.perf_counter()
        generate_demo(
            conn,
            count,
            seed=1,
            clock=FixedClock(NOW),
            worker_party_id="fi-rise",
            chunk_transaction=lambda: transaction(conn),
        )
        generation = time.perf_counter() - start
        meetings = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
        print(f"demo generation: {count} participants, {meetings} meetings in {generation:.1f} s")

        plain = _plain_copy(conn, folder)
        vault_repo = ParticipantRepository(conn)
        plain_repo = ParticipantRepository(plain)
        filtered = ParticipantQuery(
            states=frozenset({LifecycleState.ACTIVE, LifecycleState.AFTER_RELEASE}),
            parties=frozenset({"fi-krp"}),
        )
        cases: list[tuple[str, Callable[[ParticipantRepository], object]]] = [
            ("first page, 100 rows by alias", lambda r: r.summaries(ParticipantQuery(limit=100))),
            (
                "deep page, offset 9,900",
                lambda r: r.summaries(ParticipantQuery(offset=count - 100, limit=100)),
            ),
            (
                "deep page, by legal name desc",
                lambda r: r.summaries(
                    ParticipantQuery(
                        offset=count - 100, sort=ParticipantSort.LEGAL_NAME, descending=True
                    )
                ),
            ),
            ("count, state + party filter", lambda r: r.count(filtered)),
            ("count, urgent only", lambda r: r.count(ParticipantQuery(urgent_only=True))),
            ("search 'ma', first page", lambda r: r.summaries(ParticipantQuery(text="ma"))),
            ("search 'ma', count", lambda r: r.count(ParticipantQuery(text="ma"))),
            ("search 'mäkinen', count", lambda r: r.count(ParticipantQuery(text="mäkinen"))),
        ]
        print(f"\n{'query':34} {'vault ms':>9} {'plain ms':>9} {'ratio':>6}")
        for label, run in cases:
            vault_ms = _median_ms(lambda run=run: run(vault_repo))  # type: ignore[misc]
            plain_ms = _median_ms(lambda run=run: run(plain_repo))  # type: ignore[misc]
            print(f"{label:34} {vault_ms:9.2f} {plain_ms:9.2f} {vault_ms / plain_ms:6.2f}")

        print(f"\n{'search vs LIKE scan (vault)':34} {'fts ms':>9} {'like ms':>9} {'ratio':>6}")
        for word in ("ma", "tampere", "asunto"):
            fts_ms = _median_ms(lambda w=word: vault_repo.count(ParticipantQuery(text=w)))  # type: ignore[misc]
            like_ms = _median_ms(lambda w=word: _like_search(conn, w))  # type: ignore[misc]
            print(
                f"{'count ' + repr(word):34} {fts_ms:9.2f} {like_ms:9.2f} {fts_ms / like_ms:6.2f}"
            )
        print(
            "\nnote: cipher_memory_security is process-wide once on, so the plain copy pays the "
            "same allocator cost; the ratio isolates page encryption."
        )
        plain.close()
        conn.close()


if __name__ == "__main__":
    main()
