"""Bundle import for the crash harness: a sender vault made once outside the writing child,
befriended both ways with the vault under test (the receiver), and a pool of case transfers
the child imports in order. After a kill: an import reported done is wholly there, one cut
short is wholly there or wholly absent, and its retry agrees with what is there."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from exitdesk.app.context import Options
from exitdesk.app.errors import InputError
from exitdesk.app.session import Session, create_vault, open_vault
from exitdesk.domain import ConsentMethod, DataCategory, Meeting, Worker
from exitdesk.domain.views import MAX_PAGE, ParticipantQuery
from exitdesk.vault.exchange_store import BundleLogRepository, SequenceRepository

SENDER_PASSPHRASE = "crash harness sender passphrase"
SENDER_PARTY = "fi-krp"
MEETINGS_PER_BUNDLE = 2
# Bundles kept built ahead of the child: a child seldom imports more than one before its kill,
# and the parent tops the pool up between kills, so thousands of kills need no big setup.
AHEAD = 4
ALREADY_IMPORTED = "this bundle was already imported (its id has been seen before)"


@dataclass(frozen=True)
class Pooled:
    """One pre-built case transfer: an adult who chose the receiver's party, with meetings,
    under a consent granted to the receiving contact."""

    index: int
    alias: str
    path: Path
    bundle_id: str
    sequence: int
    meetings: frozenset[str]


@dataclass
class Pool:
    sender: Path
    folder: Path
    options: Options
    receiver_at_sender: int  # the receiver's contact id in the sender's vault
    sender_fp: str
    receiver_fp: str
    bundles: list[Pooled] = field(default_factory=list)
    next: int = 0  # the first bundle not yet imported (every earlier one is settled)

    def unused(self) -> list[Pooled]:
        return self.bundles[self.next :]

    def top_up(self) -> None:
        """Build bundles until ``AHEAD`` are unused; in the parent, never in the child."""
        missing = AHEAD - len(self.unused())
        if missing <= 0:
            return
        with open_vault(self.sender, SENDER_PASSPHRASE, self.options) as sender:
            for _ in range(missing):
                self.bundles.append(self._build(sender, len(self.bundles)))

    def _build(self, sender: Session, index: int) -> Pooled:
        alias = f"x{index}"
        participant = sender.add_participant(
            alias, birth_year=1990, parties=frozenset({SENDER_PARTY, "fi-rise"})
        )
        assert participant.id is not None
        meetings = frozenset(f"{alias} meeting {day}" for day in range(1, MEETINGS_PER_BUNDLE + 1))
        for day, summary in enumerate(sorted(meetings), start=1):
            sender.add_meeting(
                Meeting(participant_id=participant.id, on=date(2026, 1, day), summary=summary)
            )
        sender.exchange.grant_consent(
            participant.id,
            contact_ids=[self.receiver_at_sender],
            categories=[DataCategory.IDENTITY, DataCategory.STATUS, DataCategory.MEETINGS],
            purpose="continuing support after release",
            days=30,
            method=ConsentMethod.PAPER_FORM,
        )
        path = self.folder / f"{index:05d}.exitbundle"
        result = sender.exchange.export(participant.id, self.receiver_at_sender, path)
        with sender.vault.reading() as conn:
            logged = BundleLogRepository(conn).get(result.bundle_id)
        assert logged is not None and logged.sequence is not None
        return Pooled(index, alias, path, result.bundle_id, logged.sequence, meetings)


def make_pool(root: Path, receiver: Session, options: Options) -> Pool:
    """The sender's vault, contacts added and verified both ways, and the first bundles."""
    folder = root / "pool"
    folder.mkdir(parents=True, exist_ok=True)
    made = create_vault(
        root / "sender",
        SENDER_PASSPHRASE,
        Worker(name="Crash Sender", party_id=SENDER_PARTY),
        options,
    )
    with made.session as sender:
        at_sender = sender.exchange.add_contact(receiver.exchange.my_card()).contact
        at_receiver = receiver.exchange.add_contact(sender.exchange.my_card()).contact
        sender.exchange.verify_contact(at_sender.id, at_receiver.safety_number)
        receiver.exchange.verify_contact(at_receiver.id, at_sender.safety_number)
        sender_fp = sender.exchange.identity().fingerprint
    pool = Pool(
        sender=root / "sender",
        folder=folder,
        options=options,
        receiver_at_sender=at_sender.id,
        sender_fp=sender_fp,
        receiver_fp=receiver.exchange.identity().fingerprint,
    )
    pool.top_up()
    return pool


def import_next(session: Session, item: Pooled) -> None:
    """The child's operation: import one bundle into the vault under test."""
    session.exchange.import_bundle(item.path.read_bytes())


@dataclass(frozen=True)
class ImportState:
    logged: bool  # in the receiver's exchange log as received
    sequenced: bool  # the sender's sequence here has reached the bundle's number
    participant: bool
    meetings: bool  # every meeting the bundle carried
    consent: bool  # the consent the data came under

    @property
    def whole(self) -> bool:
        return (
            self.logged and self.sequenced and self.participant and self.meetings and self.consent
        )

    @property
    def absent(self) -> bool:
        return not (self.logged or self.sequenced or self.participant)


def import_state(session: Session, pool: Pool, item: Pooled) -> ImportState:
    with session.vault.reading() as conn:
        logged = BundleLogRepository(conn).get(item.bundle_id)
        last = SequenceRepository(conn).last(pool.sender_fp, pool.receiver_fp)
    rows = session.summaries(ParticipantQuery(text=item.alias, limit=MAX_PAGE))
    pid = next((row.id for row in rows if row.alias == item.alias), None)
    meetings = set() if pid is None else {m.summary for m in session.meetings(pid)}
    return ImportState(
        logged=logged is not None and logged.direction == "in",
        sequenced=last >= item.sequence,
        participant=pid is not None,
        meetings=item.meetings <= meetings,
        consent=pid is not None and bool(session.consents(pid)),
    )


def retry(session: Session, item: Pooled) -> str:
    """Import the bundle again: ``imported``, ``already`` (refused as seen before) or the
    reason it was refused otherwise."""
    try:
        import_next(session, item)
    except InputError as refused:
        return "already" if refused.template == ALREADY_IMPORTED else str(refused)
    return "imported"


@dataclass
class ImportCounts:
    done: int = 0  # imports the child reported done
    cut: int = 0  # imports a kill cut short
    cut_there: int = 0  # ... that were wholly there after the kill
    cut_absent: int = 0  # ... that were wholly absent (and the retry imported them)
    cut_batches: int = 0  # ... that were batches of several bundles


def check_imports(
    session: Session,
    pool: Pool,
    done_now: list[int],
    must_be_there: set[str],
    pending: list[int],
    counts: ImportCounts,
) -> list[str]:
    """Check every import so far and settle the one the last child was doing when killed (a
    retry: it is then there); returns the problems. ``done_now`` are the bundles the last child
    reported imported, ``must_be_there`` every alias an operation reported done left in place,
    ``pending`` the bundles of the import cut short (several for a batch: one transaction, so
    all of them there or none)."""
    problems: list[str] = []
    for item in (b for b in pool.bundles if b.index < pool.next or b.index in done_now):
        state = import_state(session, pool, item)
        if not (state.logged and state.sequenced):
            problems.append("an import reported done is not in the exchange log")
        if item.alias in must_be_there and not state.whole:
            problems.append("an import reported done is not wholly there")
    for index in done_now:
        if retry(session, pool.bundles[index]) != "already":
            problems.append("a retry of an import reported done was not refused as seen")
    if pending:
        items = [pool.bundles[i] for i in pending]
        states = [import_state(session, pool, item) for item in items]
        counts.cut += 1
        counts.cut_batches += len(items) > 1
        if all(state.whole for state in states):
            counts.cut_there += 1
            if any(retry(session, item) != "already" for item in items):
                problems.append("a retry of an import that is there was not refused as seen")
        elif all(state.absent for state in states):
            counts.cut_absent += 1
            # In the sender's order, as the batch applies them.
            retried = [retry(session, item) for item in items]
            if retried != ["imported"] * len(items) or not all(
                import_state(session, pool, item).whole for item in items
            ):
                problems.append("a retry of an import that is absent did not import it whole")
        elif len(items) > 1 and all(state.whole or state.absent for state in states):
            problems.append("a batch import cut short is there in part")
        else:
            half = next(s for s in states if not (s.whole or s.absent))
            problems.append(f"an import cut short is half there: {half}")
    settled = [*done_now, *pending]
    if settled:
        pool.next = max(settled) + 1
    counts.done += len(done_now)
    return problems
