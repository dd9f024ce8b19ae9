"""The one benchmark command: builds a demo vault and prints every scale figure of issue 15.

Figures, not tests: each is the minimum of at least three runs (the machine may be shared, so
single figures are noisy: compare the ratios, which are measured in the same process moments
apart) and, where there is one, beside a baseline: the query shapes the list used before
(OFFSET paging, an IN subquery for the party filter, three searches per refresh) on the same
vault, a plain SQLite copy, memory security off, raw age encryption. Asserts nothing.

    python benchmarks/run.py [--participants N [N ...]] [--large] [--json FILE] [--quick]

By default it measures at 1,000 and 10,000 participants; ``--large`` adds 50,000.

``--quick`` runs fewer repetitions and a 100-participant case-bundle round instead of 1,000.
Timings of the window (cold start, unlock to a filled list, RSS, event-loop stalls) run in child
processes with ``QT_QPA_PLATFORM=offscreen``; the memory-security comparison too, because
SQLCipher's setting is process-wide once switched on.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import pyrage
from keyring.backends.fail import Keyring as FailKeyring

from exitdesk.app.context import Options
from exitdesk.app.session import Session, create_vault
from exitdesk.demo import generate_demo
from exitdesk.domain import ConsentMethod, DataCategory, FixedClock, Meeting, Worker
from exitdesk.domain.views import ParticipantQuery, ParticipantSort
from exitdesk.vault import KdfParams
from exitdesk.vault.db import key_literal
from exitdesk.vault.repositories import ParticipantRepository

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
PASSPHRASE = "correct horse battery staple"
PAGE = 200  # the window's page size (ui/participants/model.py)
Figures = dict[str, Any]


def best_ms(action: Callable[[], object], runs: int) -> float:
    """Minimum wall time of ``runs`` calls after one warm-up, in milliseconds."""
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return min(samples)


def options() -> Options:
    return Options(kdf=KdfParams.FLOOR, clock=FixedClock(NOW), use_keyring=False)


def new_session(root: Path, name: str, party: str) -> Session:
    return create_vault(
        root / name, PASSPHRASE, Worker(name=name, party_id=party), options()
    ).session


# -- the participant list -----------------------------------------------------------------------
SORTS = list(ParticipantSort)


def scroll(page: Callable[[ParticipantQuery], list[Any]], query: ParticipantQuery) -> int:
    """Page through the whole result the way the window's model does; returns the rows seen."""
    rows: list[Any] = []
    q = query.model_copy(update={"limit": PAGE, "offset": 0})
    while True:
        got = page(q)
        rows.extend(got)
        if len(got) < PAGE:
            return len(rows)
        q = next_page(q, rows)


def next_page(query: ParticipantQuery, rows: list[Any]) -> ParticipantQuery:
    after = getattr(ParticipantQuery, "after_row", None)
    if after is not None:  # keyset paging, when the query model offers it
        return after(query, rows[-1])  # type: ignore[no-any-return]
    return query.model_copy(update={"offset": len(rows)})


def search_words(repo: ParticipantRepository, count: int, seed: int = 7) -> list[str]:
    """Search texts as a worker types them: 1–4 letter prefixes of aliases and names."""
    rng = random.Random(seed)
    names = [s.alias for s in repo.summaries(ParticipantQuery(limit=1000))]
    names += [s.legal_name or s.alias for s in repo.summaries(ParticipantQuery(limit=500))]
    words = []
    for _ in range(count):
        name = rng.choice(names).split()[0]
        words.append(name[: rng.randint(1, min(4, len(name)))])
    return words


def search_refresh(repo: ParticipantRepository, text: str) -> object:
    """What one keystroke in the search box asks the vault: count, first page, urgent banner."""
    query = ParticipantQuery(text=text, limit=PAGE)
    refresh = getattr(repo, "first_page", None)
    if refresh is not None:
        return refresh(query)
    urgent = query.model_copy(update={"urgent_only": True})
    return repo.count(query), repo.summaries(query), repo.count(urgent)


def read_figures(repo: ParticipantRepository, n: int, runs: int, searches: int) -> Figures:
    f: Figures = {}
    first: dict[str, float] = {}
    for sort in SORTS:
        for desc in (False, True):
            q = ParticipantQuery(sort=sort, descending=desc, limit=PAGE)
            # Cheap, so more samples: a minimum of more runs is less at the mercy of the load.
            first[f"{sort.value}{' desc' if desc else ''}"] = best_ms(
                lambda q=q: repo.summaries(q), runs * 3
            )
    filters = {
        "party": ParticipantQuery(parties=frozenset({"fi-krp"}), limit=PAGE),
        "party by safety": ParticipantQuery(
            parties=frozenset({"fi-krp"}), sort=ParticipantSort.SAFETY, limit=PAGE
        ),
        "urgent": ParticipantQuery(urgent_only=True, limit=PAGE),
        # Not "state": that key is the state sort's, above.
        "state filter": ParticipantQuery(
            states=frozenset({"active", "after_release"}),  # type: ignore[arg-type]
            sort=ParticipantSort.LEGAL_NAME,
            limit=PAGE,
        ),
    }
    for label, q in filters.items():
        first[label] = best_ms(lambda q=q: repo.summaries(q), runs * 3)
    f["first_page_by"] = {k: round(v, 2) for k, v in first.items()}
    f["first_page_ms"] = round(max(first.values()), 2)
    last = ParticipantQuery(sort=ParticipantSort.LEGAL_NAME, offset=max(0, n - PAGE), limit=PAGE)
    f["last_page_legal_name_offset_ms"] = round(best_ms(lambda: repo.summaries(last), runs), 2)
    # What a drag of the scrollbar to the bottom (or Ctrl+End) asks: the last page by position,
    # in every sort and direction. Reading every row on the way is "scroll_end_ms" below.
    jumps: dict[str, float] = {}
    for sort in SORTS:
        for desc in (False, True):
            q = ParticipantQuery(sort=sort, descending=desc, limit=PAGE).page((n - 1) // PAGE)
            jumps[f"{sort.value}{' desc' if desc else ''}"] = best_ms(
                lambda q=q: repo.summaries(q), runs
            )
    f["jump_end_ms"] = round(max(jumps.values()), 2)
    scrolls: dict[str, float] = {}
    for sort in SORTS:
        q = ParticipantQuery(sort=sort)
        scrolls[sort.value] = best_ms(lambda q=q: scroll(repo.summaries, q), max(1, runs // 2))
    f["scroll_end_by"] = {k: round(v, 1) for k, v in scrolls.items()}
    f["scroll_end_ms"] = round(max(scrolls.values()), 1)
    # Reading every row grows with the rows; per row it should not.
    f["scroll_end_us_per_row"] = round(f["scroll_end_ms"] * 1000 / max(n, 1), 2)
    words = search_words(repo, searches)
    for w in words[:5]:
        search_refresh(repo, w)
    times = []
    for w in words:
        times.append(best_ms(lambda w=w: search_refresh(repo, w), 1))
    times.sort()
    f["search_p50_ms"] = round(statistics.median(times), 2)
    f["search_p95_ms"] = round(times[int(len(times) * 0.95) - 1], 2)
    return f


def legacy_party_page(repo: ParticipantRepository, parties: list[str]) -> list[int]:
    """The party filter as the list wrote it before (an IN subquery), first page by alias."""
    marks = ", ".join("?" for _ in parties)
    return [
        row[0]
        for row in repo._conn.execute(
            "SELECT p.id FROM participants p WHERE p.id IN (SELECT participant_id FROM "
            f"participant_parties WHERE party_id IN ({marks})) ORDER BY p.alias_sort, p.id "
            "LIMIT ?",
            (*parties, PAGE),
        )
    ]


def offset_scroll(repo: ParticipantRepository, query: ParticipantQuery) -> int:
    """Scrolling to the end the way the list paged before: OFFSET, one page after another."""
    seen = 0
    q = query.model_copy(update={"limit": PAGE, "offset": 0})
    while True:
        got = repo.summaries(q)
        seen += len(got)
        if len(got) < PAGE:
            return seen
        q = q.model_copy(update={"offset": seen})


def three_searches(repo: ParticipantRepository, text: str) -> object:
    """One search refresh as the window asked it before: count, first page, urgent count."""
    query = ParticipantQuery(text=text, limit=PAGE)
    urgent = query.model_copy(update={"urgent_only": True})
    return repo.count(query), repo.summaries(query), repo.count(urgent)


def before_after(repo: ParticipantRepository, runs: int) -> Figures:
    """The old query shapes against the new ones on the same vault, moments apart."""
    f: Figures = {}
    legal = ParticipantQuery(sort=ParticipantSort.LEGAL_NAME)
    old = best_ms(lambda: offset_scroll(repo, legal), runs)
    new = best_ms(lambda: scroll(repo.summaries, legal), runs)
    f["scroll_end_legal_name_ms"] = {"offset": round(old, 1), "keyset": round(new, 1),
                                     "ratio": round(old / new, 2)}  # fmt: skip
    parties = ["fi-krp"]
    exists = ParticipantQuery(parties=frozenset(parties), limit=PAGE)
    # Both build the page's rows, so only the filter differs.
    rows_for = getattr(repo, "_summaries_for", None) or (lambda ids: ids)
    old = best_ms(lambda: rows_for(legacy_party_page(repo, parties)), runs * 3)
    new = best_ms(lambda: repo.summaries(exists), runs * 3)
    f["party_filter_ms"] = {"in_subquery": round(old, 2), "exists": round(new, 2),
                            "ratio": round(old / new, 2)}  # fmt: skip
    words = search_words(repo, 30, seed=11)
    old = sum(best_ms(lambda w=w: three_searches(repo, w), runs) for w in words)
    new = sum(best_ms(lambda w=w: search_refresh(repo, w), runs) for w in words)
    f["search_refresh_30_ms"] = {"three_queries": round(old, 1), "one_query": round(new, 1),
                                 "ratio": round(old / new, 2)}  # fmt: skip
    return f


def reads_ratio(vault: Figures, plain: Figures) -> float:
    keys = ("first_page_ms", "search_p50_ms", "scroll_end_ms")
    return round(statistics.geometric_mean([vault[k] / plain[k] for k in keys]), 2)


# -- children: memory security on/off, the window -------------------------------------------------
def child_memsec(db: Path, key: bytes, memsec: bool, n: int, runs: int) -> Figures:
    import sqlcipher3

    conn = sqlcipher3.connect(str(db), isolation_level=None, check_same_thread=False)
    conn.execute(f'PRAGMA key = "{key_literal(key)}"')
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute(f"PRAGMA cipher_memory_security = {'ON' if memsec else 'OFF'}")
    for pragma in ("foreign_keys = ON", "temp_store = MEMORY", "journal_mode = WAL",
                   "synchronous = FULL", "secure_delete = ON", "cache_size = -65536"):  # fmt: skip
        conn.execute(f"PRAGMA {pragma}")
    repo = ParticipantRepository(conn, FixedClock(NOW))
    f: Figures = {}
    f["first_page_ms"] = best_ms(
        lambda: repo.summaries(ParticipantQuery(sort=ParticipantSort.SAFETY, limit=PAGE)), runs
    )
    words = search_words(repo, 30)
    f["search_ms"] = sum(best_ms(lambda w=w: search_refresh(repo, w), 1) for w in words)
    f["scroll_alias_ms"] = best_ms(lambda: scroll(repo.summaries, ParticipantQuery()), 1)

    def bulk_write() -> None:
        # One statement rewriting every participant row (and its index entries), rolled back.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE participants SET updated_at = updated_at || ''")
        conn.execute("ROLLBACK")

    f["bulk_write_ms"] = best_ms(bulk_write, max(1, runs // 2))

    def single_writes() -> None:
        conn.execute("BEGIN IMMEDIATE")
        for i in range(200):
            conn.execute("UPDATE participants SET updated_at = updated_at WHERE id = ?", (1 + i,))
        conn.execute("ROLLBACK")

    f["single_writes_ms"] = best_ms(single_writes, runs)

    def demo_inserts() -> None:
        # What `demo` does for 200 participants (batched inserts, FTS, triggers), rolled back.
        conn.execute("BEGIN IMMEDIATE")
        generate_demo(conn, 200, seed=9, clock=FixedClock(NOW), worker_party_id="fi-rise")
        conn.execute("ROLLBACK")

    f["demo_200_inserts_ms"] = best_ms(demo_inserts, max(1, runs // 2))
    conn.close()
    return f


def run_child(args: list[str], env: dict[str, str] | None = None) -> Figures:
    out = subprocess.run(
        [sys.executable, str(Path(__file__)), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if out.returncode != 0:
        sys.stderr.write(out.stderr[-2000:])
        return {}
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def child_window(vault_dir: Path, n: int) -> Figures:
    """Unlock to a filled list, RSS, and the longest event-loop stall while searching and
    scrolling, through the window's own model and task runner."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from exitdesk.app.session import open_vault
    from exitdesk.ui.participants.model import ParticipantTableModel
    from exitdesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner(app)
    model = ParticipantTableModel(runner)
    stall = {"max": 0.0, "last": time.perf_counter()}

    def tick() -> None:
        now = time.perf_counter()
        stall["max"] = max(stall["max"], now - stall["last"])
        stall["last"] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    def wait(condition: Callable[[], bool]) -> None:
        clock = QElapsedTimer()
        clock.start()
        while not condition() and clock.elapsed() < 120_000:
            app.processEvents()
            time.sleep(0.0005)

    f: Figures = {}
    start = time.perf_counter()
    session = open_vault(vault_dir, PASSPHRASE, options())
    unlocked = time.perf_counter()
    model.set_session(session)
    wait(lambda: not model.loading and model.rowCount() > 0)
    f["unlock_s"] = round(unlocked - start, 3)
    f["unlock_to_list_s"] = round(time.perf_counter() - start, 3)
    timer.start()
    stall["last"] = time.perf_counter()
    stall["max"] = 0.0
    for text in ("a", "ma", "mak", "k", "ke", ""):
        model.update_query(text=text)
        wait(lambda: not model.loading)
    f["stall_search_ms"] = round(stall["max"] * 1000, 1)
    stall["max"] = 0.0
    stall["last"] = time.perf_counter()
    while model.canFetchMore() or model.loading:
        if model.canFetchMore():
            model.fetchMore()
        app.processEvents()
    f["stall_scroll_ms"] = round(stall["max"] * 1000, 1)
    f["rows_in_list"] = model.rowCount()
    # Straight to the bottom of a fresh list, as the view does when the scrollbar is dragged
    # there: it asks for the last row, whose page is not held yet. Worst sort, best of 3.
    jumps = []
    for sort in SORTS:
        for _ in range(3):
            model.update_query(sort=sort)
            wait(lambda: not model.loading)
            last = model.rowCount() - 1
            start = time.perf_counter()
            model.summary(last)
            wait(lambda: model.summary(last) is not None)  # noqa: B023 (waited for here)
            jumps.append((sort, time.perf_counter() - start))
    f["window_jump_end_ms"] = round(
        max(min(t for s, t in jumps if s == sort) for sort in SORTS) * 1000, 1
    )
    with open("/proc/self/statm") as statm:
        f["rss_mb"] = round(int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    f["peak_rss_mb"] = peak_rss_mb()
    timer.stop()
    model.set_session(None)
    runner.shutdown()
    session.lock()
    return f


def peak_rss_mb() -> float:
    """This process's own high-water RSS (VmHWM). Not getrusage's ru_maxrss: Linux carries
    that across fork and exec, so a child started by a parent of 330 MB reads 330 MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def cold_start(home: Path, runs: int) -> float:
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; from PySide6.QtCore import QTimer;"
        "app = QApplication(sys.argv[:1]); QTimer.singleShot(0, app.quit);"
        "from exitdesk.ui.main import run_gui; run_gui()"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home / "cfg"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
           "HOME": str(home)}  # fmt: skip
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return round(min(samples), 3)


# -- exchange ----------------------------------------------------------------------------------
def paired(root: Path) -> tuple[Session, Session, int]:
    a = new_session(root, "Aino", "fi-rise")
    # Two workers of one party (prison to probation office): the receiver's policy keeps the
    # whole case, so the import does the full work. An Aggredi receiver would drop summaries.
    b = new_session(root, "Bertta", "fi-rise")
    b_at_a = a.exchange.add_contact(b.exchange.my_card()).contact
    a_at_b = b.exchange.add_contact(a.exchange.my_card()).contact
    a.exchange.verify_contact(b_at_a.id, b_at_a.safety_number)
    b.exchange.verify_contact(a_at_b.id, a_at_b.safety_number)
    return a, b, b_at_a.id


def grant(a: Session, pid: int, contact: int) -> None:
    a.exchange.grant_consent(
        pid,
        contact_ids=[contact],
        categories=list(DataCategory),
        purpose="support",
        days=30,
        method=ConsentMethod.PAPER_FORM,
    )


def one_participant(root: Path, meetings: int, rounds: int) -> tuple[float, int, bytes]:
    """Best export + import of one participant with ``meetings`` meetings: ms, size, bundle."""
    best, size, data = float("inf"), 0, b""
    for r in range(rounds):
        folder = root / f"one-{meetings}-{r}"
        folder.mkdir()
        a, b, contact = paired(folder)
        p = a.add_participant("Kettu", legal_name="Matti Meikäläinen", birth_year=1988)
        assert p.id is not None
        for i in range(meetings):
            a.add_meeting(Meeting(participant_id=p.id, on=date(2020, 1, 1) + timedelta(days=i),
                                  summary=f"Meeting {i}: housing, work and family. " * 4,
                                  next_steps="Call the housing office."))  # fmt: skip
        grant(a, p.id, contact)
        out = folder / "case.exitbundle"
        start = time.perf_counter()
        a.exchange.export(p.id, contact, out)
        b.exchange.import_bundle(out.read_bytes())
        elapsed = (time.perf_counter() - start) * 1000
        if elapsed < best:
            best, size, data = elapsed, out.stat().st_size, out.read_bytes()
        a.lock()
        b.lock()
    return best, size, data


def raw_age_ms(size: int, runs: int) -> float:
    """pyrage encryption + decryption of ``size`` bytes to one X25519 recipient."""
    identity = pyrage.x25519.Identity.generate()
    payload = os.urandom(size)

    def once() -> None:
        pyrage.decrypt(pyrage.encrypt(payload, [identity.to_public()]), [identity])

    return best_ms(once, runs)


def case_bundles(root: Path, count: int) -> float:
    """Export + import of ``count`` demo participants' case bundles, one bundle and one import
    call each, seconds."""
    folder = root / "case-bundles"
    folder.mkdir()
    a, b, contact, ids = _caseload(folder, count)
    start = time.perf_counter()
    for pid in ids:
        out = folder / "case.exitbundle"
        a.exchange.export(pid, contact, out)
        b.exchange.import_bundle(out.read_bytes())
    elapsed = time.perf_counter() - start
    a.lock()
    b.lock()
    return round(elapsed, 2)


def _caseload(folder: Path, count: int) -> tuple[Session, Session, int, list[int]]:
    a, b, contact = paired(folder)
    a.generate_demo(count + count // 3, seed=3)
    # Minors need a guardian's co-consent; the hand-over here is of adults only.
    ids = [s.id for s in scroll_all(a) if not s.is_minor(a.clock)][:count]
    for pid in ids:
        grant(a, pid, contact)
    return a, b, contact, ids


def handover(root: Path, count: int, *, one_by_one: bool) -> Figures:
    """A caseload hand-over of ``count`` participants, all of it: the sender writes the
    hand-overs, the receiver imports them and writes the acknowledgements, the sender imports
    those and its copies go. ``one_by_one``: a call per case, as before the caseload."""
    folder = root / f"handover-{count}-{'single' if one_by_one else 'caseload'}"
    (folder / "out").mkdir(parents=True)
    (folder / "acks").mkdir()
    a, b, contact, ids = _caseload(folder, count)
    start = time.perf_counter()
    cpu = time.process_time()
    if one_by_one:
        for pid in ids:
            out = folder / "out" / f"{pid}.exitbundle"
            a.exchange.send_handover(pid, contact, out)
            b.exchange.import_bundle(out.read_bytes())
            (ack,) = b.exchange.write_outbox(folder / "acks")
            a.exchange.import_bundle(ack.read_bytes())
            ack.unlink()
    else:
        done = a.exchange.send_caseload(contact, folder / "out", ids)
        assert len(done.sent) == len(ids), done.not_sent[:3]
        files = sorted((folder / "out").iterdir())
        items = b.exchange.import_bundles([(f.name, f.read_bytes()) for f in files])
        assert all(i.refused is None for i in items)
        acks = b.exchange.write_outbox(folder / "acks")
        back = a.exchange.import_bundles([(f.name, f.read_bytes()) for f in acks])
        assert all(i.refused is None for i in back)
    figures = {"s": round(time.perf_counter() - start, 2),
               "cpu_s": round(time.process_time() - cpu, 2), "cases": len(ids)}  # fmt: skip
    assert not {s.id for s in scroll_all(a)} & set(ids)  # every case left the sender
    a.lock()
    b.lock()
    return figures


def scroll_all(session: Session) -> list[Any]:
    rows: list[Any] = []
    q = ParticipantQuery(limit=1000)
    while True:
        got = session.summaries(q)
        rows.extend(got)
        if len(got) < 1000:
            return rows
        q = q.model_copy(update={"offset": len(rows)})


# -- main ---------------------------------------------------------------------------------------
def build_vault(root: Path, n: int) -> tuple[Session, Figures]:
    session = new_session(root, "vault", "fi-rise")
    f: Figures = {}
    start, cpu = time.perf_counter(), time.process_time()
    session.generate_demo(n, seed=1)
    f["demo_s"] = round(time.perf_counter() - start, 2)
    # CPU time of this process: what the wall time would be on an idle machine, near enough
    # (the demo waits on little else than the disk's fsyncs).
    f["demo_cpu_s"] = round(time.process_time() - cpu, 2)
    f["check_s"] = round(min(_timed(session.check) for _ in range(2)), 2)
    cpu = time.process_time()
    session.check()
    f["check_cpu_s"] = round(time.process_time() - cpu, 2)
    return session, f


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def copies(session: Session, folder: Path) -> tuple[Path, Path, bytes]:
    """A plain SQLite copy and an encrypted copy under a known raw key (synthetic data only,
    deleted with the temporary folder)."""
    key = os.urandom(32)
    plain, enc = folder / "plain.db", folder / "enc.db"
    with session.vault.reading() as conn:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        conn.execute(f'ATTACH DATABASE ? AS enc KEY "{key_literal(key)}"', (str(enc),))
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute("DETACH DATABASE enc")
    return plain, enc, key


def plain_repo(path: Path) -> ParticipantRepository:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    return ParticipantRepository(conn, FixedClock(NOW))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, nargs="+", default=[1_000, 10_000],
                        metavar="N", help="vault sizes to measure (1000 10000)")  # fmt: skip
    parser.add_argument("--large", action="store_true", help="measure at 50,000 too")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-exchange", action="store_true", help="skip the exchange figures")
    parser.add_argument(
        "--handover",
        type=int,
        default=None,
        metavar="N",
        help="participants in the case-bundle round (1000; --quick: 100)",
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    keyring.set_keyring(FailKeyring())
    if args.child:
        role, *rest = args.child
        if role == "memsec":
            db, key, on, n, runs = rest
            result = child_memsec(Path(db), bytes.fromhex(key), on == "on", int(n), int(runs))
        else:
            result = child_window(Path(rest[0]), int(rest[1]))
        print(json.dumps(result))
        return
    sizes = sorted(set(args.participants) | ({50_000} if args.large else set()))
    runs = 3 if args.quick else 5
    figures: Figures = {"quick": args.quick, "cpus": os.cpu_count(), "runs_min_of": runs,
                        "load_avg_1m_start": round(os.getloadavg()[0], 2),
                        "by_participants": {}}  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="exitdesk-bench-") as tmp:
        root = Path(tmp)
        # The vaults' rollback anchors and throttle counters go to the per-user state folder:
        # a throwaway one here, so a run leaves nothing behind in the worker's own.
        for variable in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
            os.environ[variable] = str(root / "home" / variable.lower())
        for n in sizes:
            folder = root / str(n)
            folder.mkdir()
            figures["by_participants"][str(n)] = at_size(folder, n, runs, figures, args.json)
        if not args.no_exchange:
            figures["exchange"] = exchange(root, runs, args, figures)
    figures["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    print_table(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")


def at_size(root: Path, n: int, runs: int, whole: Figures, out: Path | None) -> Figures:
    """Every figure that depends on the vault's size, at ``n`` participants."""
    figures: Figures = {"participants": n}
    step(f"{n}: demo vault")
    session, built = build_vault(root, n)
    figures.update(built)
    step(f"{n}: reads")
    with session.vault.reading() as conn:
        repo = ParticipantRepository(conn, FixedClock(NOW))
        vault = read_figures(repo, n, runs, 100)
        figures.update(vault)
        step(f"{n}: old query shapes against new")
        figures["before_after"] = before_after(repo, runs)
    plain_path, enc_path, key = copies(session, root)
    session.lock()
    step(f"{n}: plain copy", whole, out)
    plain = read_figures(plain_repo(plain_path), n, runs, 100)
    figures["plain"] = {k: plain[k] for k in ("first_page_ms", "search_p50_ms",
                                              "search_p95_ms", "scroll_end_ms")}  # fmt: skip
    figures["vault_plain_ratio"] = reads_ratio(vault, plain)
    step(f"{n}: memory security on / off", whole, out)
    on = run_child(["--child", "memsec", str(enc_path), key.hex(), "on", str(n), str(runs)])
    off = run_child(["--child", "memsec", str(enc_path), key.hex(), "off", str(n), str(runs)])
    if on and off:
        figures["memory_security_ratio"] = {k: round(on[k] / off[k], 2) for k in on}
        figures["memory_security_on_ms"] = {k: round(v, 2) for k, v in on.items()}
        figures["memory_security_off_ms"] = {k: round(v, 2) for k, v in off.items()}
    step(f"{n}: window", whole, out)
    env = {"QT_QPA_PLATFORM": "offscreen"}
    figures.update(run_child(["--child", "window", str(root / "vault"), str(n)], env))
    figures["cold_start_s"] = cold_start(root, runs)
    return figures


def exchange(root: Path, runs: int, args: argparse.Namespace, whole: Figures) -> Figures:
    """Export + import figures (independent of the vault's size)."""
    figures: Figures = {}
    step("exchange", whole, args.json)
    ms, size, _ = one_participant(root, 200, runs)
    figures["exchange_200_meetings_ms"] = round(ms, 1)
    figures["exchange_200_meetings_kib"] = round(size / 1024, 1)
    big = 300 if args.quick else 3000
    big_ms, big_size, _ = one_participant(root, big, 1 if args.quick else 2)
    figures["exchange_largest_bundle_mb"] = round(big_size / 1e6, 2)
    figures["exchange_mb_s"] = round(big_size / 1e6 / (big_ms / 1000), 2)
    age_ms = raw_age_ms(big_size, runs)
    figures["raw_age_mb_s"] = round(big_size / 1e6 / (age_ms / 1000), 1)
    figures["exchange_age_ratio"] = round(figures["exchange_mb_s"] / figures["raw_age_mb_s"], 4)
    step("case bundles", whole, args.json)
    bundles = args.handover or (100 if args.quick else 1000)
    figures[f"case_bundles_{bundles}_s"] = case_bundles(root, bundles)
    step("caseload hand-over", whole, args.json)
    caseload = handover(root, bundles, one_by_one=False)
    figures[f"handover_{bundles}_s"] = caseload["s"]
    figures[f"handover_{bundles}_cpu_s"] = caseload["cpu_s"]
    # The same hand-over a case at a time (a tenth as many cases: it is the slow way), per case.
    single = handover(root, max(10, bundles // 10), one_by_one=True)
    batched, alone = caseload["s"] / caseload["cases"], single["s"] / single["cases"]
    figures["handover_per_case_ms"] = {
        "one_by_one": round(alone * 1000, 2),
        "caseload": round(batched * 1000, 2),
        "ratio": round(alone / batched, 2),
    }
    return figures


def step(name: str, figures: Figures | None = None, out: Path | None = None) -> None:
    if figures is not None and out is not None:  # what is measured so far survives a stop
        out.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {name}\n")


def _flat(figures: Figures, prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in figures.items():
        if isinstance(value, dict):
            flat.update(_flat(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def print_table(figures: Figures) -> None:
    """One row per figure, one column per vault size; then the size-free figures."""
    sizes = figures["by_participants"]
    columns = {n: _flat(f) for n, f in sizes.items()}
    keys = list(dict.fromkeys(k for flat in columns.values() for k in flat))
    print(f"{'figure':56}" + "".join(f"{n:>14}" for n in columns))
    for key in keys:
        print(f"{key:56}" + "".join(f"{c.get(key, '')!s:>14}" for c in columns.values()))
    rest = {k: v for k, v in figures.items() if k != "by_participants"}
    for key, value in _flat(rest).items():
        print(f"{key:56}{value!s:>14}")
    print("(shared machine: single figures are noisy; each is a minimum of several runs, and the "
          "ratios compare runs made moments apart in the same process)")  # fmt: skip


if __name__ == "__main__":
    main()
