-- SPDX-License-Identifier: GPL-3.0-or-later
-- Case lists over millions of rows (issue 3): full-text search and the indexes that make the
-- first page of every queue and filter an index range read.

-- Full text of description and address. FTS5 trigram cannot match 1–2 character terms and
-- unicode61 sees a run of Chinese as one token, so the text is stored as cc_fts_tokens()
-- writes it (one token per ideograph) and queried as a phrase (docs/design.md §6).
-- Contentless: the text already lives in case_record, and a report's description and address
-- never change (CaseRepository::update leaves them alone), so nothing ever needs the
-- original values to delete a row. The rowid is case_record.fid. CaseService::report writes
-- the row in the report's own transaction (not a trigger: GDAL/QGIS editing the layer would
-- not know cc_fts_tokens). No column sizes: lists never rank (ORDER BY rank is too slow on
-- large match sets, §8).
CREATE VIRTUAL TABLE case_fts USING fts5(
    description, address,
    content = '', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO case_fts (rowid, description, address)
SELECT fid, cc_fts_tokens(description), cc_fts_tokens(address) FROM case_record;

-- Equality filter + newest first: (filter, reported_at) with the implicit fid gives
-- "WHERE x = ? ORDER BY reported_at DESC, fid DESC" as one backwards range read. The state
-- and grid filters have theirs since schema 1. Channel has six values, but 上级交办 and video
-- are rare enough that walking the date index for them reads thousands of rows.
CREATE INDEX case_record_by_category ON case_record(category_key, reported_at);
CREATE INDEX case_record_by_channel ON case_record(channel, reported_at);
CREATE INDEX case_record_by_responsibility ON case_record(responsibility_code, reported_at);
CREATE INDEX case_record_by_department_reported ON case_record(department_id, reported_at);
-- Deadline-first queues: a queue is a few states, each read in deadline order.
CREATE INDEX case_record_by_state_deadline ON case_record(state, stage_deadline);
