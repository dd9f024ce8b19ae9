"""Repositories: the vault's records in and out as domain models, one module per aggregate over
one helper (``_sql``). They run inside the caller's transaction, never commit, and parameterise
every statement."""

from exitdesk.vault.errors import RecordNotFoundError
from exitdesk.vault.repositories.case_records import (
    GoalRepository,
    MeetingRepository,
    NoteRepository,
    SafetyRepository,
)
from exitdesk.vault.repositories.consent import (
    ConsentRepository,
    consent_signer,
    set_consent_signer,
)
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
    tombstone_consent,
)
from exitdesk.vault.repositories.participants import (
    MAX_SEARCH_TERMS,
    ParticipantRepository,
    fts_match_expression,
    replace_lifecycle,
    search_terms,
    sort_key,
)

__all__ = [
    "MAX_SEARCH_TERMS",
    "BundleLogEntry",
    "BundleLogRepository",
    "Conflict",
    "ConflictRepository",
    "ConsentRepository",
    "ContactRepository",
    "GoalRepository",
    "MeetingRepository",
    "NoteRepository",
    "ParticipantRepository",
    "Provenance",
    "ProvenanceRepository",
    "RecordNotFoundError",
    "SafetyRepository",
    "SentRecordRepository",
    "SequenceRepository",
    "StoredContact",
    "acknowledge_withdrawal",
    "consent_signer",
    "delete_by_uid",
    "fts_match_expression",
    "is_tombstoned",
    "local_id_for_uid",
    "local_ids_for_uids",
    "log_recipient",
    "replace_lifecycle",
    "search_terms",
    "set_consent_signer",
    "sort_key",
    "tombstone_consent",
]
