"""Safety follow-up: new assessments carry open arrangements forward, and one arrangement can be
marked done, reassigned, closed or given new dates without a whole new assessment."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from uuid import UUID

from exitdesk.app.context import Context
from exitdesk.app.errors import InputError, NotFoundError
from exitdesk.app.repos import Repos, require_participant
from exitdesk.domain import ALL_PARTIES, SafetyAssessment, SecurityArrangement
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.safety import carry_forward


class SafetyFollowUp:
    """The arrangement use cases of one vault; each is one audited transaction."""

    def __init__(self, context: Context) -> None:
        self._ctx = context

    @contextmanager
    def _write(self) -> Iterator[Repos]:
        with self._ctx.vault.transaction() as conn:
            yield Repos.over(conn, self._ctx.clock)

    def history(self, participant_id: int) -> list[SafetyAssessment]:
        """All assessments, newest first."""
        with self._ctx.vault.reading() as conn:
            return Repos.over(conn, self._ctx.clock).safety.list_for_participant(participant_id)

    def prepare(self, assessment: SafetyAssessment, repos: Repos) -> SafetyAssessment:
        """A new assessment with the previous one's open arrangements carried forward."""
        assert assessment.participant_id is not None
        return carry_forward(assessment, repos.safety.latest(assessment.participant_id))

    def mark_done(self, participant_id: int, uid: UUID) -> SecurityArrangement:
        return self._change(participant_id, uid, "done", done=True, closed=False)

    def close(self, participant_id: int, uid: UUID) -> SecurityArrangement:
        """No longer needed (not done): it is not carried into later assessments."""
        return self._change(participant_id, uid, "closed", done=False, closed=True)

    def reopen(self, participant_id: int, uid: UUID) -> SecurityArrangement:
        return self._change(participant_id, uid, "reopened", done=False, closed=False)

    def reassign(self, participant_id: int, uid: UUID, owner_party_id: str) -> SecurityArrangement:
        if owner_party_id not in ALL_PARTIES:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "there is no party '{party}'"), party=owner_party_id
            )
        return self._change(participant_id, uid, "reassigned", owner_party_id=owner_party_id)

    def reschedule(
        self, participant_id: int, uid: UUID, due: date | None, review_on: date | None
    ) -> SecurityArrangement:
        return self._change(participant_id, uid, "rescheduled", due=due, review_on=review_on)

    def _change(
        self, participant_id: int, uid: UUID, what: str, **fields: object
    ) -> SecurityArrangement:
        with self._write() as repos:
            participant = require_participant(repos, participant_id)
            latest = repos.safety.latest(participant_id)
            found = None
            if latest is not None:
                found = next((a for a in latest.arrangements if a.uid == uid), None)
            if latest is None or latest.id is None or found is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "this arrangement is not in the participant's latest assessment"
                    )
                )
            changed = SecurityArrangement.model_validate({**found.model_dump(), **fields})
            repos.safety.update_arrangement(latest.id, changed)
            self._ctx.audit(
                repos.conn, "safety.arrangement", str(participant.uid), change=what,
                arrangement=str(uid),
            )  # fmt: skip
        return changed
