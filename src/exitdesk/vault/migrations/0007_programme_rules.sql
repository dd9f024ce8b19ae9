-- The programme's own rules (issue 11): security arrangements carried from one assessment to the
-- next, and the next review date of a participant counting open arrangements' own review dates.
-- Touches only tables of 0002.

-- An arrangement keeps its uid across the assessments it is carried into, so the uid is unique
-- per assessment, not in the whole table. Its own review date and a "closed" state (no longer
-- needed, not done) are new; the description may be empty where the data policy keeps no free
-- text.
CREATE TABLE safety_arrangements_new (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    assessment_id INTEGER NOT NULL REFERENCES safety_assessments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT,
    owner_party_id TEXT NOT NULL,
    due TEXT,
    review_on TEXT,
    done INTEGER NOT NULL CHECK (done = 0 OR done = 1),
    closed INTEGER NOT NULL DEFAULT 0 CHECK (closed = 0 OR closed = 1),
    CHECK (NOT (done = 1 AND closed = 1)),
    UNIQUE (assessment_id, position),
    UNIQUE (assessment_id, uid)
);
INSERT INTO safety_arrangements_new (id, uid, assessment_id, position, description,
        owner_party_id, due, done)
    SELECT id, uid, assessment_id, position, description, owner_party_id, due, done
    FROM safety_arrangements;
DROP TABLE safety_arrangements;
ALTER TABLE safety_arrangements_new RENAME TO safety_arrangements;
CREATE INDEX safety_arrangements_by_uid ON safety_arrangements(uid);

-- next_review: the earliest of the latest assessment's review date and the review dates of its
-- open arrangements, so an overdue arrangement review stands out in the list too.
DROP TRIGGER safety_ai;
DROP TRIGGER safety_au;
DROP TRIGGER safety_ad;

CREATE TRIGGER safety_ai AFTER INSERT ON safety_assessments BEGIN
    UPDATE participants SET
        safety_level = (SELECT level FROM safety_assessments
            WHERE participant_id = participants.id ORDER BY assessed_on DESC, id DESC LIMIT 1),
        urgent = coalesce((SELECT urgent FROM safety_assessments
            WHERE participant_id = participants.id ORDER BY assessed_on DESC, id DESC LIMIT 1), 0),
        next_review = (SELECT min(d) FROM (
            SELECT s.review_on AS d FROM safety_assessments s WHERE s.id = (SELECT id
                FROM safety_assessments WHERE participant_id = participants.id
                ORDER BY assessed_on DESC, id DESC LIMIT 1)
            UNION ALL
            SELECT a.review_on FROM safety_arrangements a WHERE a.done = 0 AND a.closed = 0
                AND a.assessment_id = (SELECT id FROM safety_assessments
                    WHERE participant_id = participants.id
                    ORDER BY assessed_on DESC, id DESC LIMIT 1)))
    WHERE id = NEW.participant_id;
END;

CREATE TRIGGER safety_au AFTER UPDATE ON safety_assessments BEGIN
    UPDATE participants SET
        safety_level = (SELECT level FROM safety_assessments
            WHERE participant_id = participants.id ORDER BY assessed_on DESC, id DESC LIMIT 1),
        urgent = coalesce((SELECT urgent FROM safety_assessments
            WHERE participant_id = participants.id ORDER BY assessed_on DESC, id DESC LIMIT 1), 0),
        next_review = (SELECT min(d) FROM (
            SELECT s.review_on AS d FROM safety_assessments s WHERE s.id = (SELECT id
                FROM safety_assessments WHERE participant_id = participants.id
                ORDER BY assessed_on DESC, id DESC LIMIT 1)
            UNION ALL
            SELECT a.review_on FROM safety_arrangements a WHERE a.done = 0 AND a.closed = 0
                AND a.assessment_id = (SELECT id FROM safety_assessments
                    WHERE participant_id = participants.id
                    ORDER BY assessed_on DESC, id DESC LIMIT 1)))
    WHERE id = OLD.participant_id OR id = NEW.participant_id;
END;

CREATE TRIGGER safety_ad AFTER DELETE ON safety_assessments BEGIN
    UPDATE participants SET
        safety_level = (SELECT level FROM safety_assessments
            WHERE participant_id = participants.id ORDER BY assessed_on DESC, id DESC LIMIT 1),
        urgent = coalesce((SELECT urgent FROM safety_assessments
            WHERE participant_id = participants.id ORDER BY assessed_on DESC, id DESC LIMIT 1), 0),
        next_review = (SELECT min(d) FROM (
            SELECT s.review_on AS d FROM safety_assessments s WHERE s.id = (SELECT id
                FROM safety_assessments WHERE participant_id = participants.id
                ORDER BY assessed_on DESC, id DESC LIMIT 1)
            UNION ALL
            SELECT a.review_on FROM safety_arrangements a WHERE a.done = 0 AND a.closed = 0
                AND a.assessment_id = (SELECT id FROM safety_assessments
                    WHERE participant_id = participants.id
                    ORDER BY assessed_on DESC, id DESC LIMIT 1)))
    WHERE id = OLD.participant_id;
END;

CREATE TRIGGER safety_arrangements_ai AFTER INSERT ON safety_arrangements BEGIN
    UPDATE participants SET
        next_review = (SELECT min(d) FROM (
            SELECT s.review_on AS d FROM safety_assessments s WHERE s.id = (SELECT id
                FROM safety_assessments WHERE participant_id = participants.id
                ORDER BY assessed_on DESC, id DESC LIMIT 1)
            UNION ALL
            SELECT a.review_on FROM safety_arrangements a WHERE a.done = 0 AND a.closed = 0
                AND a.assessment_id = (SELECT id FROM safety_assessments
                    WHERE participant_id = participants.id
                    ORDER BY assessed_on DESC, id DESC LIMIT 1)))
    WHERE id = (SELECT participant_id FROM safety_assessments WHERE id = NEW.assessment_id);
END;

CREATE TRIGGER safety_arrangements_au AFTER UPDATE ON safety_arrangements BEGIN
    UPDATE participants SET
        next_review = (SELECT min(d) FROM (
            SELECT s.review_on AS d FROM safety_assessments s WHERE s.id = (SELECT id
                FROM safety_assessments WHERE participant_id = participants.id
                ORDER BY assessed_on DESC, id DESC LIMIT 1)
            UNION ALL
            SELECT a.review_on FROM safety_arrangements a WHERE a.done = 0 AND a.closed = 0
                AND a.assessment_id = (SELECT id FROM safety_assessments
                    WHERE participant_id = participants.id
                    ORDER BY assessed_on DESC, id DESC LIMIT 1)))
    WHERE id = (SELECT participant_id FROM safety_assessments WHERE id = NEW.assessment_id);
END;

CREATE TRIGGER safety_arrangements_ad AFTER DELETE ON safety_arrangements BEGIN
    UPDATE participants SET
        next_review = (SELECT min(d) FROM (
            SELECT s.review_on AS d FROM safety_assessments s WHERE s.id = (SELECT id
                FROM safety_assessments WHERE participant_id = participants.id
                ORDER BY assessed_on DESC, id DESC LIMIT 1)
            UNION ALL
            SELECT a.review_on FROM safety_arrangements a WHERE a.done = 0 AND a.closed = 0
                AND a.assessment_id = (SELECT id FROM safety_assessments
                    WHERE participant_id = participants.id
                    ORDER BY assessed_on DESC, id DESC LIMIT 1)))
    WHERE id = (SELECT participant_id FROM safety_assessments WHERE id = OLD.assessment_id);
END;

-- A contact route says how to reach the person without the details (no number, no address):
-- all an enquiry or a minimal-record vault keeps about contact.
ALTER TABLE participants ADD COLUMN contact_route TEXT
    CHECK (contact_route IS NULL OR contact_route = 'via_party_worker' OR
            contact_route = 'at_institution' OR contact_route = 'phone' OR
            contact_route = 'message' OR contact_route = 'in_person');

-- The common target-group definition (Sweden's exit process, seed 004), recorded at assessment:
-- wants to leave organised crime, and assessed as needing support and protection (by a party).
CREATE TABLE target_group (
    participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
    wants_to_leave TEXT NOT NULL
        CHECK (wants_to_leave = 'yes' OR wants_to_leave = 'no' OR wants_to_leave = 'not_yet_clear'),
    wants_to_leave_on TEXT NOT NULL,
    needs_support TEXT CHECK (needs_support IS NULL OR needs_support = 'yes' OR
            needs_support = 'no'),
    needs_support_by TEXT,
    needs_support_on TEXT,
    CHECK ((needs_support IS NULL) = (needs_support_by IS NULL)),
    CHECK ((needs_support IS NULL) = (needs_support_on IS NULL))
);
