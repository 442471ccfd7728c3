-- SPDX-License-Identifier: GPL-3.0-or-later
-- 专项普查 (issue 13, docs/domain.md "专项普查"): a campaign (0015) that lists survey items
-- (汛前排查: 排水井, 防汛墙 …) is a survey; a shift leader gives a collector the counting task
-- of one unit grid, and the collector submits per item how many were checked and how many had
-- a problem (Cases::SurveyStore). Text UUID ids and created_at/updated_at on every row, so
-- that the tables can be synced through the hub later; local to a workstation for now.
CREATE TABLE survey_item (
    fid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    campaign_id TEXT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (campaign_id, name)
);
CREATE TABLE survey_task (
    fid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    campaign_id TEXT NOT NULL,
    grid_code TEXT NOT NULL,            -- a unit grid (grid_unit.code)
    collector_id TEXT NOT NULL,         -- app_user.id of the collector who counts
    assigned_by TEXT NOT NULL,          -- app_user.id of the shift leader or administrator
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (campaign_id, grid_code)
);
CREATE INDEX survey_task_by_collector ON survey_task(collector_id);
-- One row per task and item; a later submission of the same item replaces the counts.
CREATE TABLE survey_result (
    fid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    task_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    checked INTEGER NOT NULL CHECK (checked >= 0),
    problems INTEGER NOT NULL CHECK (problems >= 0 AND problems <= checked),
    surveyed_on TEXT NOT NULL,          -- YYYY-MM-DD, the city's local date, in the period
    note TEXT NOT NULL DEFAULT '',
    submitted_by TEXT NOT NULL,         -- app_user.id
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (task_id, item_id)
);
