"""The exchange's storage under the name the services import it by; the repositories themselves
live in ``exitdesk.vault.repositories`` (contacts, exchange, outbox, and the participant and consent
writes an import makes)."""

from exitdesk.vault.db import Connection
from exitdesk.vault.repositories.consent import consent_signer, set_consent_signer
from exitdesk.vault.repositories.contacts import ContactRepository, StoredContact
from exitdesk.vault.repositories.exchange import (
    BundleLogEntry,
    BundleLogRepository,
    Conflict,
    ConflictRepository,
    Provenance,
    ProvenanceRepository,
    SentRecordRepository,
    SequenceRepository,
    acknowledge_withdrawal,
    delete_by_uid,
    is_tombstoned,
    local_id_for_uid,
    local_ids_for_uids,
    log_recipient,
    participant_has_records,
    tombstone,
    tombstone_consent,
)
from exitdesk.vault.repositories.outbox import (
    HandoverEntry,
    HandoverRepository,
    OutboxItem,
    OutboxRepository,
)
from exitdesk.vault.repositories.participants import replace_lifecycle

__all__ = [
    "BundleLogEntry",
    "BundleLogRepository",
    "Conflict",
    "ConflictRepository",
    "Connection",
    "ContactRepository",
    "HandoverEntry",
    "HandoverRepository",
    "OutboxItem",
    "OutboxRepository",
    "Provenance",
    "ProvenanceRepository",
    "SentRecordRepository",
    "SequenceRepository",
    "StoredContact",
    "acknowledge_withdrawal",
    "consent_signer",
    "delete_by_uid",
    "is_tombstoned",
    "local_id_for_uid",
    "local_ids_for_uids",
    "log_recipient",
    "participant_has_records",
    "replace_lifecycle",
    "set_consent_signer",
    "tombstone",
    "tombstone_consent",
]
