"""One write transaction over a session's vault and the audit entry that goes with it, for the
use-case modules that sit beside ``Session`` (casework, plan and safety, keys)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from exitdesk.app.session import Repos, Session
from exitdesk.vault import audit as audit_log


@contextmanager
def writing(session: Session) -> Iterator[Repos]:
    """The repositories inside one transaction: all of it is stored, or none of it."""
    with session.vault.transaction() as conn:
        yield Repos.over(conn, session.clock)


@contextmanager
def reading(session: Session) -> Iterator[Repos]:
    with session.vault.reading() as conn:
        yield Repos.over(conn, session.clock)


def audit(session: Session, repos: Repos, action: str, subject: str | None = None) -> None:
    """Append to the signed audit chain in the caller's transaction (ids only, never text)."""
    audit_log.append(
        repos.conn,
        action,
        subject=subject,
        clock=session.clock,
        signing_key=session.vault.signing_key,
    )
