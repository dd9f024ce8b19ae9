"""Consents with their recipients and data categories, and the signature and signer the exchange
layer keeps beside them as opaque values. The caller owns the transaction."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from exitdesk.domain.consent import Consent, ConsentMethod, ConsentRecipient, DataCategory
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.db import Connection
from exitdesk.vault.errors import RecordNotFoundError
from exitdesk.vault.repositories._sql import (
    Repository,
    Row,
    assign_ids,
    fetch_all,
    fetch_one,
    iso_utc,
    iso_utc_or_none,
    read_time,
    read_time_or_none,
)

__all__ = ["ConsentRepository", "consent_signer", "set_consent_signer"]


# ---------------------------------------------------------------------------------------------
# Consents

_CONSENT_COLUMNS = (
    "c.id, c.uid, c.participant_id, p.uid, c.purpose, c.valid_from, c.valid_until, c.method, "
    "c.witness, c.guardian, c.recorded_by, c.recorded_at, c.withdrawn_at"
)
_CONSENT_FROM = "FROM consents c JOIN participants p ON p.id = c.participant_id"


class ConsentRepository(Repository):
    """Consents with their recipients and data categories. The signature columns are opaque
    bytes the exchange layer fills and reads."""

    def add(self, consent: Consent) -> Consent:
        return self.add_many([consent])[0]

    def add_many(self, consents: Sequence[Consent]) -> list[Consent]:
        resolved: list[Consent] = []
        for c in consents:
            pid = self._participant_id(c)
            resolved.append(
                c if c.participant_id == pid else c.model_copy(update={"participant_id": pid})
            )
        stored = assign_ids(self._conn, "consents", resolved)
        now = self._now_text()
        self._conn.executemany(
            "INSERT INTO consents (id, uid, participant_id, purpose, valid_from, valid_until, "
            "method, witness, guardian, recorded_by, recorded_at, withdrawn_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.id,
                    str(c.uid),
                    c.participant_id,
                    c.purpose,
                    iso_utc(c.valid_from),
                    iso_utc(c.valid_until),
                    c.method.value,
                    c.witness,
                    c.guardian,
                    c.recorded_by,
                    iso_utc(c.recorded_at),
                    iso_utc_or_none(c.withdrawn_at),
                    now,
                )
                for c in stored
            ],
        )
        self._conn.executemany(
            "INSERT INTO consent_recipients (consent_id, position, party_id, "
            "contact_fingerprint, label) VALUES (?, ?, ?, ?, ?)",
            [
                (c.id, i, r.party_id, r.contact_fingerprint, r.label)
                for c in stored
                for i, r in enumerate(c.recipients)
            ],
        )
        self._conn.executemany(
            "INSERT INTO consent_categories (consent_id, category) VALUES (?, ?)",
            [(c.id, cat.value) for c in stored for cat in sorted(c.categories)],
        )
        return stored

    def _participant_id(self, consent: Consent) -> int:
        row = self._conn.execute(
            "SELECT id FROM participants WHERE uid = ?", (str(consent.participant_uid),)
        ).fetchone()
        if row is None:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "the consent's participant is not in this vault")
            )
        if consent.participant_id is not None and consent.participant_id != row[0]:
            raise ValueError("the consent's participant id and uid name different participants")
        return int(row[0])

    def get(self, consent_id: int) -> Consent | None:
        return fetch_one(
            self._conn,
            f"SELECT {_CONSENT_COLUMNS} {_CONSENT_FROM} WHERE c.id = ?",
            (consent_id,),
            self._from_row,
        )

    def get_by_uid(self, uid: UUID) -> Consent | None:
        return fetch_one(
            self._conn,
            f"SELECT {_CONSENT_COLUMNS} {_CONSENT_FROM} WHERE c.uid = ?",
            (str(uid),),
            self._from_row,
        )

    def list_for_participant(self, participant_id: int) -> list[Consent]:
        """The participant's consents, in the order they were recorded."""
        return fetch_all(
            self._conn,
            f"SELECT {_CONSENT_COLUMNS} {_CONSENT_FROM} WHERE c.participant_id = ? "
            "ORDER BY c.recorded_at, c.id",
            (participant_id,),
            self._from_row,
        )

    def mark_withdrawn(self, consent_id: int) -> Consent:
        """Record the withdrawal now; ``DomainError`` if it was already withdrawn."""
        current = self.get(consent_id)
        if current is None:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "consent {consent_id} does not exist"),
                consent_id=consent_id,
            )
        withdrawn = current.withdrawn(self._clock)
        assert withdrawn.withdrawn_at is not None
        self._conn.execute(
            "UPDATE consents SET withdrawn_at = ?, updated_at = ? WHERE id = ?",
            (iso_utc(withdrawn.withdrawn_at), self._now_text(), consent_id),
        )
        return withdrawn

    def set_signature(self, consent_id: int, signature: bytes, signed_payload: bytes) -> None:
        cursor = self._conn.execute(
            "UPDATE consents SET signature = ?, signed_payload = ?, updated_at = ? WHERE id = ?",
            (signature, signed_payload, self._now_text(), consent_id),
        )
        if cursor.rowcount == 0:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("Errors", "consent {consent_id} does not exist"),
                consent_id=consent_id,
            )

    def signature(self, consent_id: int) -> tuple[bytes, bytes] | None:
        """The stored signature and the exact bytes it signs, or ``None`` if unsigned."""
        row = self._conn.execute(
            "SELECT signature, signed_payload FROM consents WHERE id = ?", (consent_id,)
        ).fetchone()
        if row is None or row[0] is None or row[1] is None:
            return None
        return bytes(row[0]), bytes(row[1])

    def _from_row(self, row: Row) -> Consent:
        recipients = tuple(
            ConsentRecipient(party_id=r[0], contact_fingerprint=r[1], label=r[2])
            for r in self._conn.execute(
                "SELECT party_id, contact_fingerprint, label FROM consent_recipients "
                "WHERE consent_id = ? ORDER BY position",
                (row[0],),
            )
        )
        categories = frozenset(
            DataCategory(r[0])
            for r in self._conn.execute(
                "SELECT category FROM consent_categories WHERE consent_id = ?", (row[0],)
            )
        )
        return Consent(
            id=row[0],
            uid=UUID(row[1]),
            participant_id=row[2],
            participant_uid=UUID(row[3]),
            purpose=row[4],
            valid_from=read_time(row[5]),
            valid_until=read_time(row[6]),
            method=ConsentMethod(row[7]),
            witness=row[8],
            guardian=row[9],
            recorded_by=row[10],
            recorded_at=read_time(row[11]),
            withdrawn_at=read_time_or_none(row[12]),
            recipients=recipients,
            categories=categories,
        )


def set_consent_signer(conn: Connection, consent_id: int, signer: str) -> None:
    conn.execute("UPDATE consents SET signer = ? WHERE id = ?", (signer, consent_id))


def consent_signer(conn: Connection, consent_id: int) -> str | None:
    row = conn.execute("SELECT signer FROM consents WHERE id = ?", (consent_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])
