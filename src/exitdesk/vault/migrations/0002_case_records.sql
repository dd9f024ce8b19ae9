-- Case records: participants and what is recorded with them (notes, plans, meetings, safety,
-- consents), plus the full-text index the participant list searches. Applied after 0001_vault.
-- Times are ISO-8601 UTC text of fixed width (so text order is time order); dates are YYYY-MM-DD.
-- CHECKs spell out value lists with OR: an IN list builds a temporary table on every row written,
-- which made bulk inserts 10-20x slower with cipher_memory_security on (measured).
-- Deleting a participant really deletes everything about them: every child table cascades.

CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    alias TEXT NOT NULL,
    -- Sort keys computed by the repository (case-folded, Nordic letters after z), so the list
    -- sorts the way a Finnish or Swedish reader expects without a custom collation that every
    -- connection would have to register.
    alias_sort TEXT NOT NULL,
    legal_name TEXT,
    legal_name_sort TEXT,
    birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    contact TEXT,
    institution TEXT,
    release_date TEXT,
    state TEXT NOT NULL
        CHECK (state = 'enquiry' OR state = 'assessment' OR state = 'active' OR
                state = 'after_release' OR state = 'ended'),
    -- Copied from the latest safety assessment by the triggers below, so the list can filter
    -- and sort on safety without a join per row.
    safety_level TEXT CHECK (safety_level = 'low' OR safety_level = 'moderate' OR
            safety_level = 'high' OR safety_level = 'critical'),
    urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent = 0 OR urgent = 1),
    next_review TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX participants_by_alias ON participants(alias_sort, id);
CREATE INDEX participants_by_legal_name ON participants(legal_name_sort, id);
CREATE INDEX participants_by_updated ON participants(updated_at, id);
CREATE INDEX participants_by_birth_year ON participants(birth_year, id);
CREATE INDEX participants_by_review ON participants(next_review, id);
CREATE INDEX participants_by_state ON participants(state, alias_sort, id);
-- Urgent cases are a few percent: a partial index keeps "urgent only" instant.
CREATE INDEX participants_urgent ON participants(alias_sort, id) WHERE urgent = 1;

CREATE TABLE participant_parties (
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    party_id TEXT NOT NULL,
    PRIMARY KEY (participant_id, party_id)
) WITHOUT ROWID;
CREATE INDEX participant_parties_by_party ON participant_parties(party_id, participant_id);

CREATE TABLE participant_events (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    state TEXT NOT NULL
        CHECK (state = 'enquiry' OR state = 'assessment' OR state = 'active' OR
                state = 'after_release' OR state = 'ended'),
    at TEXT NOT NULL,
    ended_by_participant INTEGER NOT NULL DEFAULT 0 CHECK (ended_by_participant = 0 OR
            ended_by_participant = 1),
    ended_by_party TEXT,
    -- An ended participation, and only that, names who ended it (no reason field, by design).
    CHECK ((state = 'ended') = (ended_by_participant = 1 OR ended_by_party IS NOT NULL)),
    CHECK (NOT (ended_by_participant = 1 AND ended_by_party IS NOT NULL))
);
CREATE INDEX participant_events_by_participant ON participant_events(participant_id, id);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX notes_by_participant ON notes(participant_id, created_at, id);
CREATE INDEX notes_by_expiry ON notes(expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    domain TEXT NOT NULL CHECK (domain = 'housing' OR domain = 'livelihood' OR
            domain = 'relationships' OR domain = 'substance_use' OR domain = 'health' OR
            domain = 'education_work' OR domain = 'identity' OR domain = 'safety'),
    description TEXT NOT NULL,
    owner_party_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status = 'open' OR status = 'in_progress' OR status = 'done' OR
            status = 'dropped'),
    updated_at TEXT NOT NULL
);
CREATE INDEX goals_by_participant ON goals(participant_id, id);

CREATE TABLE goal_actions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    owner_party_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status = 'open' OR status = 'in_progress' OR status = 'done' OR
            status = 'dropped'),
    due TEXT,
    UNIQUE (goal_id, position)
);

CREATE TABLE goal_ratings (
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (goal_id, on_date)
) WITHOUT ROWID;

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode = 'in_person' OR mode = 'phone' OR mode = 'video'),
    method TEXT NOT NULL
        CHECK (method = 'dialogical' OR method = 'reflective' OR method = 'structured' OR
                method = 'practical' OR method = 'other'),
    summary TEXT NOT NULL,
    next_steps TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX meetings_by_participant ON meetings(participant_id, on_date, id);

CREATE TABLE safety_assessments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    assessed_on TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level = 'low' OR level = 'moderate' OR level = 'high' OR
            level = 'critical'),
    review_on TEXT,
    urgent INTEGER NOT NULL CHECK (urgent = 0 OR urgent = 1),
    summary TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX safety_by_participant ON safety_assessments(participant_id, assessed_on, id);

CREATE TABLE safety_persons_at_risk (
    assessment_id INTEGER NOT NULL REFERENCES safety_assessments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    relation TEXT NOT NULL CHECK (relation = 'partner' OR relation = 'child' OR
            relation = 'parent' OR relation = 'sibling' OR relation = 'other_family' OR
            relation = 'friend' OR relation = 'other'),
    note TEXT,
    PRIMARY KEY (assessment_id, position)
) WITHOUT ROWID;

CREATE TABLE safety_arrangements (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    assessment_id INTEGER NOT NULL REFERENCES safety_assessments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    owner_party_id TEXT NOT NULL,
    due TEXT,
    done INTEGER NOT NULL CHECK (done = 0 OR done = 1),
    UNIQUE (assessment_id, position)
);

-- The latest assessment (by date, then by insertion) is what the list shows.
CREATE TRIGGER safety_ai AFTER INSERT ON safety_assessments BEGIN
    UPDATE participants SET
        safety_level = (SELECT level FROM safety_assessments
            WHERE participant_id = NEW.participant_id ORDER BY assessed_on DESC, id DESC LIMIT 1),
        urgent = coalesce((SELECT urgent FROM safety_assessments
            WHERE participant_id = NEW.participant_id ORDER BY assessed_on DESC, id DESC LIMIT 1), 0),
        next_review = (SELECT review_on FROM safety_assessments
            WHERE participant_id = NEW.participant_id ORDER BY assessed_on DESC, id DESC LIMIT 1)
    WHERE id = NEW.participant_id;
END;

CREATE TRIGGER safety_au AFTER UPDATE ON safety_assessments BEGIN
    UPDATE participants SET
        safety_level = (SELECT level FROM safety_assessments
            WHERE participant_id = participants.id ORDER BY assessed_on DESC, id DESC LIMIT 1),
        urgent = coalesce((SELECT urgent FROM safety_assessments
            WHERE participant_id = participants.id ORDER BY assessed_on DESC, id DESC LIMIT 1), 0),
        next_review = (SELECT review_on FROM safety_assessments
            WHERE participant_id = participants.id ORDER BY assessed_on DESC, id DESC LIMIT 1)
    WHERE id = OLD.participant_id OR id = NEW.participant_id;
END;

CREATE TRIGGER safety_ad AFTER DELETE ON safety_assessments BEGIN
    UPDATE participants SET
        safety_level = (SELECT level FROM safety_assessments
            WHERE participant_id = OLD.participant_id ORDER BY assessed_on DESC, id DESC LIMIT 1),
        urgent = coalesce((SELECT urgent FROM safety_assessments
            WHERE participant_id = OLD.participant_id ORDER BY assessed_on DESC, id DESC LIMIT 1), 0),
        next_review = (SELECT review_on FROM safety_assessments
            WHERE participant_id = OLD.participant_id ORDER BY assessed_on DESC, id DESC LIMIT 1)
    WHERE id = OLD.participant_id;
END;

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method = 'paper-form' OR method = 'on-screen' OR
            method = 'verbal-witnessed'),
    witness TEXT,
    guardian TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    withdrawn_at TEXT,
    -- Filled by the exchange layer when the consent is signed; opaque here.
    signature BLOB,
    signed_payload BLOB,
    updated_at TEXT NOT NULL,
    CHECK (valid_until > valid_from)
);
CREATE INDEX consents_by_participant ON consents(participant_id, recorded_at, id);

CREATE TABLE consent_recipients (
    consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    party_id TEXT NOT NULL,
    contact_fingerprint TEXT,
    label TEXT NOT NULL,
    PRIMARY KEY (consent_id, position)
) WITHOUT ROWID;

CREATE TABLE consent_categories (
    consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    category TEXT NOT NULL
        CHECK (category = 'identity' OR category = 'status' OR category = 'plan' OR
                category = 'meetings' OR category = 'safety'),
    PRIMARY KEY (consent_id, category)
) WITHOUT ROWID;

-- Full-text search over names and notes. External-content tables: the index holds tokens only,
-- the text stays in its own table. remove_diacritics 2 folds "Mäkinen" and "makinen" together,
-- so a name typed on a keyboard without Nordic letters is still found; prefix indexes make
-- as-you-type prefix queries cheap.
CREATE VIRTUAL TABLE participant_fts USING fts5(
    alias, legal_name,
    content = 'participants', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE note_fts USING fts5(
    text,
    content = 'notes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
-- Deleted names and notes must leave the index itself, not just be masked by delete markers.
INSERT INTO participant_fts(participant_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER participant_fts_ai AFTER INSERT ON participants BEGIN
    INSERT INTO participant_fts(rowid, alias, legal_name)
        VALUES (NEW.id, NEW.alias, NEW.legal_name);
END;
CREATE TRIGGER participant_fts_ad AFTER DELETE ON participants BEGIN
    INSERT INTO participant_fts(participant_fts, rowid, alias, legal_name)
        VALUES ('delete', OLD.id, OLD.alias, OLD.legal_name);
END;
CREATE TRIGGER participant_fts_au AFTER UPDATE OF alias, legal_name ON participants BEGIN
    INSERT INTO participant_fts(participant_fts, rowid, alias, legal_name)
        VALUES ('delete', OLD.id, OLD.alias, OLD.legal_name);
    INSERT INTO participant_fts(rowid, alias, legal_name)
        VALUES (NEW.id, NEW.alias, NEW.legal_name);
END;

CREATE TRIGGER note_fts_ai AFTER INSERT ON notes BEGIN
    INSERT INTO note_fts(rowid, text) VALUES (NEW.id, NEW.text);
END;
CREATE TRIGGER note_fts_ad AFTER DELETE ON notes BEGIN
    INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;
CREATE TRIGGER note_fts_au AFTER UPDATE OF text ON notes BEGIN
    INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    INSERT INTO note_fts(rowid, text) VALUES (NEW.id, NEW.text);
END;
