"""The values the exchange use cases hand back: contact views, export, import and inspection
results. Plain frozen data, no behaviour beyond describing themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from exitdesk.domain import Consent, party_by_id
from exitdesk.exchange import BundleKind, BundleRecord, OpenedBundle, OuterInfo
from exitdesk.vault.exchange_store import Conflict


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
