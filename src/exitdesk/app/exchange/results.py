"""The values the exchange use cases hand back: contact views, export, import and inspection
results. Plain frozen data, no behaviour beyond describing themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from exitdesk.app.policy import LeftOut
from exitdesk.domain import Consent, Goal, Meeting, SafetyAssessment, party_by_id
from exitdesk.domain.display import mixed_scripts
from exitdesk.exchange import BundleKind, BundleRecord, OpenedBundle, OuterInfo, RecordType
from exitdesk.vault.exchange_store import Conflict


class ContactStatus(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    KEYS_CHANGED = "keys_changed"  # a key change signed by the verified old key: in force now
    SAME_NAME_AND_PARTY = "same_name_and_party"  # new keys, unverified; the old stay in force


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
    # The label of the contact whose verified keys stay in force while this one (same name and
    # party, other keys) is unverified; verifying this one retires those keys.
    same_as: str | None = None
    retired: bool = False  # a newer key of the same person replaced this one (can be restored)

    @property
    def label(self) -> str:
        return f"{self.name} ({party_by_id(self.party_id).name})"

    @property
    def mixed_scripts(self) -> tuple[str, ...]:
        """The writing systems mixed in the name, if more than one: a look-alike of another
        name ("Аino" with a Cyrillic А), to be pointed out when the contact is verified."""
        return mixed_scripts(self.name)


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
    # The types of the records left out because this vault received them: only their
    # sender may send them on.
    received_not_sent: tuple[RecordType, ...] = ()

    def withheld_line(self) -> str:
        """One plain line on what was left out, or an empty string."""
        if not self.received_not_sent:
            return ""
        return f"{len(self.received_not_sent)} received record(s) not sent (received records are not passed on)"  # noqa: E501


@dataclass(frozen=True)
class ExpiryResult:
    """What a run of the expiry check purged: how many consents ran out, how many records."""

    consents: int
    records: int


@dataclass(frozen=True)
class WithdrawalResult:
    consent: Consent
    path: Path | None
    notified: tuple[ContactView, ...]
    # A withdrawal recorded at a receiving vault: what was purged here, and the notices for
    # the consent's origin waiting in the outbox.
    purged: int = 0
    queued: int = 0


@dataclass(frozen=True)
class PlannedRecord:
    record: BundleRecord
    action: RecordAction
    # The goal, meeting or safety model validated while planning (no local participant id).
    model: Goal | Meeting | SafetyAssessment | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class ImportPlan:
    """What importing a verified bundle would change; nothing has been written yet."""

    opened: OpenedBundle
    sender: ContactView
    records: tuple[PlannedRecord, ...]
    removed: tuple[str, ...]
    purge: int
    warnings: tuple[str, ...]
    # Fields of received records this vault's data policy does not keep (never stored).
    left_out: tuple[LeftOut, ...] = ()

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
        if kind is BundleKind.WITHDRAWAL_NOTICE:
            return f"withdrawal notice from {who}: the participant withdrew this consent there"
        if kind is BundleKind.HANDOVER_ACK:
            return f"{who} confirms taking over the case: {self.purge} records to remove here"
        parts = [
            f"{self.count(a)} {a.value}"
            for a in (RecordAction.ADD, RecordAction.UPDATE, RecordAction.CONFLICT)
            if self.count(a)
        ]
        if self.removed:
            parts.append(f"{len(self.removed)} remove")
        changes = ", ".join(parts) or "no changes"
        line = f"{kind.value.replace('_', ' ')} from {who}: {changes}"
        if self.left_out:
            line += f"; {len(self.left_out)} record(s) with fields your data policy does not keep"
        return line


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    participant_id: int | None
    conflicts: int
    purged: int
    acknowledgement: bytes | None = field(default=None, repr=False)
    # Outgoing files this import put into the outbox (in its own transaction).
    outbox_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ConflictSides:
    conflict: Conflict
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
