"""Use cases over one unlocked vault. Each is one transaction; each sensitive one is audited.

The CLI and the window both call these; neither talks SQL nor touches key material.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exitdesk.app.errors import NotFoundError, PolicyError
from exitdesk.domain import (
    Clock,
    Consent,
    EndedBy,
    Goal,
    LifecycleState,
    Meeting,
    Note,
    Participant,
    ProgressRating,
    SafetyAssessment,
    Worker,
    check_birth_year,
    party_by_id,
    system_clock,
    validate_new_consent,
)
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.views import ParticipantQuery, ParticipantSummary
from exitdesk.exchange import sign_consent
from exitdesk.vault import BindingStatus, IntegrityReport, KdfParams, Vault, exchange_store
from exitdesk.vault import audit as audit_log
from exitdesk.vault.repositories import (
    ConsentRepository,
    GoalRepository,
    MeetingRepository,
    NoteRepository,
    ParticipantRepository,
    SafetyRepository,
)

if TYPE_CHECKING:
    from exitdesk.app.exchange import Exchange

Connection = Any
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class NewVault:
    session: Session
    recovery_code: str
    binding: BindingStatus
    binding_detail: str


@dataclass(frozen=True)
class EncryptionInfo:
    cipher_version: str
    kdf: KdfParams
    binding: BindingStatus


@dataclass(frozen=True)
class Repos:
    """The repositories over one connection, handed to a use case inside its transaction."""

    conn: Connection
    participants: ParticipantRepository
    notes: NoteRepository
    goals: GoalRepository
    meetings: MeetingRepository
    safety: SafetyRepository
    consents: ConsentRepository

    @classmethod
    def over(cls, conn: Connection, clock: Clock) -> Repos:
        return cls(
            conn=conn,
            participants=ParticipantRepository(conn, clock),
            notes=NoteRepository(conn, clock),
            goals=GoalRepository(conn, clock),
            meetings=MeetingRepository(conn, clock),
            safety=SafetyRepository(conn, clock),
            consents=ConsentRepository(conn, clock),
        )


def require_participant(repos: Repos, participant_id: int) -> Participant:
    """The participant, or a plain "not in this vault" error."""
    found = repos.participants.get(participant_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no participant {participant_id} in this vault"),
            participant_id=participant_id,
        )
    return found


def create_vault(
    directory: Path,
    passphrase: str,
    worker: Worker,
    *,
    kdf: KdfParams | None = None,
    clock: Clock = system_clock,
    use_keyring: bool = True,
) -> NewVault:
    created = Vault.create(
        directory, passphrase, worker, kdf=kdf, clock=clock, use_keyring=use_keyring
    )
    return NewVault(
        session=Session(created.vault, clock),
        recovery_code=created.recovery_code,
        binding=created.binding,
        binding_detail=created.binding_detail,
    )


def open_vault(directory: Path, passphrase: str, *, clock: Clock = system_clock) -> Session:
    return Session(Vault.unlock(directory, passphrase, clock=clock), clock)


def recover_vault(
    directory: Path, recovery_code: str, new_passphrase: str, *, clock: Clock = system_clock
) -> Session:
    return Session(Vault.recover(directory, recovery_code, new_passphrase, clock=clock), clock)


class Session:
    """An unlocked vault and the clock its rules run on."""

    def __init__(self, vault: Vault, clock: Clock = system_clock) -> None:
        self.vault = vault
        self.clock = clock
        self._exchange: Exchange | None = None
        # Read once here (sessions are opened off the GUI thread) for the About screen.
        self._cipher_version = vault.cipher_version()

    # -- life of the session -------------------------------------------------------------
    @property
    def worker(self) -> Worker:
        return self.vault.worker

    @property
    def directory(self) -> Path:
        return self.vault.directory

    @property
    def is_locked(self) -> bool:
        return self.vault.is_locked

    def lock(self) -> None:
        self._exchange = None
        self.vault.lock()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    @contextmanager
    def _write(self) -> Iterator[Repos]:
        with self.vault.transaction() as conn:
            yield Repos.over(conn, self.clock)

    @contextmanager
    def _read(self) -> Iterator[Repos]:
        with self.vault.reading() as conn:
            yield Repos.over(conn, self.clock)

    def _audit(self, repos: Repos, action: str, subject: str | None = None, **detail: Any) -> None:
        audit_log.append(
            repos.conn,
            action,
            subject=subject,
            detail=detail or None,
            clock=self.clock,
            signing_key=self.vault.signing_key,
        )

    def _minimal_record(self) -> bool:
        return party_by_id(self.worker.party_id).minimal_record

    # -- participants --------------------------------------------------------------------
    def add_participant(
        self,
        alias: str,
        *,
        legal_name: str | None = None,
        birth_year: int | None = None,
        contact: str | None = None,
        institution: str | None = None,
        release_date: date | None = None,
        parties: frozenset[str] | None = None,
        note: str | None = None,
    ) -> Participant:
        check_birth_year(birth_year, self.clock)
        now = self.clock()
        chosen = parties if parties is not None else frozenset({self.worker.party_id})
        participant = Participant(
            alias=alias,
            legal_name=legal_name,
            birth_year=birth_year,
            contact=contact,
            institution=institution,
            release_date=release_date,
            parties=chosen,
            created_at=now,
            updated_at=now,
        )
        if note and self._minimal_record():
            raise PolicyError(
                QT_TRANSLATE_NOOP("Errors", "your party keeps no case notes (minimal-record mode)")
            )
        with self._write() as repos:
            saved = repos.participants.add(participant)
            assert saved.id is not None
            if note:
                repos.notes.add(Note(participant_id=saved.id, text=note, created_at=now))
            self._audit(repos, "participant.open", str(saved.uid))
        return saved

    def participant(self, participant_id: int) -> Participant:
        with self._read() as repos:
            return require_participant(repos, participant_id)

    def update_participant(self, participant: Participant) -> Participant:
        """Save edited fields and chosen parties; lifecycle goes through ``change_lifecycle``."""
        check_birth_year(participant.birth_year, self.clock)
        with self._write() as repos:
            saved = repos.participants.update(participant)
            self._audit(repos, "participant.update", str(saved.uid))
        return saved

    def change_lifecycle(
        self, participant_id: int, to: LifecycleState, ended_by: EndedBy | None = None
    ) -> Participant:
        with self._write() as repos:
            require_participant(repos, participant_id)
            # record_transition re-checks the rule and appends the event; update() refuses
            # state changes on purpose.
            saved = repos.participants.record_transition(participant_id, to, ended_by=ended_by)
            self._audit(repos, "participant.lifecycle", str(saved.uid), state=to.value)
        return saved

    def delete_participant(self, participant_id: int) -> None:
        with self._write() as repos:
            current = require_participant(repos, participant_id)
            repos.participants.delete(participant_id)
            self._audit(repos, "participant.delete", str(current.uid))

    def summaries(self, query: ParticipantQuery) -> list[ParticipantSummary]:
        with self._read() as repos:
            return repos.participants.summaries(query)

    def count(self, query: ParticipantQuery) -> int:
        with self._read() as repos:
            return repos.participants.count(query)

    # -- notes, plan, meetings, safety ----------------------------------------------------
    def add_note(self, participant_id: int, text: str, expires_at: datetime | None = None) -> Note:
        if self._minimal_record():
            raise PolicyError(
                QT_TRANSLATE_NOOP("Errors", "your party keeps no case notes (minimal-record mode)")
            )
        participant = self.participant(participant_id)
        note = Note(participant_id=participant_id, text=text, created_at=self.clock(),
                    expires_at=expires_at)  # fmt: skip
        with self._write() as repos:
            saved = repos.notes.add(note)
            self._audit(repos, "note.add", str(participant.uid))
        return saved

    def notes(self, participant_id: int) -> list[Note]:
        with self._read() as repos:
            return repos.notes.list_for_participant(participant_id)

    def goals(self, participant_id: int) -> list[Goal]:
        with self._read() as repos:
            return repos.goals.list_for_participant(participant_id)

    def save_goal(self, goal: Goal) -> Goal:
        with self._write() as repos:
            saved = repos.goals.add(goal) if goal.id is None else repos.goals.update(goal)
            self._audit(repos, "plan.goal", str(saved.uid))
        return saved

    def rate_goal(self, goal_id: int, rating: ProgressRating) -> Goal:
        with self._write() as repos:
            goal = repos.goals.get(goal_id)
            if goal is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "there is no goal {goal_id} in this vault"),
                    goal_id=goal_id,
                )
            saved = repos.goals.update(goal.rated(rating))
            self._audit(repos, "plan.rating", str(saved.uid))
        return saved

    def meetings(self, participant_id: int) -> list[Meeting]:
        with self._read() as repos:
            return repos.meetings.list_for_participant(participant_id)

    def add_meeting(self, meeting: Meeting) -> Meeting:
        with self._write() as repos:
            saved = repos.meetings.add(meeting)
            self._audit(repos, "meeting.add", str(saved.uid))
        return saved

    def safety(self, participant_id: int) -> SafetyAssessment | None:
        with self._read() as repos:
            return repos.safety.latest(participant_id)

    def save_safety(self, assessment: SafetyAssessment) -> SafetyAssessment:
        with self._write() as repos:
            saved = repos.safety.add(assessment)
            self._audit(repos, "safety.assess", str(saved.uid), urgent=saved.urgent)
        return saved

    # -- consent ---------------------------------------------------------------------------
    def consents(self, participant_id: int) -> list[Consent]:
        with self._read() as repos:
            return repos.consents.list_for_participant(participant_id)

    def record_consent(self, consent: Consent) -> Consent:
        """Store a new consent signed by this worker's key as its witness, so a receiving party
        can check what the participant agreed to."""
        participant = self.participant(consent.participant_id or 0)
        # Signed records and bundle manifests carry whole seconds; a consent that started
        # part-way through this second would otherwise look "not valid yet" to a bundle made
        # in the same second.
        consent = consent.model_copy(
            update={
                "valid_from": consent.valid_from.replace(microsecond=0),
                "valid_until": consent.valid_until.replace(microsecond=0),
                "recorded_at": consent.recorded_at.replace(microsecond=0),
            }
        )
        validate_new_consent(consent, participant, self.clock)
        identity = self.exchange.identity()
        with self._write() as repos:
            saved = repos.consents.add(consent)
            assert saved.id is not None
            signed = sign_consent(saved, identity)
            repos.consents.set_signature(saved.id, signed.signature, signed.payload)
            exchange_store.set_consent_signer(repos.conn, saved.id, signed.signer)
            self._audit(repos, "consent.grant", str(saved.uid))
        return saved

    def withdraw_consent(self, consent_id: int, out: Path | None = None) -> Consent:
        """Withdraw a consent; see ``Exchange.withdraw_consent`` for the bundle it writes."""
        return self.exchange.withdraw_consent(consent_id, out).consent

    @property
    def exchange(self) -> Exchange:
        """The exchange use cases (contacts, export, import) over this session."""
        if self._exchange is None:
            from exitdesk.app.exchange import Exchange

            self._exchange = Exchange(self)
        return self._exchange

    # -- vault-wide -----------------------------------------------------------------------
    def encryption_info(self) -> EncryptionInfo:
        """How this vault is protected, for the About screen (no key material)."""
        return EncryptionInfo(
            cipher_version=self._cipher_version,
            kdf=self.vault.kdf,
            binding=self.vault.binding,
        )

    def check(self) -> IntegrityReport:
        return self.vault.check()

    def audit_entries(
        self,
        action: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
        offset: int = 0,
    ) -> list[audit_log.AuditEntry]:
        """Audit log entries for the viewer, newest first (``until`` exclusive)."""
        with self.vault.reading() as conn:
            return audit_log.entries(conn, action, since, until, limit, offset)

    def change_passphrase(self, current: str, new: str) -> None:
        self.vault.change_passphrase(current, new)

    def backup(self, target: Path) -> None:
        self.vault.backup(target)

    def generate_demo(self, count: int, *, seed: int = 0, progress: Progress | None = None) -> int:
        from exitdesk.app.demo import generate_demo

        # Chunks of participants, each in its own transaction: outside one, every insert would
        # be its own fsync'd commit (synchronous=FULL), and a large demo should not hold one
        # huge transaction either. A failure leaves whole chunks only.
        with self.vault.reading() as conn:
            made = generate_demo(
                conn,
                count,
                seed=seed,
                clock=self.clock,
                worker_party_id=self.worker.party_id,
                progress=progress,
                chunk_transaction=self.vault.transaction,
            )
        with self._write() as repos:
            self._audit(repos, "demo.generate", None, participants=made)
        return made
