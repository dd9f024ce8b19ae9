"""The participant's access report: everything this vault holds about one person, where each
record came from, what went out to whom, consents, withdrawals and purges, as plain data.

The window and the CLI render it (PDF, JSON); nothing here formats text for a reader. Making
the report is audited (it discloses the whole case), with ids only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar
from uuid import UUID

from exitdesk.app.repos import Repos, require_participant
from exitdesk.app.session import Session
from exitdesk.app.transactions import writing
from exitdesk.domain import Consent, Goal, Meeting, Note, Participant, SafetyAssessment
from exitdesk.vault import exchange_store as store
from exitdesk.vault.exchange_store import (
    BundleLogEntry,
    BundleLogRepository,
    Connection,
    ContactRepository,
    ProvenanceRepository,
    StoredContact,
)

T = TypeVar("T")

# Bundle kinds that carry case records out of this vault.
SHARE_KINDS = frozenset({"case_transfer", "case_update", "termination_notice"})
# The record type a participant's lifecycle travels as: one per participant.
LIFECYCLE_TYPE = "lifecycle"


@dataclass(frozen=True)
class Received:
    """Where a record came from: the sender, under which consent, in which bundle, when (the
    last bundle that carried it from that sender under that consent)."""

    sender: str
    sender_party: str
    consent_uid: str
    consent_reference: str
    bundle_id: str
    received_at: datetime


@dataclass(frozen=True)
class Held(Generic[T]):
    """A record this vault holds, and every receipt that keeps it here: one per sender and
    consent, first received first; empty when it is the worker's own. A record can be held
    under more than one consent, and a withdrawal removes only its receipt."""

    record: T
    received: tuple[Received, ...]


@dataclass(frozen=True)
class Share:
    """One bundle that carried this participant's records out."""

    at: datetime
    kind: str
    recipient: str
    recipient_party: str
    consent_uid: str | None
    consent_reference: str
    categories: tuple[str, ...]
    records: int
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class WithdrawalSent:
    """A withdrawal this vault told a recipient about, and whether they confirmed the purge."""

    at: datetime
    recipient: str
    recipient_party: str
    consent_reference: str
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class Purge:
    """Records received under a consent that was withdrawn, deleted here."""

    at: datetime
    sender: str
    sender_party: str
    consent_uid: str
    records: int


@dataclass(frozen=True)
class AccessReport:
    made_at: datetime
    worker: str
    worker_party: str
    participant: Held[Participant]
    lifecycle_received: tuple[Received, ...]
    notes: tuple[Held[Note], ...]
    goals: tuple[Held[Goal], ...]
    meetings: tuple[Held[Meeting], ...]
    safety: tuple[Held[SafetyAssessment], ...]
    consents: tuple[Held[Consent], ...]
    shares: tuple[Share, ...]
    withdrawals: tuple[WithdrawalSent, ...]
    purges: tuple[Purge, ...]

    def to_json(self) -> dict[str, Any]:
        """The whole report as JSON-ready values (schema: docs/cli.md)."""

        def held(item: Held[Any]) -> dict[str, Any]:
            record = item.record.model_dump(mode="json")
            return {"record": record, **_receipts("received", "receipts", item.received)}

        return {
            "made_at": _time(self.made_at),
            "worker": self.worker,
            "worker_party": self.worker_party,
            "participant": held(self.participant),
            **_receipts("lifecycle_received", "lifecycle_receipts", self.lifecycle_received),
            "notes": [held(h) for h in self.notes],
            "goals": [held(h) for h in self.goals],
            "meetings": [held(h) for h in self.meetings],
            "safety": [held(h) for h in self.safety],
            "consents": [held(h) for h in self.consents],
            "shares": [_plain(s) for s in self.shares],
            "withdrawals": [_plain(w) for w in self.withdrawals],
            "purges": [_plain(p) for p in self.purges],
        }


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _receipts(first: str, every: str, received: tuple[Received, ...]) -> dict[str, Any]:
    """``first``: the first receipt or null (the key from before a record could have more);
    ``every``: all of them."""
    return {
        first: _plain(received[0]) if received else None,
        every: [_plain(r) for r in received],
    }


def _plain(value: object) -> dict[str, Any] | None:
    if value is None:
        return None
    out: dict[str, Any] = {}
    for key, item in vars(value).items():
        if isinstance(item, datetime):
            out[key] = item.isoformat()
        elif isinstance(item, tuple):
            out[key] = list(item)
        else:
            out[key] = item
    return out


def _contact_names(contact: StoredContact | None) -> tuple[str, str]:
    return ("?", "") if contact is None else (contact.name, contact.party_id)


def received_records(
    conn: Connection, participant_uid: UUID, consents: Mapping[str, Consent]
) -> dict[str, tuple[Received, ...]]:
    """Every receipt of every record of the participant this vault received, by record uid
    (the lifecycle under ``LIFECYCLE_TYPE``): one per sender and consent, in the order they
    first came, each naming the last bundle that carried the record (updates under the same
    consent are one receipt). The one place that reads provenance, so a change in how
    provenance is stored touches only this function."""
    contacts = ContactRepository(conn)
    found: dict[str, dict[tuple[str, str], Received]] = {}
    for p in ProvenanceRepository(conn).for_participant(str(participant_uid)):
        name, party = _contact_names(contacts.by_fingerprint(p.sender_fp))
        consent = consents.get(p.consent_uid)
        key = LIFECYCLE_TYPE if p.record_type == LIFECYCLE_TYPE else p.record_uid
        # Rows come oldest first: a later bundle replaces the value and keeps the place.
        found.setdefault(key, {})[(p.sender_fp, p.consent_uid)] = Received(
            sender=name,
            sender_party=party,
            consent_uid=p.consent_uid,
            consent_reference=consent.reference() if consent else p.consent_uid[:8],
            bundle_id=p.bundle_id,
            received_at=p.imported_at,
        )
    return {key: tuple(receipts.values()) for key, receipts in found.items()}


def _held(records: list[T], received: Mapping[str, tuple[Received, ...]]) -> tuple[Held[T], ...]:
    return tuple(Held(r, received.get(str(getattr(r, "uid", "")), ())) for r in records)


def _exchanges(
    conn: Connection, participant: Participant, consents: Mapping[str, Consent]
) -> tuple[tuple[Share, ...], tuple[WithdrawalSent, ...], tuple[Purge, ...]]:
    contacts = ContactRepository(conn)
    shares: list[Share] = []
    withdrawals: list[WithdrawalSent] = []
    purges: list[Purge] = []

    def who(entry: BundleLogEntry) -> tuple[str, str]:
        contact = None if entry.contact_id is None else contacts.get(entry.contact_id)
        return _contact_names(contact)

    for entry in BundleLogRepository(conn).for_participant(str(participant.uid)):
        consent = consents.get(entry.consent_uid or "")
        reference = consent.reference() if consent else (entry.consent_uid or "")[:8]
        name, party = who(entry)
        if entry.direction == "out" and entry.kind in SHARE_KINDS:
            categories = (
                () if consent is None else tuple(sorted(c.value for c in consent.categories))
            )
            shares.append(
                Share(
                    entry.at,
                    entry.kind,
                    name,
                    party,
                    entry.consent_uid,
                    reference,
                    categories,
                    entry.record_count,
                    entry.acknowledged_at,
                )
            )
        elif entry.direction == "out" and entry.kind == "consent_withdrawal":
            withdrawals.append(
                WithdrawalSent(entry.at, name, party, reference, entry.acknowledged_at)
            )
        elif entry.direction == "in" and entry.kind == "consent_withdrawal" and entry.consent_uid:
            purged = store.tombstone(conn, entry.consent_uid)
            if purged is not None:
                purges.append(Purge(purged[0], name, party, entry.consent_uid, purged[1]))
    return tuple(shares), tuple(withdrawals), tuple(purges)


def _gather(session: Session, repos: Repos, participant_id: int) -> AccessReport:
    participant = require_participant(repos, participant_id)
    conn = repos.conn
    consent_list = repos.consents.list_for_participant(participant_id)
    consents = {str(c.uid): c for c in consent_list}
    received = received_records(conn, participant.uid, consents)
    shares, withdrawals, purges = _exchanges(conn, participant, consents)
    worker = session.worker
    return AccessReport(
        made_at=session.clock(),
        worker=worker.name,
        worker_party=worker.party_id,
        participant=Held(participant, received.get(str(participant.uid), ())),
        lifecycle_received=received.get(LIFECYCLE_TYPE, ()),
        notes=_held(repos.notes.list_for_participant(participant_id), received),
        goals=_held(repos.goals.list_for_participant(participant_id), received),
        meetings=_held(repos.meetings.list_for_participant(participant_id), received),
        safety=_held(repos.safety.list_for_participant(participant_id), received),
        consents=_held(consent_list, received),
        shares=shares,
        withdrawals=withdrawals,
        purges=purges,
    )


def access_report(session: Session, participant_id: int) -> AccessReport:
    """Everything about one participant, read in one transaction that also audits the report."""
    with writing(session) as repos:
        report = _gather(session, repos, participant_id)
        session.context.audit(repos.conn, "report.access", str(report.participant.record.uid))
    return report
