-- Ownership of records. A stored record with no row here is the worker's own; one with rows is
-- received, and its rows say from whom, in which bundle and under which consent. One row per
-- (record, sender, bundle, consent): an import adds rows and never replaces another's, so a
-- purge under one consent removes exactly what came under it.

CREATE TABLE received_records (
    record_uid      TEXT NOT NULL,
    record_type     TEXT NOT NULL,
    participant_uid TEXT NOT NULL,
    sender_fp       TEXT NOT NULL,
    bundle_id       TEXT NOT NULL,
    consent_uid     TEXT NOT NULL,
    record_hash     TEXT NOT NULL,
    imported_at     TEXT NOT NULL,
    PRIMARY KEY (record_uid, sender_fp, bundle_id, consent_uid)
);
CREATE INDEX received_records_by_consent ON received_records (consent_uid);
CREATE INDEX received_records_by_participant ON received_records (participant_uid);

INSERT INTO received_records (record_uid, record_type, participant_uid, sender_fp, bundle_id,
                              consent_uid, record_hash, imported_at)
SELECT record_uid, record_type, participant_uid, sender_fp, bundle_id, consent_uid, record_hash,
       imported_at
FROM provenance;

-- The one-row-per-record table is gone: keeping it would leave a second, wrong answer to
-- "who owns this record" (and copies of received hashes after a purge).
DROP TABLE provenance;
