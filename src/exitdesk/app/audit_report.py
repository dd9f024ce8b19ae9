"""The audit log for a reader: the entries asked for, and whether the signed chain verifies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from exitdesk.app.session import Session
from exitdesk.vault import audit as audit_log

_PAGE = 500


@dataclass(frozen=True)
class AuditReport:
    entries: list[audit_log.AuditEntry]
    chain_ok: bool
    chain_entries: int
    problems: list[str] = field(default_factory=list)


def audit_report(
    session: Session, action: str | None = None, since: datetime | None = None
) -> AuditReport:
    """Every entry matching ``action`` from ``since`` on (newest first), and the state of the
    whole chain: each row's hash and the signed head."""
    found: list[audit_log.AuditEntry] = []
    while True:
        page = session.audit_entries(action, since, limit=_PAGE, offset=len(found))
        found.extend(page)
        if len(page) < _PAGE:
            break
    with session.vault.reading() as conn:
        chain = audit_log.verify(conn, session.vault.signing_key.public_key())
    return AuditReport(found, chain.ok, chain.entries, list(chain.problems))
