"""Use cases over one unlocked vault. Each is one transaction; each sensitive one is audited.

The CLI and the window both call these; neither talks SQL nor touches key material.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from exitdesk.app.context import Context, Options, create_context, recover_context, unlock_context
from exitdesk.app.errors import NotFoundError, PolicyError
from exitdesk.app.exchange import Exchange
from exitdesk.app.exchange.consent import record_consent
from exitdesk.app.repos import Repos, require_participant
from exitdesk.demo import generate_demo
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
)
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.views import ParticipantQuery, ParticipantSummary
from exitdesk.vault import BindingStatus, IntegrityReport, KdfParams, Vault
from exitdesk.vault import audit as audit_log

Progress = Callable[[int, int], None]
DEFAULT_OPTIONS = Options()


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


def new_recovery_code() -> str:
    """A recovery code to show (and have typed back) before ``create_vault`` uses it."""
    return Vault.new_recovery_code()


def create_vault(
    directory: Path,
    passphrase: str,
    worker: Worker,
    options: Options = DEFAULT_OPTIONS,
    *,
    recovery_code: str | None = None,
) -> NewVault:
    context, created = create_context(options, directory, passphrase, worker, recovery_code)
    return NewVault(
        session=Session(context),
        recovery_code=created.recovery_code,
        binding=created.binding,
        binding_detail=created.binding_detail,
    )


def open_vault(directory: Path, passphrase: str, options: Options = DEFAULT_OPTIONS) -> Session:
    return Session(unlock_context(options, directory, passphrase))


def recover_vault(
    directory: Path,
    recovery_code: str,
    new_passphrase: str,
    options: Options = DEFAULT_OPTIONS,
) -> Session:
    return Session(recover_context(options, directory, recovery_code, new_passphrase))


def restore_vault(backup_file: Path, directory: Path, options: Options = DEFAULT_OPTIONS) -> None:
    """Recreate a vault from a backup in ``directory`` (new or empty). Going back to the
    backup's state is deliberate here, so this machine's rollback anchor starts again from it."""
    Vault.restore(backup_file, directory, anchors=options.anchors())


class Session:
    """The use cases of one unlocked vault, over the context the composition root made."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.vault: Vault = context.vault
        self.clock: Clock = context.clock
        self.exchange = Exchange(context)
        # Read once here (sessions are opened off the GUI thread) for the About screen.
        self._cipher_version = context.vault.cipher_version()

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
        self.context.forget_secrets()
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
        self.context.audit(repos.conn, action, subject, **detail)

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
        """Store a new consent signed by this worker's key as its witness."""
        return record_consent(self.context, consent)

    def withdraw_consent(self, consent_id: int, out: Path | None = None) -> Consent:
        """Withdraw a consent; see ``Exchange.withdraw_consent`` for the bundle it writes."""
        return self.exchange.withdraw_consent(consent_id, out).consent

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


__all__ = [
    "EncryptionInfo",
    "NewVault",
    "Options",
    "Repos",
    "Session",
    "create_vault",
    "new_recovery_code",
    "open_vault",
    "recover_vault",
    "require_participant",
    "restore_vault",
]
