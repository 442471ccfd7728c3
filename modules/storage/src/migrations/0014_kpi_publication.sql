-- SPDX-License-Identifier: GPL-3.0-or-later
-- Published figures stay published (issue 13, docs/kpi.md): `cityctl kpi publish` and the
-- evaluation tab's button freeze a period's counts per row of every scope, with the rules
-- they were graded by, as issued. Later steps on the period's cases change "as of now",
-- never these. Rows are written once: no update, no delete.
CREATE TABLE kpi_publication (
    fid INTEGER PRIMARY KEY,
    first_day TEXT NOT NULL,           -- YYYY-MM-DD in the city's zone, inclusive
    last_day TEXT NOT NULL,            -- YYYY-MM-DD, inclusive
    scope TEXT NOT NULL,               -- Cases::figureScopeId
    published_at TEXT NOT NULL,        -- UTC ISO time
    published_by TEXT NOT NULL,        -- app_user.id
    published_by_name TEXT NOT NULL,
    rules TEXT NOT NULL,               -- Core::KpiRules JSON used
    rows TEXT NOT NULL,                -- JSON array: key, name, counts
    UNIQUE (first_day, last_day, scope)
);
CREATE TRIGGER kpi_publication_no_update BEFORE UPDATE ON kpi_publication
BEGIN SELECT RAISE(ABORT, 'kpi_publication is written once'); END;
CREATE TRIGGER kpi_publication_no_delete BEFORE DELETE ON kpi_publication
BEGIN SELECT RAISE(ABORT, 'kpi_publication is written once'); END;

-- The published figures' 平均处置时长 reads the working minutes of a year's results
-- (处理反馈, ~600 k events in a 650 k-case year) from this index alone instead of one
-- case_event row per result (30 s cold on the 2-core reference machine; docs/kpi.md).
CREATE INDEX case_event_feedback_time ON case_event(at, department_id, case_id, used_minutes)
    WHERE action = 'feedback';
