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
from exitdesk.app.exchange.reapply import Reapplied, reapply_tombstones
from exitdesk.app.policy import (
    PolicyService,
    check_meeting,
    check_note,
    check_participant,
    check_safety,
    policy_in,
)
from exitdesk.app.recovery_code import new_recovery_code
from exitdesk.app.repos import Repos, require_participant
from exitdesk.app.retention import RetentionService
from exitdesk.app.safety import SafetyFollowUp
from exitdesk.demo import generate_demo
from exitdesk.domain import (
    Clock,
    Consent,
    ContactRoute,
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
)
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import LifecycleEvent
from exitdesk.domain.policy import DataPolicy
from exitdesk.domain.programme import check_transition, enquiry_extras
from exitdesk.domain.target_group import TargetGroupAssessment
from exitdesk.domain.views import ParticipantPage, ParticipantQuery, ParticipantSummary
from exitdesk.vault import BindingStatus, IntegrityReport, KdfParams, Vault
from exitdesk.vault import audit as audit_log
from exitdesk.vault.exchange_store import ProvenanceRepository
from exitdesk.vault.repositories.rules import TargetGroupRepository

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
    return _after_unlock(Session(unlock_context(options, directory, passphrase)))


def recover_vault(
    directory: Path,
    recovery_code: str,
    new_passphrase: str,
    options: Options = DEFAULT_OPTIONS,
) -> Session:
    return _after_unlock(
        Session(recover_context(options, directory, recovery_code, new_passphrase))
    )


def _after_unlock(session: Session) -> Session:
    """Purges recorded in the tombstone journal hold again, even if this vault was restored
    from a backup older than them; then what was received under consents that ran out
    meanwhile is purged."""
    try:
        session.tombstones = reapply_tombstones(session.context)
        session.exchange.purge_expired_consents()
    except BaseException:
        session.lock()
        raise
    return session


def restore_vault(
    backup_file: Path,
    directory: Path,
    options: Options = DEFAULT_OPTIONS,
    *,
    passphrase: str | None = None,
) -> None:
    """Recreate a vault from a backup in ``directory`` (new or empty). Going back to the
    backup's state is deliberate here, so this machine's rollback anchor starts again from it.
    With a ``passphrase`` (the window asks for it) a backup it does not open is refused as a
    wrong passphrase before anything is written."""
    Vault.restore(
        backup_file,
        directory,
        anchors=options.anchors(),
        passphrase=passphrase,
        throttle=options.throttle(),
    )


class Session:
    """The use cases of one unlocked vault, over the context the composition root made."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.vault: Vault = context.vault
        self.clock: Clock = context.clock
        self.exchange = Exchange(context)
        self.tombstones = Reapplied(0, 0, journal_intact=True)  # what unlocking re-applied
        self.safety_follow_up = SafetyFollowUp(context)
        self.policy = PolicyService(context)
        self.retention = RetentionService(context)
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

    def _policy(self, repos: Repos) -> DataPolicy:
        return policy_in(repos.conn, self.worker.party_id)

    def _refuse_for_enquiry(self, repos: Repos, participant_id: int) -> Participant:
        """Contact without commitment: an enquiry holds nothing but an alias and a contact
        route until the assessment starts. A safety assessment is the one exception (safety
        comes first and may start at once), so it does not come through here."""
        participant = require_participant(repos, participant_id)
        if participant.state is LifecycleState.ENQUIRY:
            raise PolicyError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "an enquiry holds only an alias and a contact route; start the assessment first",  # noqa: E501
                )
            )
        return participant

    # -- participants --------------------------------------------------------------------
    def add_participant(
        self,
        alias: str,
        *,
        legal_name: str | None = None,
        birth_year: int | None = None,
        contact: str | None = None,
        contact_route: ContactRoute | None = None,
        institution: str | None = None,
        release_date: date | None = None,
        parties: frozenset[str] | None = None,
        note: str | None = None,
    ) -> Participant:
        """A new enquiry when only an alias and a contact route are given; recording more than
        an enquiry holds opens the case at assessment."""
        check_birth_year(birth_year, self.clock)
        now = self.clock()
        chosen = parties if parties is not None else frozenset({self.worker.party_id})
        participant = Participant(
            alias=alias,
            legal_name=legal_name,
            birth_year=birth_year,
            contact=contact,
            contact_route=contact_route,
            institution=institution,
            release_date=release_date,
            parties=chosen,
            created_at=now,
            updated_at=now,
        )
        if note or enquiry_extras(participant):
            started = LifecycleEvent(state=LifecycleState.ASSESSMENT, at=now)
            participant = participant.model_copy(
                update={"state": LifecycleState.ASSESSMENT, "history": (started,)}
            )
        with self._write() as repos:
            policy = self._policy(repos)
            check_participant(policy, participant)
            if note:
                check_note(policy)
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
            check_participant(self._policy(repos), participant)
            current = require_participant(repos, require_id(participant.id))
            if current.state is LifecycleState.ENQUIRY and enquiry_extras(participant):
                self._refuse_for_enquiry(repos, require_id(participant.id))
            saved = repos.participants.update(participant)
            self._audit(repos, "participant.update", str(saved.uid))
        return saved

    def change_lifecycle(
        self, participant_id: int, to: LifecycleState, ended_by: EndedBy | None = None
    ) -> Participant:
        with self._write() as repos:
            current = require_participant(repos, participant_id)
            check_transition(
                current,
                to,
                ended_by,
                self.worker.party_id,
                TargetGroupRepository(repos.conn).get(participant_id),
                self.clock().date(),
            )
            # record_transition re-checks the rule and appends the event; update() refuses
            # state changes on purpose.
            saved = repos.participants.record_transition(participant_id, to, ended_by=ended_by)
            self._audit(repos, "participant.lifecycle", str(saved.uid), state=to.value)
        return saved

    def delete_participant(self, participant_id: int) -> None:
        with self._write() as repos:
            current = require_participant(repos, participant_id)
            repos.participants.delete(participant_id)
            # Received rows about the entry go too, so nothing says it is still held.
            ProvenanceRepository(repos.conn).forget_participant(str(current.uid))
            self._audit(repos, "participant.delete", str(current.uid))
        self.vault.checkpoint()

    def summaries(self, query: ParticipantQuery) -> list[ParticipantSummary]:
        with self._read() as repos:
            return repos.participants.summaries(query)

    def count(self, query: ParticipantQuery) -> int:
        with self._read() as repos:
            return repos.participants.count(query)

    def first_page(self, query: ParticipantQuery) -> ParticipantPage:
        """The first page with the number of matches and of urgent ones among them."""
        with self._read() as repos:
            return repos.participants.first_page(query)

    # -- notes, plan, meetings, safety ----------------------------------------------------
    def add_note(self, participant_id: int, text: str, expires_at: datetime | None = None) -> Note:
        note = Note(participant_id=participant_id, text=text, created_at=self.clock(),
                    expires_at=expires_at)  # fmt: skip
        with self._write() as repos:
            check_note(self._policy(repos))
            participant = self._refuse_for_enquiry(repos, participant_id)
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
            self._refuse_for_enquiry(repos, require_id(goal.participant_id))
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
            check_meeting(self._policy(repos), meeting)
            self._refuse_for_enquiry(repos, require_id(meeting.participant_id))
            saved = repos.meetings.add(meeting)
            self._audit(repos, "meeting.add", str(saved.uid))
        return saved

    def safety(self, participant_id: int) -> SafetyAssessment | None:
        with self._read() as repos:
            return repos.safety.latest(participant_id)

    def safety_history(self, participant_id: int) -> list[SafetyAssessment]:
        return self.safety_follow_up.history(participant_id)

    def save_safety(self, assessment: SafetyAssessment) -> SafetyAssessment:
        """A new assessment; the previous one's open arrangements carry forward."""
        with self._write() as repos:
            check_safety(self._policy(repos), assessment)
            saved = repos.safety.add(self.safety_follow_up.prepare(assessment, repos))
            self._audit(repos, "safety.assess", str(saved.uid), urgent=saved.urgent)
        return saved

    # -- target group (seed 004) -----------------------------------------------------------
    def target_group(self, participant_id: int) -> TargetGroupAssessment | None:
        with self._read() as repos:
            return TargetGroupRepository(repos.conn).get(participant_id)

    def record_target_group(
        self, participant_id: int, assessment: TargetGroupAssessment
    ) -> TargetGroupAssessment:
        """The target-group answers, recorded once the assessment has started."""
        with self._write() as repos:
            participant = self._refuse_for_enquiry(repos, participant_id)
            TargetGroupRepository(repos.conn).save(participant_id, assessment)
            self._audit(
                repos, "participant.target_group", str(participant.uid),
                wants_to_leave=assessment.wants_to_leave.value,
                needs_support=None if assessment.needs_support is None
                else assessment.needs_support.value,
            )  # fmt: skip
        return assessment

    # -- consent ---------------------------------------------------------------------------
    def consents(self, participant_id: int) -> list[Consent]:
        with self._read() as repos:
            return repos.consents.list_for_participant(participant_id)

    def record_consent(self, consent: Consent, *, adult_confirmed: bool = False) -> Consent:
        """Store a new consent signed by this worker's key as its witness; ``adult_confirmed``
        is the worker's word that a participant with no birth year is an adult."""
        return record_consent(self.context, consent, adult_confirmed=adult_confirmed)

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
        """The full check: every page's HMAC, SQLite's structure and the audit chain (seconds
        on a large vault; the window runs it only when asked)."""
        return self.vault.check()

    def verify_audit_chain(self) -> IntegrityReport:
        """The signed audit chain alone: cheap enough to run at every unlock."""
        with self.vault.reading() as conn:
            chain = audit_log.verify(conn, self.vault.signing_key.public_key())
        return IntegrityReport(chain.ok and not chain.problems, list(chain.problems), chain.entries)

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

    def backup(self, target: Path) -> bool:
        """Write a backup; returns whether the audit log could record it (see ``Vault.backup``)."""
        return self.vault.backup(target)

    def generate_demo(self, count: int, *, seed: int = 0, progress: Progress | None = None) -> int:
        # Chunks of participants, each in its own transaction: outside one, every insert would
        # be its own fsync'd commit (synchronous=FULL), and a large demo should not hold one
        # huge transaction either. Each chunk is audited inside its own transaction, so a
        # failure, a Ctrl-C (raised from ``progress``) or a crash leaves only whole, audited
        # chunks.
        with self.vault.reading() as conn:
            return generate_demo(
                conn,
                count,
                seed=seed,
                clock=self.clock,
                worker_party_id=self.worker.party_id,
                progress=progress,
                chunk_transaction=self._audited_demo_chunk,
            )

    @contextmanager
    def _audited_demo_chunk(self) -> Iterator[None]:
        with self._write() as repos:
            before = repos.participants.count(ParticipantQuery())
            yield
            added = repos.participants.count(ParticipantQuery()) - before
            self._audit(repos, "demo.generate", None, participants=added)


def require_id(value: int | None) -> int:
    if value is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "this record belongs to no participant"))
    return value


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
