"""The crash harness: a child process does real vault writes (participants, meetings, passphrase
changes, backups, purges, restores, bundle imports) and logs each one before and after it; the
parent kills it with SIGKILL at a random moment, then checks the vault: it unlocks, ``check``
passes, every write that reported success is there whole, none is half there, and exactly one
of the two passphrases opens the vault while no file in the folder opens with the other."""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from exitdesk.app.context import Options
from exitdesk.app.session import Session, create_vault, open_vault, restore_vault
from exitdesk.domain import Meeting, Worker
from exitdesk.domain.views import MAX_PAGE, ParticipantQuery
from exitdesk.vault import KdfParams, VaultError
from exitdesk.vault.keys import unwrap_with_passphrase
from exitdesk.vault.keyslots import parse_keyslots
from tests.harness.crash_import import ImportCounts, Pool, Pooled, check_imports, make_pool

PASSPHRASES = ("crash harness passphrase one", "crash harness passphrase two")
OPERATIONS = ("add", "meeting", "passwd", "backup", "purge", "restore", "import")
# An import is one short transaction (tens of milliseconds against a backup's or a restore's
# hundreds), so a kill at a random moment of the whole run seldom lands in one. This share of
# the kills starts the child with an import and kills within its first moments instead.
AIMED_AT_IMPORT = 0.2
AIMED_WINDOW = 0.15  # seconds: about an import under load, so kills fall before, in and after


_DERIVED: dict[tuple[int, int, int, bytes, bytes], bytes] = {}


def remember_key_derivations() -> None:
    """Remember each Argon2id result in this process (and in the children it forks). The harness
    tests crash safety, not the KDF; under load one derivation takes seconds, and a kill needs
    several. Results are exact, so nothing the harness checks changes."""
    if getattr(KdfParams.derive, "remembers", False):
        return
    real = KdfParams.derive

    def derive(self: KdfParams, secret: bytes, salt: bytes) -> bytes:
        key = (self.memory_kib, self.iterations, self.lanes, secret, salt)
        if key not in _DERIVED:
            _DERIVED[key] = real(self, secret, salt)
        return _DERIVED[key]

    derive.remembers = True  # type: ignore[attr-defined]
    KdfParams.derive = derive  # type: ignore[method-assign]


def options(state: Path) -> Options:
    return Options(kdf=KdfParams.FLOOR, use_keyring=False, state_dir=state)


@dataclass
class Layout:
    root: Path

    @property
    def vault(self) -> Path:
        return self.root / "vault"

    @property
    def journal(self) -> Path:
        return self.root / "journal.jsonl"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def restores(self) -> Path:
        return self.root / "restores"

    @property
    def state(self) -> Path:
        return self.root / "state"


def prepare(root: Path) -> tuple[Layout, Pool]:
    """The vault under test, and a sender it can import bundles from."""
    layout = Layout(root)
    for folder in (layout.backups, layout.restores, layout.state):
        folder.mkdir(parents=True, exist_ok=True)
    new = create_vault(
        layout.vault,
        PASSPHRASES[0],
        Worker(name="Crash Worker", party_id="fi-rise"),
        options(layout.state),
    )
    pool = make_pool(root, new.session, options(layout.state))
    new.session.lock()
    layout.journal.write_bytes(b"")
    return layout, pool


# -- the child ----------------------------------------------------------------------------------


class Journal:
    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def write(self, **entry: object) -> None:
        os.write(self._fd, (json.dumps(entry) + "\n").encode())
        os.fsync(self._fd)


def _participant_id(session: Session, alias: str) -> int | None:
    for row in session.summaries(ParticipantQuery(text=alias, limit=MAX_PAGE)):
        if row.alias == alias:
            return row.id
    return None


def child(
    root: Path,
    run: int,
    passphrase: str,
    seed: int,
    ready: int,
    bundles: list[Pooled],
    aimed: bool = False,
) -> None:
    """Write until killed. Each operation is journalled as ``begin`` before and ``done`` after.
    ``bundles`` are the pool's unused bundles, imported in order (the sender numbers them);
    ``aimed``: the first operation is an import."""
    layout = Layout(root)
    unused = iter(bundles)
    rng = random.Random(seed)
    journal = Journal(layout.journal)
    session = open_vault(layout.vault, passphrase, options(layout.state))
    os.write(ready, b"R")
    os.close(ready)
    for step in range(1_000_000):
        key = f"r{run}s{step}"
        op = "import" if aimed and step == 0 else rng.choice(OPERATIONS)
        if op == "add":
            journal.write(op=op, key=key, phase="begin")
            session.add_participant(key, note=f"note of {key}")
        elif op == "meeting":
            rows = session.summaries(ParticipantQuery(limit=50))
            if not rows:
                continue
            owner = rng.choice(rows)
            journal.write(op=op, key=key, owner=owner.alias, phase="begin")
            session.add_meeting(Meeting(participant_id=owner.id, on=date(2026, 1, 1), summary=key))
        elif op == "passwd":
            new = PASSPHRASES[1 - PASSPHRASES.index(passphrase)]
            journal.write(op=op, key=new, phase="begin")
            session.change_passphrase(passphrase, new)
            passphrase = new
        elif op == "backup":
            journal.write(op=op, key=key, phase="begin")
            session.backup(layout.backups / f"{key}.bin")
        elif op == "purge":
            rows = session.summaries(ParticipantQuery(limit=50))
            if not rows:
                continue
            victim = rng.choice(rows)
            journal.write(op=op, key=victim.alias, phase="begin")
            session.delete_participant(victim.id)
        elif op == "restore":
            done = [b for b in sorted(layout.backups.glob("*.bin"))]
            if not done:
                continue
            source = rng.choice(done)
            journal.write(op=op, key=key, source=source.name, phase="begin")
            restore_vault(source, layout.restores / key, options(layout.state))
        elif op == "import":
            bundle = next(unused, None)
            if bundle is None:
                continue
            if rng.random() < 0.5:
                journal.write(op=op, keys=[bundle.alias], bundles=[bundle.index], phase="begin")
                session.exchange.import_bundle(bundle.path.read_bytes())
            else:  # the batch import: 1-3 bundles, one transaction, a savepoint each
                batch = [bundle, *itertools.islice(unused, rng.randint(0, 2))]
                journal.write(
                    op=op,
                    keys=[b.alias for b in batch],
                    bundles=[b.index for b in batch],
                    phase="begin",
                )
                items = session.exchange.import_bundles(
                    [(b.path.name, b.path.read_bytes()) for b in batch]
                )
                for item in items:
                    if item.refused is not None:
                        raise item.refused
        journal.write(op=op, key=key if op not in ("passwd", "purge") else None, phase="done")


# -- the parent ---------------------------------------------------------------------------------


@dataclass
class Expectation:
    """What the journal says must be (``done``) or may be (``begin`` only) in the vault."""

    present: set[str] = field(default_factory=set)  # participants that must exist
    maybe: set[str] = field(default_factory=set)  # added or purged when the kill came
    meetings: dict[str, str] = field(default_factory=dict)  # meeting marker -> owner alias
    maybe_meetings: dict[str, str] = field(default_factory=dict)
    passphrase: str = PASSPHRASES[0]
    maybe_passphrase: str | None = None
    backups_done: set[str] = field(default_factory=set)
    restores_done: set[str] = field(default_factory=set)
    restores_begun: set[str] = field(default_factory=set)
    backups_begun: set[str] = field(default_factory=set)
    purged: set[str] = field(default_factory=set)
    imports_now: list[int] = field(default_factory=list)  # pool indexes the last child imported
    maybe_import: list[int] = field(default_factory=list)  # the import (1-3 bundles) cut short
    reported_done: int = 0  # operations of every kind that returned success


def read_journal(path: Path, before: Expectation) -> Expectation:
    """Replay the whole journal; an operation begun but not done is "maybe"."""
    exp = before
    exp.maybe, exp.maybe_meetings, exp.maybe_passphrase = set(), {}, None
    exp.imports_now, exp.maybe_import = [], []
    pending: dict[str, object] | None = None
    for line in path.read_text().splitlines():
        entry = json.loads(line)
        if entry["phase"] == "begin":
            pending = entry
            continue
        assert pending is not None and pending["op"] == entry["op"], line
        _apply(exp, pending)
        exp.reported_done += 1
        pending = None
    if pending is not None:
        op, key = pending["op"], str(pending.get("key"))
        if op in ("add", "purge"):
            exp.maybe.add(key)
        elif op == "meeting":
            exp.maybe_meetings[key] = str(pending["owner"])
        elif op == "passwd":
            exp.maybe_passphrase = key
        elif op == "backup":
            exp.backups_begun.add(key)
        elif op == "restore":
            exp.restores_begun.add(key)
        elif op == "import":
            exp.maybe_import = _indexes(pending["bundles"])
    return exp


def _indexes(value: object) -> list[int]:
    assert isinstance(value, list)
    return [int(str(i)) for i in value]


def _apply(exp: Expectation, entry: dict[str, object]) -> None:
    op, key = entry["op"], str(entry.get("key"))
    if op == "add":
        exp.present.add(key)
    elif op == "meeting":
        exp.meetings[key] = str(entry["owner"])
    elif op == "passwd":
        exp.passphrase = key
    elif op == "backup":
        exp.backups_done.add(key)
    elif op == "restore":
        exp.restores_done.add(key)
    elif op == "import":
        keys = entry["keys"]
        assert isinstance(keys, list)
        exp.present.update(str(k) for k in keys)
        exp.imports_now.extend(_indexes(entry["bundles"]))
    elif op == "purge":
        exp.present.discard(key)
        exp.purged.add(key)
        for marker, owner in list(exp.meetings.items()):
            if owner == key:
                del exp.meetings[marker]


def opens_with(slot_bytes: bytes, passphrase: str) -> bool:
    try:
        slots = parse_keyslots(slot_bytes)
    except VaultError:
        return False
    data_key, _, _ = unwrap_with_passphrase(slots, passphrase)
    return data_key is not None


@dataclass
class Verdict:
    problems: list[str] = field(default_factory=list)
    participants: int = 0


def verify(
    layout: Layout, exp: Expectation, pool: Pool, imports: ImportCounts
) -> tuple[Verdict, str]:
    """Check the vault after a kill; returns the problems found and the passphrase that opens.
    An import the kill cut short is settled here by its retry (checked against what is there)."""
    verdict = Verdict()
    slot_file = layout.vault / "keyslots.json"
    opening = [p for p in PASSPHRASES if opens_with(slot_file.read_bytes(), p)]
    allowed = {exp.passphrase} | ({exp.maybe_passphrase} if exp.maybe_passphrase else set())
    if len(opening) != 1 or opening[0] not in allowed:
        verdict.problems.append(f"passphrases that open the vault: {len(opening)}")
        return verdict, exp.passphrase
    current = opening[0]
    other = PASSPHRASES[1 - PASSPHRASES.index(current)]
    # The temporary file of a passphrase change or restore the kill cut short holds the key
    # slots being written; the next unlock deletes it (checked below). Anything else, like the
    # previous key-slot file, must never open with the other passphrase.
    interrupted = exp.maybe_passphrase is not None or bool(exp.restores_begun)
    for path in layout.vault.iterdir():
        if (
            path.is_file()
            and path.name != "vault.db"
            and not (interrupted and path.name.startswith(".tmp-"))
            and opens_with(path.read_bytes(), other)
        ):
            verdict.problems.append(f"{path.name} still opens with the other passphrase")
    with open_vault(layout.vault, current, options(layout.state)) as session:
        leftovers = sorted(p.name for p in layout.vault.glob(".tmp-*"))
        if leftovers:
            verdict.problems.append(f"unlock left interrupted writes behind: {leftovers}")
        report = session.check()
        if not report.ok:
            verdict.problems.extend(report.problems)
        aliases: dict[str, int] = {}
        offset = 0
        while True:
            page = session.summaries(ParticipantQuery(offset=offset, limit=MAX_PAGE))
            aliases.update({row.alias: row.id for row in page})
            offset += len(page)
            if len(page) < MAX_PAGE:
                break
        verdict.participants = len(aliases)
        missing = exp.present - exp.maybe - set(aliases)
        if missing:
            verdict.problems.append(f"{len(missing)} participant(s) reported saved are missing")
        back = (exp.purged - exp.maybe) & set(aliases)
        if back:
            verdict.problems.append(f"{len(back)} purged participant(s) are still there")
        for alias, pid in aliases.items():
            if alias.startswith("r") and not session.notes(pid):
                verdict.problems.append("a participant is there without its note (half written)")
        for marker, owner in {**exp.meetings, **exp.maybe_meetings}.items():
            if owner not in aliases:
                continue
            found = any(m.summary == marker for m in session.meetings(aliases[owner]))
            if marker in exp.meetings and not found:
                verdict.problems.append("a meeting reported saved is missing")
        verdict.problems.extend(
            check_imports(
                session, pool, exp.imports_now, exp.present - exp.maybe, exp.maybe_import, imports
            )
        )
        exp.present.update(pool.bundles[i].alias for i in exp.maybe_import)
    for key in exp.backups_done:
        if not (layout.backups / f"{key}.bin").is_file():
            verdict.problems.append("a backup reported written is missing")
    for key in exp.restores_done:
        if not (layout.restores / key / "keyslots.json").is_file():
            verdict.problems.append("a restore reported done is not a vault")
    return verdict, current


def kill_once(
    layout: Layout, run: int, passphrase: str, rng: random.Random, bundles: list[Pooled]
) -> None:
    """Fork a writing child, let it work for a random moment (aimed: of its first import), and
    SIGKILL it. A fork, not a new interpreter: the imports are paid once, so thousands of kills
    stay affordable."""
    seed = rng.randrange(2**32)
    aimed = bool(bundles) and rng.random() < AIMED_AT_IMPORT
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed, never return into the parent's code
        code = 0
        try:
            os.close(ready_r)
            child(layout.root, run, passphrase, seed, ready_w, bundles, aimed)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(ready_w)
    with os.fdopen(ready_r, "rb") as ready:
        if ready.read(1) != b"R":
            os.waitpid(pid, 0)
            raise AssertionError("the writing child did not start")
    time.sleep(rng.uniform(0.0, AIMED_WINDOW if aimed else 0.8))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        raise AssertionError("the writing child stopped on its own (it failed)")


@dataclass
class Summary:
    kills: int = 0
    problems: list[str] = field(default_factory=list)
    operations_done: int = 0
    participants: int = 0
    imports: ImportCounts = field(default_factory=ImportCounts)
    seconds: float = 0.0


def run_kills(root: Path, kills: int, seed: int) -> Summary:
    started = time.perf_counter()
    remember_key_derivations()
    rng = random.Random(seed)
    layout, pool = prepare(root)
    exp = Expectation()
    summary = Summary()
    passphrase = PASSPHRASES[0]
    for run in range(kills):
        kill_once(layout, run, passphrase, rng, pool.unused())
        exp = read_journal(layout.journal, exp)
        verdict, passphrase = verify(layout, exp, pool, summary.imports)
        summary.kills += 1
        summary.participants = verdict.participants
        summary.problems.extend(f"kill {run}: {p}" for p in verdict.problems)
        # The next child starts from what is really there: a write begun but not done is
        # settled one way or the other by now.
        exp = _settle(exp, layout, passphrase)
        layout.journal.write_bytes(b"")
        pool.top_up()
    summary.operations_done = exp.reported_done
    summary.seconds = time.perf_counter() - started
    return summary


def _settle(exp: Expectation, layout: Layout, passphrase: str) -> Expectation:
    with open_vault(layout.vault, passphrase, options(layout.state)) as session:
        there = {row.alias for row in session.summaries(ParticipantQuery(limit=MAX_PAGE))}
    for key in exp.maybe:
        if key in there:
            exp.present.add(key)
        else:
            exp.present.discard(key)
            exp.purged.add(key)
    exp.maybe = set()
    exp.passphrase = passphrase
    exp.maybe_passphrase = None
    exp.maybe_meetings = {}
    exp.backups_begun, exp.restores_begun = set(), set()
    return exp
