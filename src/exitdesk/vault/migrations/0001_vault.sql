-- The vault's own tables: facts about the vault (meta), the worker's private keys (identity)
-- and the append-only, hash-chained audit log. Case records come in 0002.

-- Key/value facts: vault_id, worker_name, worker_party, created_at, created_schema,
-- created_by (ExitDesk version) and the signed audit-chain head (audit_head_*).
CREATE TABLE meta (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Exactly one row: the worker's Ed25519 signing key (raw 32-byte private key) and age X25519
-- identity (AGE-SECRET-KEY-1… text). Private halves never leave the encrypted database.
CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signing_key BLOB NOT NULL CHECK (length(signing_key) = 32),
    age_identity TEXT NOT NULL CHECK (age_identity LIKE 'AGE-SECRET-KEY-1%'),
    created_at TEXT NOT NULL
);

-- hash = sha256(prev_hash || canonical row); see exitdesk/vault/audit.py for the exact bytes.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY CHECK (seq >= 1),
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    detail_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash TEXT NOT NULL CHECK (length(hash) = 64)
);
CREATE INDEX audit_log_by_action ON audit_log(action, seq);
CREATE INDEX audit_log_by_time ON audit_log(at, seq);

-- Append-only: the application never updates or deletes audit rows. Someone with the key can
-- drop these triggers; the hash chain and the signed head are what detect that.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
