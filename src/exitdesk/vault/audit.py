"""The vault's append-only audit log: each row hash-chained to the one before, the chain head
signed with the worker's Ed25519 key so that removed or rolled-back rows are noticed."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from exitdesk.domain.clock import Clock, system_clock
from exitdesk.vault.db import Connection

GENESIS_HASH = "0" * 64
_HEAD_PREFIX = b"exitdesk-audit-head-v1\x00"
_ACTION = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
_SUBJECT = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_DETAIL_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# Detail strings are identifiers and codes, not prose: no spaces, so a name or a sentence
# about a person cannot slip in by accident.
_DETAIL_TEXT = re.compile(r"^[A-Za-z0-9_.:+-]{0,64}$")
_MAX_DETAIL_KEYS = 16

DetailValue = str | int | bool | None


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    action: str
    subject: str | None
    detail: dict[str, DetailValue]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problems: list[str] = field(default_factory=list)


def _timestamp(when: datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    # Fixed width UTC text, so text order is time order in SQL.
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _check_detail(detail: dict[str, DetailValue]) -> str:
    if len(detail) > _MAX_DETAIL_KEYS:
        raise ValueError("audit detail holds at most 16 keys")
    for key, value in detail.items():
        if not isinstance(key, str) or not _DETAIL_KEY.match(key):
            raise ValueError(f"audit detail key {key!r} is not a lower-case identifier")
        if value is None or isinstance(value, bool | int):
            continue
        if isinstance(value, str) and _DETAIL_TEXT.match(value):
            continue
        raise ValueError(
            f"audit detail {key!r} must be a number, flag or short identifier without spaces"
        )
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def canonical_row(seq: int, at: str, action: str, subject: str | None, detail_json: str) -> bytes:
    """The bytes hashed for one row (after the previous hash): compact, key-sorted JSON."""
    row = {"seq": seq, "at": at, "action": action, "subject": subject, "detail": detail_json}
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def row_hash(prev_hash: str, canonical: bytes) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical).hexdigest()


def head_message(vault_id: str, seq: int, head_hash: str) -> bytes:
    """What the worker key signs: the vault, the length of the chain and its last hash."""
    return (
        _HEAD_PREFIX
        + vault_id.encode("ascii")
        + b"\x00"
        + seq.to_bytes(8, "big")
        + bytes.fromhex(head_hash)
    )


def _meta(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def append(
    conn: Connection,
    action: str,
    subject: str | None = None,
    detail: dict[str, DetailValue] | None = None,
    *,
    clock: Clock = system_clock,
    signing_key: Ed25519PrivateKey | None = None,
) -> AuditEntry:
    """Append one entry and re-sign the chain head. Call inside the transaction that does the
    audited work, so the work and its record commit together. ``subject`` is an opaque uid
    (never a name); ``detail`` holds counts, flags and identifiers, never personal data.
    ``signing_key`` saves reading the worker key from the vault when the caller has it."""
    if not _ACTION.match(action) or len(action) > 64:
        raise ValueError(f"audit action {action!r} is not a dotted lower-case name")
    if subject is not None and not _SUBJECT.match(subject):
        raise ValueError("audit subject must be an opaque id of letters, digits, '-' or '_'")
    detail_json = _check_detail(detail or {})
    at = _timestamp(clock())
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS_HASH) if last is None else (int(last[0]) + 1, str(last[1]))
    digest = row_hash(prev, canonical_row(seq, at, action, subject, detail_json))
    conn.execute(
        "INSERT INTO audit_log(seq, at, action, subject, detail_json, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, action, subject, detail_json, prev, digest),
    )
    _sign_head(conn, seq, digest, signing_key)
    return AuditEntry(seq, _parse_time(at), action, subject, json.loads(detail_json), prev, digest)


def _sign_head(conn: Connection, seq: int, digest: str, key: Ed25519PrivateKey | None) -> None:
    vault_id = _meta(conn, "vault_id")
    if key is None:
        key_row = conn.execute("SELECT signing_key FROM identity WHERE id = 1").fetchone()
        if key_row is not None:
            key = Ed25519PrivateKey.from_private_bytes(bytes(key_row[0]))
    if key is None or vault_id is None:
        raise RuntimeError("the vault identity must exist before anything is audited")
    signature = key.sign(head_message(vault_id, seq, digest))
    _set_meta(conn, "audit_head_seq", str(seq))
    _set_meta(conn, "audit_head_hash", digest)
    _set_meta(conn, "audit_head_signature", signature.hex())


def verify(conn: Connection, public_key: Ed25519PublicKey) -> ChainReport:
    """Walk the whole chain; report the first row that does not match, and whether the signed
    head covers exactly the rows present (so removed tail rows are caught too)."""
    problems: list[str] = []
    first_bad: int | None = None
    expected_seq = 1
    prev = GENESIS_HASH
    count = 0
    rows = conn.execute(
        "SELECT seq, at, action, subject, detail_json, prev_hash, hash FROM audit_log ORDER BY seq"
    )
    for seq, at, action, subject, detail_json, prev_hash, stored_hash in rows:
        count += 1
        if first_bad is not None:
            prev = str(stored_hash)
            continue
        if seq != expected_seq:
            first_bad = expected_seq
            problems.append(f"audit log entry {expected_seq} is missing")
        elif prev_hash != prev:
            first_bad = seq
            problems.append(f"audit log entry {seq} does not follow entry {seq - 1}")
        else:
            try:
                canonical = canonical_row(seq, at, action, subject, detail_json)
                recomputed = row_hash(prev, canonical)
            except (TypeError, ValueError):
                recomputed = ""
            if recomputed != stored_hash:
                first_bad = seq
                problems.append(f"audit log entry {seq} was changed after it was written")
        expected_seq += 1
        prev = str(stored_hash)
    problems.extend(_verify_head(conn, public_key, count, prev))
    return ChainReport(not problems, count, first_bad, problems)


def _verify_head(
    conn: Connection, public_key: Ed25519PublicKey, count: int, last_hash: str
) -> list[str]:
    head_seq, head_hash = _meta(conn, "audit_head_seq"), _meta(conn, "audit_head_hash")
    signature, vault_id = _meta(conn, "audit_head_signature"), _meta(conn, "vault_id")
    if count == 0 and head_seq is None:
        return []
    if head_seq is None or head_hash is None or signature is None or vault_id is None:
        return ["the signed audit head is missing"]
    try:
        public_key.verify(
            bytes.fromhex(signature), head_message(vault_id, int(head_seq), head_hash)
        )
    except (InvalidSignature, ValueError):
        return ["the audit head signature does not verify; the log was altered"]
    if int(head_seq) != count or head_hash != last_hash:
        return [
            f"the signed audit head covers {head_seq} entries but the log holds {count}; "
            "entries were removed or the vault was rolled back"
        ]
    return []


def _parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def entries(
    conn: Connection,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[AuditEntry]:
    """Entries for a viewer, newest first; ``since`` inclusive, ``until`` exclusive."""
    clauses: list[str] = []
    params: list[Any] = []
    if action is not None:
        clauses.append("action = ?")
        params.append(action)
    if since is not None:
        clauses.append("at >= ?")
        params.append(_timestamp(since))
    if until is not None:
        clauses.append("at < ?")
        params.append(_timestamp(until))
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    params.extend([max(0, limit), max(0, offset)])
    rows = conn.execute(
        "SELECT seq, at, action, subject, detail_json, prev_hash, hash FROM audit_log "
        f"{where} ORDER BY seq DESC LIMIT ? OFFSET ?",
        params,
    ).fetchall()
    return [
        AuditEntry(int(seq), _parse_time(at), action_, subject, json.loads(detail), prev, digest)
        for seq, at, action_, subject, detail, prev, digest in rows
    ]


def has_entry(conn: Connection, action: str, subject: str) -> bool:
    """Whether the chain holds an ``action`` about ``subject`` (a decision a rule relies on
    later, such as a worker's confirmation recorded once and checked at every export)."""
    row = conn.execute(
        "SELECT 1 FROM audit_log WHERE action = ? AND subject = ? LIMIT 1", (action, subject)
    ).fetchone()
    return row is not None
