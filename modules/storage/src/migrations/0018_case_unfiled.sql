-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 13's performance on a 650,000-case year (docs/kpi.md, docs/bulletin.md).
-- Cases never filed (rejected, cancelled before filing, 自行处置, still waiting): a few percent.
-- The collectors' valid reports are their reports less those of cases never filed nor
-- self-disposed, found here instead of looking up the case of each of a year's 650 k reports;
-- the bulletin's trend finds the 自行处置 cases of its days by their disposal.
CREATE INDEX case_record_unfiled ON case_record(disposed_at, id, hung, state)
    WHERE filed_at IS NULL;
-- The bulletin's overdue cases (open at the cut-off: still open, or closed after it) and its
-- trend's closures per day read a range of this, with the columns the overdue rule reads,
-- instead of every case.
CREATE INDEX case_record_by_closed
    ON case_record(closed_at, disposal_deadline, filed_at, disposed_at, hung, state);
