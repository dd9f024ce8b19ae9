-- Exchange state: contacts, every bundle sent or received, per-pair sequence numbers,
-- provenance of imported records, what was last sent to whom, and conflicts awaiting a worker.

CREATE TABLE contacts (
    id             INTEGER PRIMARY KEY,
    fingerprint    TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
    name           TEXT NOT NULL,
    party_id       TEXT NOT NULL,
    signing_key    BLOB NOT NULL CHECK (length(signing_key) = 32),
    age_recipient  TEXT NOT NULL,
    card           TEXT NOT NULL,
    added_at       TEXT NOT NULL,
    verified_at    TEXT,
    key_changed_at TEXT,
    revoked_at     TEXT
);
CREATE INDEX contacts_by_name_party ON contacts (name, party_id);

-- Keys a contact used before a key change: bundles signed with them are refused.
CREATE TABLE retired_keys (
    fingerprint TEXT PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    retired_at  TEXT NOT NULL
);

CREATE TABLE bundle_log (
    bundle_id       TEXT PRIMARY KEY CHECK (length(bundle_id) = 32),
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    kind            TEXT NOT NULL,
    contact_id      INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    consent_uid     TEXT,
    participant_uid TEXT,
    sequence        INTEGER NOT NULL,
    at              TEXT NOT NULL,
    record_count    INTEGER NOT NULL,
    base_bundle_id  TEXT,
    acknowledged_at TEXT
);
CREATE INDEX bundle_log_by_participant ON bundle_log (participant_uid, at);
CREATE INDEX bundle_log_by_consent ON bundle_log (consent_uid);

CREATE TABLE sequences (
    sender_fp    TEXT NOT NULL,
    recipient_fp TEXT NOT NULL,
    last         INTEGER NOT NULL,
    PRIMARY KEY (sender_fp, recipient_fp)
);

CREATE TABLE provenance (
    record_uid      TEXT PRIMARY KEY,
    record_type     TEXT NOT NULL,
    participant_uid TEXT NOT NULL,
    sender_fp       TEXT NOT NULL,
    bundle_id       TEXT NOT NULL,
    consent_uid     TEXT NOT NULL,
    record_hash     TEXT NOT NULL,
    imported_at     TEXT NOT NULL
);
CREATE INDEX provenance_by_consent ON provenance (consent_uid);
CREATE INDEX provenance_by_participant ON provenance (participant_uid);

-- What was last sent to a contact, per record, so an update carries only what changed.
CREATE TABLE sent_records (
    contact_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    participant_uid TEXT NOT NULL,
    record_uid      TEXT NOT NULL,
    record_hash     TEXT NOT NULL,
    bundle_id       TEXT NOT NULL,
    PRIMARY KEY (contact_id, record_uid)
);

CREATE TABLE conflicts (
    id              INTEGER PRIMARY KEY,
    record_uid      TEXT NOT NULL,
    record_type     TEXT NOT NULL,
    participant_uid TEXT NOT NULL,
    bundle_id       TEXT NOT NULL,
    sender_fp       TEXT NOT NULL,
    consent_uid     TEXT NOT NULL,
    incoming        BLOB NOT NULL,
    incoming_hash   TEXT NOT NULL,
    found_at        TEXT NOT NULL
);
CREATE INDEX conflicts_by_participant ON conflicts (participant_uid);

-- Who signed (witnessed) a consent: this vault's worker, or the sender of an imported one.
ALTER TABLE consents ADD COLUMN signer TEXT;

-- Consents withdrawn by a withdrawal bundle: everything received under them was purged, and a
-- late bundle still travelling under one of them is refused.
CREATE TABLE withdrawn_consents (
    consent_uid TEXT PRIMARY KEY,
    withdrawn_at TEXT NOT NULL,
    purged_records INTEGER NOT NULL
);

-- Each contact an outgoing bundle went to, and when they acknowledged it (withdrawals).
CREATE TABLE bundle_recipients (
    bundle_id       TEXT NOT NULL REFERENCES bundle_log (bundle_id) ON DELETE CASCADE,
    contact_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    acknowledged_at TEXT,
    PRIMARY KEY (bundle_id, contact_id)
);
