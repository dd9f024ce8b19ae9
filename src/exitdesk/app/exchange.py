"""Exchange use cases: contacts and safety numbers, signed consent, consent-gated export, and an
all-or-nothing import with provenance, conflicts and purge on withdrawal.

Bundle bytes and keys are the exchange package's business; storage is the vault's. This module
decides what may leave, what may enter, and records both in the audit chain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from pydantic import ValidationError

from exitdesk.app.errors import InputError, NotFoundError
from exitdesk.app.session import Repos, Session, require_participant
from exitdesk.domain import (
    Consent,
    ConsentMethod,
    ConsentRecipient,
    ConsentScopeError,
    DataCategory,
    Goal,
    LifecycleEvent,
    LifecycleState,
    Meeting,
    Participant,
    SafetyAssessment,
    party_by_id,
)
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import (
    BundleKind,
    BundleRecord,
    Identity,
    OpenedBundle,
    OuterInfo,
    PublicIdentity,
    RecordType,
    SignedConsent,
    SignedWithdrawal,
    Withdrawal,
    build_bundle,
    format_safety_number,
    inspect_without_keys,
    make_card,
    new_bundle_id,
    open_bundle,
    parse_card_with_date,
    parse_safety_number,
    safety_number,
    sign_withdrawal,
)
from exitdesk.vault import audit as audit_log
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import (
    BundleLogEntry,
    BundleLogRepository,
    ConflictRepository,
    ContactRepository,
    Provenance,
    ProvenanceRepository,
    SentRecordRepository,
    SequenceRepository,
    StoredContact,
)
from exitdesk.vault.fsutil import atomic_write

BUNDLE_SUFFIX = ".exitbundle"
_LIFECYCLE_NAMESPACE = uuid5(NAMESPACE_URL, "https://exitdesk.invalid/lifecycle")
_MAX_CARD_BYTES = 16 * 1024

_CATEGORY_TYPES: dict[DataCategory, RecordType] = {
    DataCategory.IDENTITY: RecordType.PARTICIPANT,
    DataCategory.STATUS: RecordType.LIFECYCLE,
    DataCategory.PLAN: RecordType.GOAL,
    DataCategory.MEETINGS: RecordType.MEETING,
    DataCategory.SAFETY: RecordType.SAFETY,
}


class ContactStatus(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    KEYS_CHANGED = "keys_changed"


class RecordAction(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class ContactView:
    id: int
    name: str
    party_id: str
    fingerprint: str
    verified: bool
    key_changed: bool
    revoked: bool
    safety_number: str  # formatted, 12 groups of 5

    @property
    def label(self) -> str:
        return f"{self.name} ({party_by_id(self.party_id).name})"


@dataclass(frozen=True)
class ContactAdded:
    contact: ContactView
    status: ContactStatus


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    kind: BundleKind
    records: int
    removed: int
    consent_label: str
    contact: ContactView


@dataclass(frozen=True)
class WithdrawalResult:
    consent: Consent
    path: Path | None
    notified: tuple[ContactView, ...]


@dataclass(frozen=True)
class PlannedRecord:
    record: BundleRecord
    action: RecordAction


@dataclass(frozen=True)
class ImportPlan:
    """What importing a verified bundle would change; nothing has been written yet."""

    opened: OpenedBundle
    sender: ContactView
    records: tuple[PlannedRecord, ...]
    removed: tuple[str, ...]
    purge: int
    warnings: tuple[str, ...]

    def count(self, action: RecordAction) -> int:
        return sum(1 for r in self.records if r.action is action)

    def describe(self) -> str:
        """One plain line: what this bundle is and what it would do."""
        kind = self.opened.kind
        who = self.sender.label
        if kind is BundleKind.CONSENT_WITHDRAWAL:
            return f"consent withdrawal from {who}: {self.purge} received records to delete"
        if kind is BundleKind.WITHDRAWAL_ACK:
            return f"{who} confirms deleting what they received under a withdrawn consent"
        parts = [
            f"{self.count(a)} {a.value}"
            for a in (RecordAction.ADD, RecordAction.UPDATE, RecordAction.CONFLICT)
            if self.count(a)
        ]
        if self.removed:
            parts.append(f"{len(self.removed)} remove")
        changes = ", ".join(parts) or "no changes"
        return f"{kind.value.replace('_', ' ')} from {who}: {changes}"


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    participant_id: int | None
    conflicts: int
    purged: int
    acknowledgement: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class ConflictSides:
    conflict: store.Conflict
    participant_alias: str | None
    sender: str | None
    mine: dict[str, Any] | None
    theirs: dict[str, Any]


@dataclass(frozen=True)
class InspectReport:
    outer: OuterInfo
    opened: OpenedBundle | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    direction: str
    kind: str
    contact: str
    consent_uid: str | None
    records: int
    acknowledged: bool


# -- records: domain models <-> bundle records -----------------------------------------------


def _lifecycle_uid(participant_uid: UUID) -> UUID:
    return uuid5(_LIFECYCLE_NAMESPACE, str(participant_uid))


def participant_record(p: Participant) -> BundleRecord:
    obj: dict[str, Any] = {
        "alias": p.alias,
        "legal_name": p.legal_name,
        "birth_year": p.birth_year,
        "contact": p.contact,
        "institution": p.institution,
        "release_date": None if p.release_date is None else p.release_date.isoformat(),
        "parties": sorted(p.parties),
    }
    return BundleRecord.from_object(p.uid, RecordType.PARTICIPANT, DataCategory.IDENTITY, obj)


def lifecycle_record(p: Participant) -> BundleRecord:
    history = [event.model_dump(mode="json") for event in p.history]
    obj: dict[str, Any] = {
        "participant_uid": str(p.uid),
        "state": p.state.value,
        "history": history,
    }
    return BundleRecord.from_object(
        _lifecycle_uid(p.uid), RecordType.LIFECYCLE, DataCategory.STATUS, obj
    )


def _model_record(
    model: Goal | Meeting | SafetyAssessment, kind: RecordType, participant_uid: UUID
) -> BundleRecord:
    obj = model.model_dump(mode="json", exclude={"id", "participant_id"})
    obj["participant_uid"] = str(participant_uid)
    category = next(c for c, t in _CATEGORY_TYPES.items() if t is kind)
    return BundleRecord.from_object(model.uid, kind, category, obj)


def case_records(
    repos: Repos, participant: Participant, categories: Iterable[DataCategory]
) -> list[BundleRecord]:
    """The records of ``participant`` in the given categories, in a stable order."""
    assert participant.id is not None
    pid = participant.id
    wanted = set(categories)
    records: list[BundleRecord] = []
    if DataCategory.IDENTITY in wanted:
        records.append(participant_record(participant))
    if DataCategory.STATUS in wanted:
        records.append(lifecycle_record(participant))
    if DataCategory.PLAN in wanted:
        for goal in repos.goals.list_for_participant(pid):
            records.append(_model_record(goal, RecordType.GOAL, participant.uid))
    if DataCategory.MEETINGS in wanted:
        for meeting in repos.meetings.list_for_participant(pid):
            records.append(_model_record(meeting, RecordType.MEETING, participant.uid))
    if DataCategory.SAFETY in wanted:
        for assessment in repos.safety.list_for_participant(pid):
            records.append(_model_record(assessment, RecordType.SAFETY, participant.uid))
    return records


def _local_record(repos: Repos, record: BundleRecord) -> BundleRecord | None:
    """The same record as it stands in this vault now, built the same way, or ``None``."""
    kind = record.type
    if kind in (RecordType.PARTICIPANT, RecordType.LIFECYCLE):
        uid = (
            record.id if kind is RecordType.PARTICIPANT else str(record.object()["participant_uid"])
        )
        participant = repos.participants.get_by_uid(UUID(uid))
        if participant is None:
            return None
        if kind is RecordType.PARTICIPANT:
            return participant_record(participant)
        return lifecycle_record(participant)
    local_id = store.local_id_for_uid(repos.conn, kind.value, record.id)
    if local_id is None:
        return None
    found: Goal | Meeting | SafetyAssessment | None
    if kind is RecordType.GOAL:
        found = repos.goals.get(local_id)
    elif kind is RecordType.MEETING:
        found = repos.meetings.get(local_id)
    else:
        found = repos.safety.get(local_id)
    if found is None or found.participant_id is None:
        return None
    owner = repos.participants.get(found.participant_id)
    assert owner is not None
    return _model_record(found, kind, owner.uid)


def _without(obj: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in keys}


class Exchange:
    """The exchange use cases of one unlocked vault."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._identity: Identity | None = None

    @property
    def clock(self) -> Any:
        return self._session.clock

    # -- identity and contacts -------------------------------------------------------------
    def identity(self) -> Identity:
        if self._identity is None:
            vault = self._session.vault
            worker = vault.worker
            self._identity = Identity.from_secrets(
                worker.name,
                worker.party_id,
                vault.signing_key.private_bytes_raw(),
                str(vault.age_identity),
            )
        return self._identity

    def my_card(self) -> str:
        return make_card(self.identity(), self.clock)

    def _view(self, contact: StoredContact) -> ContactView:
        public = _public(contact)
        return ContactView(
            id=contact.id,
            name=contact.name,
            party_id=contact.party_id,
            fingerprint=contact.fingerprint,
            verified=contact.verified,
            key_changed=contact.key_changed_at is not None and contact.verified_at is None,
            revoked=contact.revoked_at is not None,
            safety_number=format_safety_number(safety_number(self.identity().public, public)),
        )

    def contacts(self) -> list[ContactView]:
        with self._session.vault.reading() as conn:
            stored = ContactRepository(conn).all()
        return [self._view(c) for c in stored]

    def contact(self, contact_id: int) -> ContactView:
        with self._session.vault.reading() as conn:
            found = _contact_or_fail(ContactRepository(conn), contact_id)
        return self._view(found)

    def add_contact(self, card_text: str) -> ContactAdded:
        if len(card_text.encode("utf-8")) > _MAX_CARD_BYTES:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "this file is too large to be a contact card")
            )
        public, _ = parse_card_with_date(card_text)
        if public.fingerprint == self.identity().fingerprint:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "this is your own contact card"))
        now = self.clock()
        with self._session.vault.transaction() as conn:
            contacts = ContactRepository(conn)
            if contacts.is_retired(public.fingerprint):
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this card carries a key its owner has replaced; ask them for a new card",
                    )
                )
            existing = contacts.by_fingerprint(public.fingerprint)
            if existing is not None:
                return ContactAdded(self._view(existing), ContactStatus.UNCHANGED)
            same_person = contacts.by_name_and_party(public.name, public.party_id)
            keys = {
                "fingerprint": public.fingerprint,
                "signing_key": public.signing_key,
                "age_recipient": public.age_recipient,
                "card": card_text,
                "now": now,
            }
            if same_person:
                stored = contacts.replace_keys(same_person[0].id, **keys)
                status = ContactStatus.KEYS_CHANGED
                action = "contact.key_change"
            else:
                stored = contacts.add(name=public.name, party_id=public.party_id, **keys)
                status = ContactStatus.NEW
                action = "contact.add"
            self._audit(conn, action, public.fingerprint[:32])
        return ContactAdded(self._view(stored), status)

    def verify_contact(self, contact_id: int, typed_number: str) -> ContactView:
        typed = parse_safety_number(typed_number)
        with self._session.vault.transaction() as conn:
            contacts = ContactRepository(conn)
            contact = _contact_or_fail(contacts, contact_id)
            expected = safety_number(self.identity().public, _public(contact))
            if typed != expected:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the safety number does not match: do not exchange with this contact until you have compared it again in person or by phone",  # noqa: E501
                    )
                )
            contacts.mark_verified(contact_id, self.clock())
            self._audit(conn, "contact.verify", contact.fingerprint[:32])
            verified = contacts.get(contact_id)
        assert verified is not None
        return self._view(verified)

    def revoke_contact(self, contact_id: int) -> ContactView:
        """Stop trusting a contact's keys (a lost laptop, someone leaving the programme):
        nothing more is sent to them and nothing they send is imported."""
        with self._session.vault.transaction() as conn:
            contacts = ContactRepository(conn)
            contact = _contact_or_fail(contacts, contact_id)
            contacts.revoke(contact_id, self.clock())
            self._audit(conn, "contact.revoke", contact.fingerprint[:32])
            revoked = contacts.get(contact_id)
        assert revoked is not None
        return self._view(revoked)

    # -- consent -----------------------------------------------------------------------------
    def grant_consent(
        self,
        participant_id: int,
        *,
        contact_ids: Sequence[int] = (),
        party_ids: Sequence[str] = (),
        categories: Iterable[DataCategory],
        purpose: str,
        days: int,
        method: ConsentMethod,
        witness: str | None = None,
        guardian: str | None = None,
    ) -> Consent:
        """Record the participant's consent, signed by this worker's key as its witness."""
        if not 1 <= days <= 3660:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "a consent lasts between 1 and 3660 days"))
        now = self.clock()
        with self._session.vault.reading() as conn:
            contacts = ContactRepository(conn)
            recipients: list[ConsentRecipient] = []
            for contact_id in contact_ids:
                contact = _contact_or_fail(contacts, contact_id)
                recipients.append(
                    ConsentRecipient(
                        party_id=contact.party_id,
                        contact_fingerprint=contact.fingerprint,
                        label=contact.name,
                    )
                )
        for party_id in party_ids:
            recipients.append(ConsentRecipient(party_id=party_id, label=party_by_id(party_id).name))
        if not recipients:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "name at least one contact or party the consent lets data go to"
                )
            )
        participant = self._session.participant(participant_id)
        consent = Consent(
            participant_id=participant_id,
            participant_uid=participant.uid,
            recipients=tuple(recipients),
            categories=frozenset(categories),
            purpose=purpose,
            valid_from=now,
            valid_until=now + timedelta(days=days),
            method=method,
            witness=witness,
            guardian=guardian,
            recorded_by=self._session.worker.name,
            recorded_at=now,
        )
        return self._session.record_consent(consent)

    def withdraw_consent(self, consent_id: int, out: Path | None) -> WithdrawalResult:
        """Withdraw a consent here and write one withdrawal bundle to every contact that
        received data under it; they purge it and send back an acknowledgement."""
        me = self.identity()
        with self._session.vault.transaction() as conn:
            repos = Repos.over(conn, self.clock)
            consent = repos.consents.get(consent_id)
            if consent is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "there is no consent {consent_id} in this vault"),
                    consent_id=consent_id,
                )
            signed = _signed_consent(repos, consent)
            withdrawn = repos.consents.mark_withdrawn(consent_id)
            assert withdrawn.withdrawn_at is not None
            log = BundleLogRepository(conn)
            contacts = ContactRepository(conn)
            notified: dict[int, StoredContact] = {}
            for entry in log.outgoing_under_consent(str(consent.uid)):
                if entry.contact_id is not None and entry.contact_id not in notified:
                    contact = contacts.get(entry.contact_id)
                    if contact is not None and contact.revoked_at is None:
                        notified[contact.id] = contact
            path: Path | None = None
            if notified:
                if out is None:
                    raise InputError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "data went out under this consent: give a file for the withdrawal bundle",  # noqa: E501
                        )
                    )
                withdrawal = sign_withdrawal(
                    Withdrawal(
                        consent_uid=consent.uid,
                        participant_uid=consent.participant_uid,
                        withdrawn_at=withdrawn.withdrawn_at,
                        recorded_by=self._session.worker.name,
                    ),
                    me,
                )
                recipients = list(notified.values())
                self._send(
                    conn,
                    recipients,
                    BundleKind.CONSENT_WITHDRAWAL,
                    [],
                    out,
                    consent=signed,
                    withdrawal=withdrawal,
                    participant_uid=consent.participant_uid,
                    consent_uid=str(consent.uid),
                )
                path = out
            self._audit(conn, "consent.withdraw", str(consent.uid), notified=len(notified))
        views = tuple(self._view(c) for c in notified.values())
        return WithdrawalResult(consent=withdrawn, path=path, notified=views)

    # -- export -------------------------------------------------------------------------------
    def allowed_categories(
        self, participant_id: int, contact_id: int
    ) -> dict[DataCategory, str | None]:
        """For each category, ``None`` if a live consent lets it go to the contact now, or the
        reason in words why not (for the export wizard's disabled boxes)."""
        contact = self.contact(contact_id)
        with self._session.vault.reading() as conn:
            repos = Repos.over(conn, self.clock)
            consents = repos.consents.list_for_participant(participant_id)
        reasons: dict[DataCategory, str | None] = {}
        for category in DataCategory:
            reason: str | None = f"no consent names {contact.label}"
            for consent in sorted(consents, key=lambda c: c.recorded_at, reverse=True):
                try:
                    consent.check_release(
                        category, contact.party_id, contact.fingerprint, self.clock, contact.label
                    )
                except ConsentScopeError as refused:
                    if reason is None or "no consent names" in reason:
                        reason = str(refused)
                    continue
                reason = None
                break
            reasons[category] = reason
        return reasons

    def export_consent(self, participant_id: int, contact_id: int) -> Consent | None:
        """The consent an export to this contact would travel under now, if any."""
        with self._session.vault.reading() as conn:
            contact = _contact_or_fail(ContactRepository(conn), contact_id)
            try:
                return self._consent_for(Repos.over(conn, self.clock), participant_id, contact, "")
            except ConsentScopeError:
                return None

    def export(
        self,
        participant_id: int,
        contact_id: int,
        out: Path,
        categories: Iterable[DataCategory] | None = None,
    ) -> ExportResult:
        """Write a bundle for one contact under a live consent. A later export to the same
        contact carries only what changed since the previous one (a case update)."""
        with self._session.vault.transaction() as conn:
            repos = Repos.over(conn, self.clock)
            contact = _contact_or_fail(ContactRepository(conn), contact_id)
            view = self._sendable(contact)
            participant = require_participant(repos, participant_id)
            consent = self._consent_for(repos, participant_id, contact, view.label)
            wanted = set(consent.categories if categories is None else categories)
            for category in sorted(wanted):
                consent.check_release(
                    category, contact.party_id, contact.fingerprint, self.clock, view.label
                )
            if DataCategory.IDENTITY not in wanted:
                raise ConsentScopeError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "consent {consent}: a case cannot be sent without its identity category",
                    ),
                    consent=consent.reference(),
                )
            records = case_records(repos, participant, wanted)
            sent = SentRecordRepository(conn)
            previous = sent.hashes(contact.id, str(participant.uid))
            log = BundleLogRepository(conn)
            last = _last_case_bundle(log, contact.id, str(participant.uid))
            kind = BundleKind.CASE_TRANSFER
            removed: tuple[str, ...] = ()
            if previous and last is not None:
                kind = BundleKind.CASE_UPDATE
                current = {r.id for r in records}
                removed = tuple(sorted(uid for uid in previous if uid not in current))
                records = [r for r in records if previous.get(r.id) != r.sha256]
                if not records and not removed:
                    raise InputError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "nothing has changed since the last bundle to {contact}"
                        ),
                        contact=view.label,
                    )
            bundle_id = self._send(
                conn,
                [contact],
                kind,
                records,
                out,
                consent=_signed_consent(repos, consent),
                participant_uid=participant.uid,
                consent_uid=str(consent.uid),
                base=last if kind is BundleKind.CASE_UPDATE else None,
                removed=removed,
            )
            for record in records:
                sent.record(contact.id, str(participant.uid), record.id, record.sha256, bundle_id)
            for uid in removed:
                sent.forget(contact.id, uid)
            self._audit(
                conn,
                "exchange.export",
                str(participant.uid),
                bundle=bundle_id,
                records=len(records),
                to=contact.fingerprint[:32],
            )
        return ExportResult(
            path=out,
            bundle_id=bundle_id,
            kind=kind,
            records=len(records),
            removed=len(removed),
            consent_label=consent.label(),
            contact=view,
        )

    def send_termination_notice(
        self, participant_id: int, contact_id: int, out: Path
    ) -> ExportResult:
        """Tell a contact that participation has ended, and by whom (no reasons: the programme
        ends without repercussions). Travels under a live consent covering the status."""
        with self._session.vault.transaction() as conn:
            repos = Repos.over(conn, self.clock)
            contact = _contact_or_fail(ContactRepository(conn), contact_id)
            view = self._sendable(contact)
            participant = require_participant(repos, participant_id)
            if participant.state is not LifecycleState.ENDED:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "participation has not ended; end it before sending a notice"
                    )
                )
            consent = self._consent_for(repos, participant_id, contact, view.label)
            consent.check_release(
                DataCategory.STATUS, contact.party_id, contact.fingerprint, self.clock, view.label
            )
            record = lifecycle_record(participant)
            bundle_id = self._send(
                conn,
                [contact],
                BundleKind.TERMINATION_NOTICE,
                [record],
                out,
                consent=_signed_consent(repos, consent),
                participant_uid=participant.uid,
                consent_uid=str(consent.uid),
            )
            SentRecordRepository(conn).record(
                contact.id, str(participant.uid), record.id, record.sha256, bundle_id
            )
            self._audit(
                conn,
                "exchange.termination_notice",
                str(participant.uid),
                bundle=bundle_id,
                to=contact.fingerprint[:32],
            )
        return ExportResult(
            path=out,
            bundle_id=bundle_id,
            kind=BundleKind.TERMINATION_NOTICE,
            records=1,
            removed=0,
            consent_label=consent.label(),
            contact=view,
        )

    def _sendable(self, contact: StoredContact) -> ContactView:
        """The contact's view if bundles may go to them now; a plain refusal otherwise."""
        view = self._view(contact)
        if contact.revoked_at is not None:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "{contact} is revoked; nothing can be sent to them"),
                contact=view.label,
            )
        if not contact.verified:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{contact} is not verified yet: compare safety numbers first"
                ),
                contact=view.label,
            )
        return view

    def _consent_for(
        self, repos: Repos, participant_id: int, contact: StoredContact, label: str
    ) -> Consent:
        live = [
            c
            for c in repos.consents.list_for_participant(participant_id)
            if c.is_live(self.clock)
            and any(r.names(contact.party_id, contact.fingerprint) for r in c.recipients)
        ]
        if not live:
            raise ConsentScopeError(
                QT_TRANSLATE_NOOP(
                    "Errors", "no live consent lets this participant's data go to {recipient}"
                ),
                recipient=label,
            )
        return max(live, key=lambda c: c.recorded_at)

    def _send(
        self,
        conn: Any,
        recipients: list[StoredContact],
        kind: BundleKind,
        records: list[BundleRecord],
        out: Path,
        *,
        consent: SignedConsent | None = None,
        withdrawal: SignedWithdrawal | None = None,
        participant_uid: UUID | None,
        consent_uid: str | None,
        base: str | None = None,
        removed: tuple[str, ...] = (),
    ) -> str:
        """Build, log and write one bundle inside the caller's transaction. The file is written
        last and atomically: if writing fails, the transaction rolls back and nothing is logged."""
        me = self.identity()
        sequences = SequenceRepository(conn)
        numbers = {
            c.fingerprint: sequences.last(me.fingerprint, c.fingerprint) + 1 for c in recipients
        }
        bundle_id = new_bundle_id()
        data = build_bundle(
            me,
            [_public(c) for c in recipients],
            kind,
            records,
            consent=consent,
            withdrawal=withdrawal,
            sequences=numbers,
            participant_uid=participant_uid,
            clock=self.clock,
            bundle_id=bundle_id,
            base=base,
            removed=removed,
        )
        log = BundleLogRepository(conn)
        now = self.clock()
        for contact in recipients:
            sequences.record(me.fingerprint, contact.fingerprint, numbers[contact.fingerprint])
        log.add(
            BundleLogEntry(
                bundle_id=bundle_id,
                direction="out",
                kind=kind.value,
                contact_id=recipients[0].id if len(recipients) == 1 else None,
                consent_uid=consent_uid,
                participant_uid=None if participant_uid is None else str(participant_uid),
                sequence=max(numbers.values()),
                at=now,
                record_count=len(records),
                base_bundle_id=base,
                acknowledged_at=None,
            )
        )
        for contact in recipients:
            store.log_recipient(conn, bundle_id, contact.id)
        atomic_write(out, data)
        return bundle_id

    # -- import -------------------------------------------------------------------------------
    def _resolver(self, conn: Any) -> Any:
        contacts = ContactRepository(conn)
        me = self.identity().public

        def resolve(fingerprint: str) -> PublicIdentity | None:
            if fingerprint == me.fingerprint:
                return me
            if contacts.is_retired(fingerprint):
                return None
            found = contacts.by_fingerprint(fingerprint)
            if found is None or found.revoked_at is not None:
                return None
            return _public(found)

        return resolve

    def _open(self, conn: Any, data: bytes) -> tuple[OpenedBundle, StoredContact]:
        opened = open_bundle(
            data, self.identity(), resolve_sender=self._resolver(conn), clock=self.clock
        )
        sender = ContactRepository(conn).by_fingerprint(opened.sender.fingerprint)
        if sender is None:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "the sender is not among your contacts"))
        if not sender.verified:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{contact} is not verified yet: compare safety numbers before importing from them",  # noqa: E501
                ),
                contact=self._view(sender).label,
            )
        return opened, sender

    def preview_import(self, data: bytes) -> ImportPlan:
        """Verify a bundle completely and say what importing it would change; writes nothing."""
        with self._session.vault.reading() as conn:
            opened, sender = self._open(conn, data)
            return self._plan(Repos.over(conn, self.clock), opened, sender)

    def import_bundle(self, data: bytes) -> ImportResult:
        """Import all or nothing: every check passes and everything is written in one
        transaction, or nothing is written."""
        with self._session.vault.transaction() as conn:
            repos = Repos.over(conn, self.clock)
            opened, sender = self._open(conn, data)
            plan = self._plan(repos, opened, sender)
            return self._apply(repos, plan, sender)

    def _plan(self, repos: Repos, opened: OpenedBundle, sender: StoredContact) -> ImportPlan:
        conn = repos.conn
        log = BundleLogRepository(conn)
        manifest = opened.manifest
        if log.seen(manifest.bundle_id):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "this bundle was already imported (its id has been seen before)"
                )
            )
        last = SequenceRepository(conn).last(sender.fingerprint, self.identity().fingerprint)
        if opened.my_sequence <= last:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this bundle is older than one already imported from the same sender (number {number}, last was {last})",  # noqa: E501
                ),
                number=opened.my_sequence,
                last=last,
            )
        warnings: list[str] = []
        if opened.my_sequence > last + 1:
            missing = opened.my_sequence - last - 1
            warnings.append(f"{missing} earlier bundle(s) from this sender have not been imported")
        consent_uid = None if opened.consent is None else str(opened.consent.uid)
        if consent_uid is not None and opened.kind is not BundleKind.CONSENT_WITHDRAWAL:
            if store.is_tombstoned(conn, consent_uid):
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "this bundle travels under a consent that has been withdrawn"
                    )
                )
            local = repos.consents.get_by_uid(UUID(consent_uid))
            if local is not None and local.withdrawn_at is not None:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "this bundle travels under a consent that has been withdrawn"
                    )
                )
        if manifest.base is not None:
            base = log.get(manifest.base)
            if base is None or base.direction != "in":
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this is an update to a bundle you have not imported; import the earlier bundle from this sender first",  # noqa: E501
                    )
                )
        view = self._view(sender)
        signer = opened.consent_signer
        if signer is not None and signer.fingerprint not in (
            sender.fingerprint,
            self.identity().fingerprint,
        ):
            witness = ContactRepository(conn).by_fingerprint(signer.fingerprint)
            if witness is None or not witness.verified:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the consent in this bundle was witnessed by a contact you have not verified",  # noqa: E501
                    )
                )
        if opened.kind is BundleKind.CONSENT_WITHDRAWAL:
            assert opened.withdrawal is not None
            received = ProvenanceRepository(conn).under_consent(str(opened.withdrawal.consent_uid))
            # Only the party the data came from may have it purged: a withdrawal relayed by
            # anyone else, even a verified contact, is refused.
            if any(p.sender_fp != sender.fingerprint for p in received):
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this withdrawal comes from someone who did not send you data under that consent; nothing was deleted",  # noqa: E501
                    )
                )
            return ImportPlan(opened, view, (), (), len(received), tuple(warnings))
        if opened.kind is BundleKind.WITHDRAWAL_ACK:
            return ImportPlan(opened, view, (), (), 0, tuple(warnings))
        if opened.kind not in _CASE_KINDS:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "importing {kind} bundles is not supported yet"),
                kind=opened.kind.value,
            )
        if opened.kind is BundleKind.TERMINATION_NOTICE and not _is_termination(opened.records):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "this termination notice does not say that participation ended"
                )
            )
        assert manifest.participant_uid is not None
        has_participant = any(r.type is RecordType.PARTICIPANT for r in opened.records)
        if not has_participant and repos.participants.get_by_uid(manifest.participant_uid) is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this update is for a participant who is not in your vault; import the first bundle about them first",  # noqa: E501
                )
            )
        provenance = ProvenanceRepository(conn)
        planned: list[PlannedRecord] = []
        for record in opened.records:
            if record.type not in _CATEGORY_TYPES.values():
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this bundle carries {record_type} records, which are not imported",
                    ),
                    record_type=record.type.value,
                )
            _validate_record(record)
            current = _local_record(repos, record)
            if current is None:
                action = RecordAction.ADD
            elif current.sha256 == record.sha256:
                action = RecordAction.UNCHANGED
            else:
                known = provenance.get(record.id)
                changed_here = known is None or known.record_hash != current.sha256
                action = RecordAction.CONFLICT if changed_here else RecordAction.UPDATE
            planned.append(PlannedRecord(record, action))
        return ImportPlan(opened, view, tuple(planned), manifest.removed, 0, tuple(warnings))

    def _apply(self, repos: Repos, plan: ImportPlan, sender: StoredContact) -> ImportResult:
        conn = repos.conn
        opened = plan.opened
        manifest = opened.manifest
        now = self.clock()
        me = self.identity()
        SequenceRepository(conn).record(sender.fingerprint, me.fingerprint, opened.my_sequence)
        consent_uid = None if opened.consent is None else str(opened.consent.uid)
        participant_uid = (
            None if manifest.participant_uid is None else str(manifest.participant_uid)
        )
        BundleLogRepository(conn).add(
            BundleLogEntry(
                bundle_id=manifest.bundle_id,
                direction="in",
                kind=opened.kind.value,
                contact_id=sender.id,
                consent_uid=consent_uid,
                participant_uid=participant_uid,
                sequence=opened.my_sequence,
                at=now,
                record_count=len(opened.records),
                base_bundle_id=manifest.base,
                acknowledged_at=None,
            )
        )
        if opened.kind is BundleKind.CONSENT_WITHDRAWAL:
            return self._apply_withdrawal(repos, plan, sender)
        if opened.kind is BundleKind.WITHDRAWAL_ACK:
            assert opened.withdrawal is not None
            acknowledged = store.acknowledge_withdrawal(
                conn, str(opened.withdrawal.consent_uid), sender.id, now
            )
            self._audit(
                conn,
                "exchange.ack_received",
                str(opened.withdrawal.consent_uid),
                bundles=acknowledged,
                from_=sender.fingerprint[:32],
            )
            return ImportResult(plan, None, 0, 0)
        assert opened.consent is not None and manifest.participant_uid is not None
        provenance = ProvenanceRepository(conn)
        conflicts = ConflictRepository(conn)
        pid = repos.participants.id_for_uid(manifest.participant_uid)
        ordered = sorted(plan.records, key=lambda p: p.record.type is not RecordType.PARTICIPANT)
        conflict_count = 0
        for item in ordered:
            record = item.record
            if item.action is RecordAction.CONFLICT:
                conflicts.add(
                    record_uid=record.id,
                    record_type=record.type.value,
                    participant_uid=str(manifest.participant_uid),
                    bundle_id=manifest.bundle_id,
                    sender_fp=sender.fingerprint,
                    consent_uid=str(opened.consent.uid),
                    incoming=record.data,
                    incoming_hash=record.sha256,
                    now=now,
                )
                conflict_count += 1
                continue
            if item.action is not RecordAction.UNCHANGED:
                pid = _write_record(repos, record, pid, now)
            provenance.record(
                Provenance(
                    record_uid=record.id,
                    record_type=record.type.value,
                    participant_uid=str(manifest.participant_uid),
                    sender_fp=sender.fingerprint,
                    bundle_id=manifest.bundle_id,
                    consent_uid=str(opened.consent.uid),
                    record_hash=record.sha256,
                    imported_at=now,
                )
            )
        for uid in manifest.removed:
            known = provenance.get(uid)
            if known is not None and known.sender_fp == sender.fingerprint:
                if known.record_type in ("goal", "meeting", "safety"):
                    store.delete_by_uid(conn, known.record_type, uid)
                provenance.forget(uid)
        assert pid is not None
        self._store_consent(repos, opened, pid)
        self._audit(
            conn,
            "exchange.import",
            str(manifest.participant_uid),
            bundle=manifest.bundle_id,
            records=len(opened.records),
            conflicts=conflict_count,
            from_=sender.fingerprint[:32],
        )
        return ImportResult(plan, pid, conflict_count, 0)

    def _store_consent(self, repos: Repos, opened: OpenedBundle, participant_id: int) -> None:
        """Keep the consent the data came under, with its signature, so this vault knows what
        it may do with it and can purge it on withdrawal."""
        assert opened.consent is not None and opened.manifest.consent is not None
        if repos.consents.get_by_uid(opened.consent.uid) is not None:
            return
        stored = repos.consents.add(
            opened.consent.model_copy(update={"id": None, "participant_id": participant_id})
        )
        assert stored.id is not None
        signed = opened.manifest.consent
        repos.consents.set_signature(stored.id, signed.signature, signed.payload)
        store.set_consent_signer(repos.conn, stored.id, signed.signer)
        ProvenanceRepository(repos.conn).record(
            Provenance(
                record_uid=str(stored.uid),
                record_type="consent",
                participant_uid=str(opened.consent.participant_uid),
                sender_fp=opened.sender.fingerprint,
                bundle_id=opened.bundle_id,
                consent_uid=str(stored.uid),
                record_hash="",
                imported_at=self.clock(),
            )
        )

    def _apply_withdrawal(
        self, repos: Repos, plan: ImportPlan, sender: StoredContact
    ) -> ImportResult:
        conn = repos.conn
        opened = plan.opened
        assert opened.withdrawal is not None and opened.manifest.withdrawal is not None
        consent_uid = str(opened.withdrawal.consent_uid)
        purged = purge_consent(repos, consent_uid)
        store.tombstone_consent(conn, consent_uid, self.clock(), purged)
        self._audit(
            conn, "exchange.purge", consent_uid, records=purged, from_=sender.fingerprint[:32]
        )
        me = self.identity()
        sequences = SequenceRepository(conn)
        # The acknowledgement takes the next number, so a later bundle to this sender follows it.
        number = sequences.last(me.fingerprint, sender.fingerprint) + 1
        acknowledgement = build_bundle(
            me,
            [_public(sender)],
            BundleKind.WITHDRAWAL_ACK,
            [],
            consent=None,
            withdrawal=opened.manifest.withdrawal,
            sequences={sender.fingerprint: number},
            participant_uid=opened.withdrawal.participant_uid,
            clock=self.clock,
        )
        sequences.record(me.fingerprint, sender.fingerprint, number)
        return ImportResult(plan, None, 0, purged, acknowledgement=acknowledgement)

    # -- conflicts, history, inspection --------------------------------------------------------
    def conflicts(self) -> list[store.Conflict]:
        with self._session.vault.reading() as conn:
            return ConflictRepository(conn).open()

    def conflict_sides(self, conflict_id: int) -> ConflictSides:
        """Both versions of a conflicting record, as field/value objects, for a side-by-side
        view: this vault's current one (``None`` if it is gone) and the incoming one."""
        with self._session.vault.reading() as conn:
            repos = Repos.over(conn, self.clock)
            conflict = ConflictRepository(conn).get(conflict_id)
            if conflict is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "there is no conflict {conflict_id}"),
                    conflict_id=conflict_id,
                )
            incoming = BundleRecord(
                conflict.record_uid, RecordType(conflict.record_type), None, conflict.incoming
            )
            current = _local_record(repos, incoming)
            participant = repos.participants.get_by_uid(UUID(conflict.participant_uid))
            sender = ContactRepository(conn).by_fingerprint(conflict.sender_fp)
        return ConflictSides(
            conflict=conflict,
            participant_alias=None if participant is None else participant.alias,
            sender=None if sender is None else self._view(sender).label,
            mine=None if current is None else current.object(),
            theirs=incoming.object(),
        )

    def resolve_conflict(self, conflict_id: int, *, take_incoming: bool) -> None:
        """Keep this vault's version or take the sender's; either way the conflict closes and
        the sender's version becomes the new common ground for the next exchange."""
        now = self.clock()
        with self._session.vault.transaction() as conn:
            repos = Repos.over(conn, self.clock)
            conflicts = ConflictRepository(conn)
            conflict = conflicts.get(conflict_id)
            if conflict is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "there is no conflict {conflict_id}"),
                    conflict_id=conflict_id,
                )
            record = BundleRecord(
                conflict.record_uid, RecordType(conflict.record_type), None, conflict.incoming
            )
            if take_incoming:
                pid = repos.participants.id_for_uid(UUID(conflict.participant_uid))
                _write_record(repos, record, pid, now)
            ProvenanceRepository(conn).record(
                Provenance(
                    record_uid=conflict.record_uid,
                    record_type=conflict.record_type,
                    participant_uid=conflict.participant_uid,
                    sender_fp=conflict.sender_fp,
                    bundle_id=conflict.bundle_id,
                    consent_uid=conflict.consent_uid,
                    record_hash=conflict.incoming_hash,
                    imported_at=now,
                )
            )
            conflicts.resolve(conflict_id)
            self._audit(
                conn,
                "exchange.conflict_resolved",
                conflict.participant_uid,
                took="theirs" if take_incoming else "mine",
            )

    def history(self, participant_id: int) -> list[HistoryEntry]:
        participant = self._session.participant(participant_id)
        with self._session.vault.reading() as conn:
            entries = BundleLogRepository(conn).for_participant(str(participant.uid))
            contacts = {c.id: c for c in ContactRepository(conn).all()}
        result = []
        for e in entries:
            contact = contacts.get(e.contact_id) if e.contact_id is not None else None
            result.append(
                HistoryEntry(
                    at=e.at,
                    direction=e.direction,
                    kind=e.kind,
                    contact=self._view(contact).label if contact else "several contacts",
                    consent_uid=e.consent_uid,
                    records=e.record_count,
                    acknowledged=e.acknowledged_at is not None,
                )
            )
        return result

    def inspect(self, data: bytes) -> InspectReport:
        """Everything that can be said about a bundle after verification, without importing."""
        outer = inspect_without_keys(data)
        notes: list[str] = []
        with self._session.vault.reading() as conn:
            opened = open_bundle(
                data, self.identity(), resolve_sender=self._resolver(conn), clock=self.clock
            )
            sender = ContactRepository(conn).by_fingerprint(opened.sender.fingerprint)
            if sender is not None and not sender.verified:
                notes.append("the sender is not verified yet")
            if BundleLogRepository(conn).seen(opened.bundle_id):
                notes.append("this bundle was already imported")
        return InspectReport(outer=outer, opened=opened, notes=tuple(notes))

    def _audit(self, conn: Any, action: str, subject: str | None, **detail: Any) -> None:
        cleaned = {k.rstrip("_"): v for k, v in detail.items()}
        audit_log.append(
            conn,
            action,
            subject=subject,
            detail=cleaned or None,
            clock=self.clock,
            signing_key=self._session.vault.signing_key,
        )


# -- helpers ---------------------------------------------------------------------------------


def _contact_or_fail(contacts: ContactRepository, contact_id: int) -> StoredContact:
    found = contacts.get(contact_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no contact {contact_id} in this vault"),
            contact_id=contact_id,
        )
    return found


def _public(contact: StoredContact) -> PublicIdentity:
    return PublicIdentity(
        name=contact.name,
        party_id=contact.party_id,
        signing_key=contact.signing_key,
        age_recipient=contact.age_recipient,
    )


def _signed_consent(repos: Repos, consent: Consent) -> SignedConsent:
    assert consent.id is not None
    stored = repos.consents.signature(consent.id)
    signer = store.consent_signer(repos.conn, consent.id)
    if stored is None or signer is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "consent {consent} is not signed; record it again to sign it"
            ),
            consent=consent.reference(),
        )
    signature, payload = stored
    return SignedConsent(payload=payload, signature=signature, signer=signer)


def _last_case_bundle(
    log: BundleLogRepository, contact_id: int, participant_uid: str
) -> str | None:
    for entry in reversed(log.for_participant(participant_uid)):
        if (
            entry.direction == "out"
            and entry.contact_id == contact_id
            and entry.kind in (BundleKind.CASE_TRANSFER.value, BundleKind.CASE_UPDATE.value)
        ):
            return entry.bundle_id
    return None


_CASE_KINDS = (BundleKind.CASE_TRANSFER, BundleKind.CASE_UPDATE, BundleKind.TERMINATION_NOTICE)


def _is_termination(records: Sequence[BundleRecord]) -> bool:
    """Exactly one lifecycle record, and it says participation ended."""
    if [r.type for r in records] != [RecordType.LIFECYCLE]:
        return False
    try:
        state, _ = _lifecycle_from(records[0].object())
    except (ValidationError, ValueError, KeyError, TypeError):
        return False
    return state is LifecycleState.ENDED


def _validate_record(record: BundleRecord) -> None:
    """A record must turn into a valid domain model; refuse the bundle before writing if not."""
    obj = record.object()
    try:
        if record.type is RecordType.PARTICIPANT:
            _participant_from(record.id, obj)
        elif record.type is RecordType.LIFECYCLE:
            _lifecycle_from(obj)
        else:
            _MODELS[record.type].model_validate(_without(obj, "participant_uid"))
    except (ValidationError, ValueError, KeyError, TypeError):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "a {record_type} record in this bundle is not valid; nothing was imported"
            ),
            record_type=record.type.value,
        ) from None


def _participant_from(uid: str, obj: dict[str, Any]) -> Participant:
    return Participant.model_validate({**obj, "uid": uid})


def _lifecycle_from(obj: dict[str, Any]) -> tuple[LifecycleState, tuple[LifecycleEvent, ...]]:
    state = LifecycleState(obj["state"])
    history = tuple(LifecycleEvent.model_validate(e) for e in obj["history"])
    if (history[-1].state if history else LifecycleState.ENQUIRY) is not state:
        raise ValueError("state and history disagree")
    return state, history


_MODELS: dict[RecordType, type[Goal] | type[Meeting] | type[SafetyAssessment]] = {
    RecordType.GOAL: Goal,
    RecordType.MEETING: Meeting,
    RecordType.SAFETY: SafetyAssessment,
}


def _write_record(repos: Repos, record: BundleRecord, pid: int | None, now: datetime) -> int | None:
    """Insert or overwrite one verified record; returns the participant's local id."""
    obj = record.object()
    if record.type is RecordType.PARTICIPANT:
        incoming = _participant_from(record.id, obj)
        existing = repos.participants.get_by_uid(incoming.uid)
        if existing is None:
            saved = repos.participants.add(incoming.model_copy(update={"created_at": now}))
            return saved.id
        editable = ("alias", "legal_name", "birth_year", "contact", "institution", "release_date",
                    "parties")  # fmt: skip
        merged = existing.model_copy(update={k: getattr(incoming, k) for k in editable})
        repos.participants.update(merged)
        return existing.id
    if pid is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "a record in this bundle belongs to a participant not in your vault"
            )
        )
    if record.type is RecordType.LIFECYCLE:
        state, history = _lifecycle_from(obj)
        store.replace_lifecycle(
            repos.conn,
            pid,
            state.value,
            [(e.state.value, e.at, bool(e.ended_by and e.ended_by.participant),
              None if e.ended_by is None else e.ended_by.party_id) for e in history],
            now,
        )  # fmt: skip
        return pid
    model = _MODELS[record.type].model_validate(
        {**_without(obj, "participant_uid"), "participant_id": pid}
    )
    existing_id = store.local_id_for_uid(repos.conn, record.type.value, record.id)
    if isinstance(model, Goal):
        if existing_id is None:
            repos.goals.add(model)
        else:
            repos.goals.update(model.model_copy(update={"id": existing_id}))
    elif isinstance(model, Meeting):
        if existing_id is None:
            repos.meetings.add(model)
        else:
            repos.meetings.update(model.model_copy(update={"id": existing_id}))
    else:
        if existing_id is None:
            repos.safety.add(model)
        else:
            repos.safety.update(model.model_copy(update={"id": existing_id}))
    return pid


def purge_consent(repos: Repos, consent_uid: str) -> int:
    """Delete everything received under a consent: the records, and the participant too when
    the participant's record itself came under it. Returns how many records went."""
    conn = repos.conn
    provenance = ProvenanceRepository(conn)
    received = provenance.under_consent(consent_uid)
    participants = {p.participant_uid for p in received if p.record_type == "participant"}
    for item in received:
        if item.record_type in ("goal", "meeting", "safety", "consent"):
            store.delete_by_uid(conn, item.record_type, item.record_uid)
    for participant_uid in participants:
        pid = repos.participants.id_for_uid(UUID(participant_uid))
        if pid is not None:
            repos.participants.delete(pid)
    provenance.forget_consent(consent_uid)
    ConflictRepository(conn).forget_consent(consent_uid)
    return len(received)


__all__ = [
    "BUNDLE_SUFFIX",
    "ConflictSides",
    "ContactAdded",
    "ContactStatus",
    "ContactView",
    "Exchange",
    "ExportResult",
    "HistoryEntry",
    "ImportPlan",
    "ImportResult",
    "InspectReport",
    "PlannedRecord",
    "RecordAction",
    "WithdrawalResult",
    "purge_consent",
]
