-- Indexes that serve every sort of the participant list, in both directions, so a page is an
-- index range instead of a sort of the whole set, and keyset paging can seek to the next page.
-- Each key is written exactly as vault/repositories/participants.py orders by it (_KEYS).
-- Depends on nothing but the participants table of 0002.
DROP INDEX participants_by_legal_name;
DROP INDEX participants_by_birth_year;
CREATE INDEX participants_sort_legal_name_asc ON participants(legal_name_sort IS NULL, coalesce(legal_name_sort, ''), id);
CREATE INDEX participants_sort_legal_name_desc ON participants(legal_name_sort IS NOT NULL, coalesce(legal_name_sort, ''), id);
CREATE INDEX participants_sort_birth_year_asc ON participants(birth_year IS NULL, coalesce(birth_year, 0), alias_sort, id);
CREATE INDEX participants_sort_birth_year_desc ON participants(birth_year IS NULL, -coalesce(birth_year, 0), alias_sort, id);
CREATE INDEX participants_sort_state_asc ON participants(CASE state WHEN 'enquiry' THEN 0 WHEN 'assessment' THEN 1 WHEN 'active' THEN 2 WHEN 'after_release' THEN 3 ELSE 4 END, alias_sort, id);
CREATE INDEX participants_sort_state_desc ON participants(-CASE state WHEN 'enquiry' THEN 0 WHEN 'assessment' THEN 1 WHEN 'active' THEN 2 WHEN 'after_release' THEN 3 ELSE 4 END, alias_sort, id);
CREATE INDEX participants_sort_safety_asc ON participants(safety_level IS NULL, urgent, coalesce(CASE safety_level WHEN 'low' THEN 0 WHEN 'moderate' THEN 1 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 END, 0), alias_sort, id);
CREATE INDEX participants_sort_safety_desc ON participants(safety_level IS NULL, -urgent, -coalesce(CASE safety_level WHEN 'low' THEN 0 WHEN 'moderate' THEN 1 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 END, 0), alias_sort, id);
CREATE INDEX participants_sort_next_review_asc ON participants(next_review IS NULL, coalesce(CAST(replace(next_review, '-', '') AS INTEGER), 0), alias_sort, id);
CREATE INDEX participants_sort_next_review_desc ON participants(next_review IS NULL, -coalesce(CAST(replace(next_review, '-', '') AS INTEGER), 0), alias_sort, id);
