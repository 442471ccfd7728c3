-- SPDX-License-Identifier: GPL-3.0-or-later
-- 综合评价 over a year of a large city (650 k cases, 5.6 M events, 2 cores): the counts by
-- department, grid and post read these indexes alone instead of one table row per event or
-- case (`cityctl kpi` for a year by department 5.3 s → 2.4 s, by grid 3.5 s → 1.2 s, by post
-- 9.5 s → 3.1 s, with the queries of the same change; bench_casestore --db prints the
-- figures). The events' index by action keeps its prefix (action, at), so every query that
-- used it still can. Building them takes ~30 s per million cases, once (at the first start after the upgrade).
DROP INDEX case_event_by_action;
CREATE INDEX case_event_by_action ON case_event(action, at, department_id, case_id, in_time);
CREATE INDEX case_record_by_filed ON case_record(filed_at, responsibility_code, channel, hung, state, closed_in_time)
    WHERE filed_at IS NOT NULL;
