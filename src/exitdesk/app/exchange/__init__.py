"""Exchange use cases: contacts and safety numbers, signed consent, consent-gated export, and an
all-or-nothing import with provenance, conflicts and purge on withdrawal.

One module per use case (see each module's first line); ``Exchange`` is the thin object the
CLI and the window reach through ``session.exchange``. Bundle bytes and keys are the exchange
package's business; storage is the vault's. This package decides what may leave, what may
enter, and records both in the audit chain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from exitdesk.app.context import Context
from exitdesk.app.exchange import batch as _batch
from exitdesk.app.exchange import caseload as _caseload
from exitdesk.app.exchange import conflicts as _conflicts
from exitdesk.app.exchange import consent as _consent
from exitdesk.app.exchange import contacts as _contacts
from exitdesk.app.exchange import expiry as _expiry
from exitdesk.app.exchange import export as _export
from exitdesk.app.exchange import handover as _handover
from exitdesk.app.exchange import history as _history
from exitdesk.app.exchange import importing as _importing
from exitdesk.app.exchange import inspect as _inspect
from exitdesk.app.exchange import notices as _notices
from exitdesk.app.exchange import outbox as _outbox
from exitdesk.app.exchange.batch import BatchItem
from exitdesk.app.exchange.caseload import CaseGoing, CaseloadPreview, CaseloadResult, CaseStaying
from exitdesk.app.exchange.files import (
    BUNDLE_SUFFIX,
    CARD_FILE_NAME,
    is_bundle_file,
    outgoing_file_name,
    read_bundle_file,
    save_acknowledgement,
    write_outgoing_file,
)
from exitdesk.app.exchange.handover import HandoverPreview, HandoverResult
from exitdesk.app.exchange.outbox import OutboxEntry
from exitdesk.app.exchange.records import case_records, lifecycle_record, participant_record
from exitdesk.app.exchange.results import (
    ConflictSides,
    ContactAdded,
    ContactStatus,
    ContactView,
    ExpiryResult,
    ExportResult,
    HistoryEntry,
    ImportPlan,
    ImportResult,
    InspectReport,
    PlannedRecord,
    RecordAction,
    WithdrawalResult,
)
from exitdesk.app.exchange.withdrawal import purge_consent
from exitdesk.domain import Clock, Consent, ConsentMethod, DataCategory
from exitdesk.exchange import Identity
from exitdesk.vault.exchange_store import Conflict


class Exchange:
    """The exchange use cases of one unlocked vault; each method is one use-case function."""

    def __init__(self, context: Context) -> None:
        self._ctx = context

    @property
    def clock(self) -> Clock:
        return self._ctx.clock

    def identity(self) -> Identity:
        return self._ctx.identity

    # -- contacts --------------------------------------------------------------------------
    def my_card(self) -> str:
        return _contacts.my_card(self._ctx)

    def contacts(self) -> list[ContactView]:
        return _contacts.list_contacts(self._ctx)

    def contact(self, contact_id: int) -> ContactView:
        return _contacts.get_contact(self._ctx, contact_id)

    def add_contact(self, card_text: str) -> ContactAdded:
        return _contacts.add_contact(self._ctx, card_text)

    def verify_contact(self, contact_id: int, typed_number: str) -> ContactView:
        return _contacts.verify_contact(self._ctx, contact_id, typed_number)

    def revoke_contact(self, contact_id: int) -> ContactView:
        return _contacts.revoke_contact(self._ctx, contact_id)

    def restore_keys(self, contact_id: int) -> ContactView:
        return _contacts.restore_keys(self._ctx, contact_id)

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
        adult_confirmed: bool = False,
    ) -> Consent:
        return _consent.grant_consent(
            self._ctx,
            participant_id,
            contact_ids=contact_ids,
            party_ids=party_ids,
            categories=categories,
            purpose=purpose,
            days=days,
            method=method,
            witness=witness,
            guardian=guardian,
            adult_confirmed=adult_confirmed,
        )

    def withdraw_consent(self, consent_id: int, out: Path | None) -> WithdrawalResult:
        # A consent received from another vault is purged here and its origin told by notice.
        return _notices.withdraw(self._ctx, consent_id, out)

    def purge_expired_consents(self) -> ExpiryResult:
        return _expiry.purge_expired_consents(self._ctx)

    def allowed_categories(
        self, participant_id: int, contact_id: int
    ) -> dict[DataCategory, str | None]:
        return _consent.allowed_categories(self._ctx, participant_id, contact_id)

    def export_consent(self, participant_id: int, contact_id: int) -> Consent | None:
        return _consent.export_consent(self._ctx, participant_id, contact_id)

    # -- export and import -------------------------------------------------------------------
    def export(
        self,
        participant_id: int,
        contact_id: int,
        out: Path,
        categories: Iterable[DataCategory] | None = None,
    ) -> ExportResult:
        return _export.export_case(self._ctx, participant_id, contact_id, out, categories)

    def send_termination_notice(
        self, participant_id: int, contact_id: int, out: Path
    ) -> ExportResult:
        return _export.send_termination_notice(self._ctx, participant_id, contact_id, out)

    def preview_import(self, data: bytes) -> ImportPlan:
        return _importing.preview_import(self._ctx, data)

    def import_bundle(self, data: bytes) -> ImportResult:
        return _importing.import_bundle(self._ctx, data)

    def import_bundles(self, bundles: Sequence[tuple[str, bytes]]) -> list[BatchItem]:
        return _batch.import_bundles(self._ctx, bundles)

    # -- hand-over -----------------------------------------------------------------------------
    def preview_handover(self, participant_id: int, contact_id: int) -> HandoverPreview:
        return _handover.preview_handover(self._ctx, participant_id, contact_id)

    def send_handover(self, participant_id: int, contact_id: int, out: Path) -> HandoverResult:
        return _handover.send_handover(self._ctx, participant_id, contact_id, out)

    def preview_caseload(
        self, contact_id: int, participant_ids: Sequence[int] | None = None
    ) -> CaseloadPreview:
        return _caseload.preview_caseload(self._ctx, contact_id, participant_ids)

    def send_caseload(
        self, contact_id: int, folder: Path, participant_ids: Sequence[int] | None = None
    ) -> CaseloadResult:
        return _caseload.send_caseload(self._ctx, contact_id, folder, participant_ids)

    # -- outbox ----------------------------------------------------------------------------------
    def outbox(self) -> list[OutboxEntry]:
        return _outbox.pending(self._ctx)

    def write_outbox(self, folder: Path) -> list[Path]:
        return _outbox.write_pending(self._ctx, folder)

    def outbox_saved(self, item_ids: tuple[int, ...]) -> None:
        _outbox.mark_saved(self._ctx, item_ids)

    # -- conflicts, history, inspection --------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        return _conflicts.open_conflicts(self._ctx)

    def conflict_sides(self, conflict_id: int) -> ConflictSides:
        return _conflicts.conflict_sides(self._ctx, conflict_id)

    def resolve_conflict(self, conflict_id: int, *, take_incoming: bool) -> None:
        _conflicts.resolve_conflict(self._ctx, conflict_id, take_incoming=take_incoming)

    def history(self, participant_id: int) -> list[HistoryEntry]:
        return _history.participant_history(self._ctx, participant_id)

    def inspect(self, data: bytes) -> InspectReport:
        return _inspect.inspect_bundle(self._ctx, data)


__all__ = [
    "BUNDLE_SUFFIX",
    "CARD_FILE_NAME",
    "BatchItem",
    "CaseGoing",
    "CaseStaying",
    "CaseloadPreview",
    "CaseloadResult",
    "ConflictSides",
    "ContactAdded",
    "ContactStatus",
    "ContactView",
    "Exchange",
    "ExpiryResult",
    "ExportResult",
    "HandoverPreview",
    "HandoverResult",
    "HistoryEntry",
    "ImportPlan",
    "ImportResult",
    "InspectReport",
    "OutboxEntry",
    "PlannedRecord",
    "RecordAction",
    "WithdrawalResult",
    "case_records",
    "is_bundle_file",
    "lifecycle_record",
    "outgoing_file_name",
    "participant_record",
    "purge_consent",
    "read_bundle_file",
    "save_acknowledgement",
    "write_outgoing_file",
]
