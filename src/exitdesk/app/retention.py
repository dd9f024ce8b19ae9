"""The retention run: preview what the data policy says is due, purge it for real (secure
delete in one audited transaction, then WAL checkpoint and VACUUM) and hand back a certificate
that holds no personal data."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from exitdesk.app.context import Context
from exitdesk.app.policy import policy_in
from exitdesk.app.retention_words import Lookup, certificate_lines, english
from exitdesk.app.text_pdf import write_text_pdf
from exitdesk.domain.retention import (
    DueItem,
    PurgeCertificate,
    RetentionCategory,
    cutoffs,
    policy_summary,
)
from exitdesk.vault.repositories import retention as store


@dataclass(frozen=True)
class RetentionPreview:
    items: tuple[DueItem, ...]
    next_due: datetime | None

    def counts(self) -> dict[RetentionCategory, int]:
        found = Counter(item.category for item in self.items)
        return {category: found.get(category, 0) for category in RetentionCategory}

    @property
    def total(self) -> int:
        return len(self.items)


class RetentionService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def preview(self) -> RetentionPreview:
        with self._ctx.vault.reading() as conn:
            policy = policy_in(conn, self._ctx.worker.party_id)
            items = store.due(conn, cutoffs(policy, self._ctx.clock()))
            upcoming = store.next_due(
                conn, policy.enquiry_days, policy.ended_case_days, policy.note_days
            )
        when = None if upcoming is None else datetime.fromisoformat(upcoming).replace(tzinfo=UTC)
        return RetentionPreview(tuple(items), when)

    def purge(self) -> PurgeCertificate:
        """Delete everything due now, all in one transaction, then compact the files."""
        now = self._ctx.clock()
        with self._ctx.vault.transaction() as conn:
            policy = policy_in(conn, self._ctx.worker.party_id)
            items = store.due(conn, cutoffs(policy, now))
            for item in items:
                if item.category is RetentionCategory.NOTES:
                    store.delete_note(conn, item.record_id)
            for item in items:
                if item.category is not RetentionCategory.NOTES:
                    store.delete_participant_everywhere(conn, item.record_id)
            counts = Counter(item.category for item in items)
            self._ctx.audit(
                conn,
                "retention.purge",
                None,
                **{category.value: counts.get(category, 0) for category in RetentionCategory},
            )
        with self._ctx.vault.reading() as conn:
            checkpointed, vacuumed = store.compact(conn)
        return PurgeCertificate(
            purged_at=now,
            vault_party=self._ctx.worker.party_id,
            policy_summary=policy_summary(policy),
            policy=policy,
            counts={category: counts.get(category, 0) for category in RetentionCategory},
            checkpointed=checkpointed,
            vacuumed=vacuumed,
        )


def write_certificate(certificate: PurgeCertificate, path: Path, lookup: Lookup = english) -> None:
    """The certificate as a one-page PDF, in the language ``lookup`` reads."""
    title, *lines = certificate_lines(lookup, certificate)
    write_text_pdf(path, title, lines)
