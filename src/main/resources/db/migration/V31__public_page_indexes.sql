-- The public page /announcements (announcement.DecidedCases). Indexes only: no table changes.
-- Decided cases newest first: a page of 25 is read from the index in its order, not sorted from all of them.
create index ix_case_decided on case_record (decision_date desc, case_number desc);
-- the page's search by unit or by award, each usually with a year
create index ix_case_unit_year on case_record (unit_code, emulation_year);
create index ix_case_award_year on case_record (award_type, emulation_year);
-- the cache's stamp: the last closing of a case, one index look-up
create index ix_case_closed on case_record (closed_at);
