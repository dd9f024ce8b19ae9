-- Outgoing files that must not be lost: acknowledgements, withdrawal notices, withdrawals
-- issued on a received notice, and hand-over acknowledgements. Each is put here in the same
-- transaction as the change that produced it and stays pending until it was written out.
-- Independent of the ownership tables (0004): it refers only to contacts.

CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    contact_id   INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    bundle_id    TEXT,
    data         BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    written_at   TEXT
);
CREATE INDEX outbox_pending ON outbox (written_at, id);

-- Hand-overs this vault sent: the sender's copy is removed only when the receiver's
-- acknowledgement of exactly this bundle comes back.
CREATE TABLE handovers (
    bundle_id       TEXT PRIMARY KEY CHECK (length(bundle_id) = 32),
    participant_uid TEXT NOT NULL,
    contact_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    sent_at         TEXT NOT NULL,
    acknowledged_at TEXT
);
