-- The knowledge library's installed versions. The library shipped with ExitDesk is version 0
-- and lives in the package; every signed knowledge pack installed here adds one row holding
-- the whole library after it, so a rollback only marks a row and the previous one applies.
-- No participant data: library entries only.

CREATE TABLE knowledge_versions (
    version        INTEGER PRIMARY KEY,
    installed_at   TEXT NOT NULL,
    bundle_id      TEXT NOT NULL UNIQUE CHECK (length(bundle_id) = 32),
    sender_fp      TEXT NOT NULL CHECK (length(sender_fp) = 64),
    entries        TEXT NOT NULL,
    rolled_back_at TEXT
);
