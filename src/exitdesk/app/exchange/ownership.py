"""Who owns a stored record (the worker, or the one sender it was received from) and the rule
an import enforces with it: a bundle adds or changes only its own participant's records, and
only those its sender owns or that are new here."""

from __future__ import annotations

from collections.abc import Mapping

from exitdesk.app.errors import InputError
from exitdesk.app.exchange.records import (
    local_record,
    record_participant_uid,
    stored_participant_uid,
)
from exitdesk.app.exchange.results import RecordAction
from exitdesk.app.repos import Repos
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleRecord, OpenedBundle, RecordType
from exitdesk.vault.exchange_store import ProvenanceRepository


def record_owner(provenance: ProvenanceRepository, record_uid: str, record_type: str,
                 participant_uid: str) -> str | None:  # fmt: skip
    """The fingerprint of the sender who owns a stored record, ``None`` when it is the
    worker's own. A lifecycle never received on its own belongs with its participant entry:
    a participant received without its status still has one, kept by this vault."""
    owner = provenance.owner(record_uid)
    if owner is None and record_type == RecordType.LIFECYCLE.value:
        return provenance.owner(participant_uid)
    return owner


def planned_action(
    repos: Repos,
    opened: OpenedBundle,
    record: BundleRecord,
    sender_fp: str,
    local_ids: Mapping[str, int] | None = None,
) -> RecordAction:
    """What importing ``record`` would do here; refuses the whole bundle when the record is
    about another participant or would change a record its sender does not own.
    ``local_ids`` as for ``local_record``."""
    manifest_uid = opened.manifest.participant_text
    if record_participant_uid(record) != manifest_uid:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this bundle carries a record of a participant other than the one it is about; nothing was imported",  # noqa: E501
            )
        )
    current = local_record(repos, record, local_ids)
    stored_for = stored_participant_uid(record, current)
    if stored_for is not None and stored_for != manifest_uid:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this bundle would change a record of another participant in your vault; nothing was imported",  # noqa: E501
            )
        )
    if current is None:
        return RecordAction.ADD
    provenance = ProvenanceRepository(repos.conn)
    if record_owner(provenance, record.id, record.type.value, manifest_uid) != sender_fp:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this bundle would change a record the sender did not give you (your own, or someone else's); nothing was imported",  # noqa: E501
            )
        )
    if current.sha256 == record.sha256:
        return RecordAction.UNCHANGED
    known = provenance.latest(record.id)
    changed_here = known is None or known.record_hash != current.sha256
    return RecordAction.CONFLICT if changed_here else RecordAction.UPDATE


def check_removals(repos: Repos, opened: OpenedBundle, sender_fp: str) -> None:
    """A bundle may remove only records its sender gave this vault, of its own participant."""
    provenance = ProvenanceRepository(repos.conn)
    manifest_uid = str(opened.manifest.participant_uid)
    for uid in opened.manifest.removed:
        rows = provenance.rows(uid)
        if rows and (rows[-1].sender_fp != sender_fp or rows[-1].participant_uid != manifest_uid):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this bundle would remove a record the sender did not give you; nothing was imported",  # noqa: E501
                )
            )


__all__ = ["check_removals", "planned_action", "record_owner"]
