-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand local database, schema 1 (docs/design.md §3). The file is a GeoPackage 1.3:
-- spatial tables are registered in gpkg_contents/gpkg_geometry_columns with R-tree indexes
-- (created by the migration runner, which knows the table list), reference tables as
-- 'attributes'. Timestamps are UTC text "YYYY-MM-DDTHH:MM:SS.sssZ"; ids are UUIDv7 text.

-- ---------------------------------------------------------------- reference
CREATE TABLE category (
    key TEXT PRIMARY KEY,                -- "part:0101", "event:0502"
    kind TEXT NOT NULL CHECK (kind IN ('part', 'event')),
    code TEXT NOT NULL CHECK (length(code) = 4),
    major_code TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    limit_urgent TEXT NOT NULL,          -- TimeLimit text: "2wh", "30m"
    limit_normal TEXT NOT NULL,
    filing_conditions TEXT NOT NULL DEFAULT '[]',   -- JSON array
    closing_conditions TEXT NOT NULL DEFAULT '[]',
    department_type TEXT NOT NULL DEFAULT ''
);

CREATE TABLE department (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3),
    parent_id TEXT REFERENCES department(id),
    department_type TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

-- Which department disposes which category, optionally only in one responsibility grid.
CREATE TABLE department_category (
    department_id TEXT NOT NULL REFERENCES department(id),
    category_key TEXT NOT NULL REFERENCES category(key),
    responsibility_code TEXT NOT NULL DEFAULT '',   -- '' = the whole city
    PRIMARY KEY (department_id, category_key, responsibility_code)
);
CREATE INDEX department_category_by_category ON department_category(category_key);

CREATE TABLE app_user (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT '',         -- argon2id (issue 3); '' = cannot log in
    department_id TEXT REFERENCES department(id),   -- for 专业部门 users
    responsibility_code TEXT NOT NULL DEFAULT '',   -- for collectors: their grid
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);

CREATE TABLE user_role (
    user_id TEXT NOT NULL REFERENCES app_user(id),
    role TEXT NOT NULL,                  -- Core::roleId
    PRIMARY KEY (user_id, role)
);

CREATE TABLE work_calendar (
    id TEXT PRIMARY KEY,                 -- 'default'
    definition TEXT NOT NULL,            -- WorkCalendar JSON
    updated_at TEXT NOT NULL
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- ---------------------------------------------------------------- spatial (EPSG:4490)
CREATE TABLE street (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 9),
    name TEXT NOT NULL,
    geom POLYGON
);

CREATE TABLE community (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 12),
    name TEXT NOT NULL,
    street_code TEXT NOT NULL,
    geom POLYGON
);

CREATE TABLE grid_responsibility (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    geom POLYGON
);

CREATE TABLE grid_unit (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 14),
    community_code TEXT NOT NULL,
    responsibility_code TEXT NOT NULL,
    area_m2 REAL NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    geom POLYGON
);
CREATE INDEX grid_unit_by_responsibility ON grid_unit(responsibility_code);

CREATE TABLE component (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    object_code TEXT NOT NULL UNIQUE CHECK (length(object_code) = 16),
    category_code TEXT NOT NULL,         -- 4-digit 部件 小类
    name TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '完好',  -- 完好/破损/丢失/废弃/移除
    department_id TEXT,
    grid_code TEXT NOT NULL DEFAULT '',
    installed_on TEXT,
    updated_at TEXT NOT NULL,
    geom POINT
);
CREATE INDEX component_by_category ON component(category_code);

CREATE TABLE camera (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    component_code TEXT NOT NULL DEFAULT '',   -- the 0136 监控电子眼 component
    name TEXT NOT NULL,
    url_main TEXT NOT NULL,
    url_sub TEXT NOT NULL DEFAULT '',
    ptz INTEGER NOT NULL DEFAULT 0,
    grid_code TEXT NOT NULL DEFAULT '',
    group_name TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    geom POINT
);

CREATE TABLE collector_position (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    at TEXT NOT NULL,
    accuracy_m REAL,
    geom POINT
);
CREATE INDEX collector_position_by_user ON collector_position(user_id, at);

-- ---------------------------------------------------------------- cases
-- The case row is a projection of its events (case_event); every action updates both, and
-- the outbox, in one transaction.
CREATE TABLE case_record (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL UNIQUE,         -- human-readable, e.g. "2026-000123"
    channel TEXT NOT NULL,               -- collector, hotline-12319, hotline-12345, video, wechat, superior
    kind TEXT NOT NULL,                  -- part/event
    category_key TEXT NOT NULL,
    level TEXT NOT NULL,                 -- urgent/normal
    description TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    component_code TEXT NOT NULL DEFAULT '',
    grid_code TEXT NOT NULL DEFAULT '',
    responsibility_code TEXT NOT NULL DEFAULT '',
    community_code TEXT NOT NULL DEFAULT '',
    reporter TEXT NOT NULL DEFAULT '',   -- caller name/phone or collector login
    state TEXT NOT NULL,                 -- Core::stateId
    resume_state TEXT NOT NULL DEFAULT '',
    department_id TEXT,
    stage TEXT NOT NULL DEFAULT '',      -- Core::stageId of the running timer
    stage_started_at TEXT,
    stage_deadline TEXT,                 -- deadline of the running stage timer
    disposal_deadline TEXT,              -- the department's deadline (延期 moves it)
    reported_at TEXT NOT NULL,
    filed_at TEXT,
    dispatched_at TEXT,
    disposed_at TEXT,
    closed_at TEXT,
    closed_in_time INTEGER,              -- 1/0 once closed
    hung INTEGER NOT NULL DEFAULT 0,
    rework_count INTEGER NOT NULL DEFAULT 0,
    dispatch_count INTEGER NOT NULL DEFAULT 0,
    postpone_count INTEGER NOT NULL DEFAULT 0,
    supervise_count INTEGER NOT NULL DEFAULT 0,
    urge_count INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,  -- +1 per action (sync checks it)
    updated_at TEXT NOT NULL,
    geom POINT
);
CREATE INDEX case_record_by_state ON case_record(state, reported_at);
CREATE INDEX case_record_by_department ON case_record(department_id, state);
CREATE INDEX case_record_by_grid ON case_record(grid_code, reported_at);
CREATE INDEX case_record_by_reported ON case_record(reported_at);
CREATE INDEX case_record_by_deadline ON case_record(stage_deadline) WHERE stage_deadline IS NOT NULL;

-- Append-only: one row per action (stage, action, actor, role, at, deadline, in_time …).
CREATE TABLE case_event (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES case_record(id),
    seq INTEGER NOT NULL,                -- 1, 2, … per case
    stage TEXT NOT NULL,
    action TEXT NOT NULL,
    from_state TEXT NOT NULL DEFAULT '',
    to_state TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    department_id TEXT,                  -- the department acting or receiving (dispatch)
    at TEXT NOT NULL,
    deadline TEXT,                       -- the deadline that applied to this action's stage
    in_time INTEGER,                     -- 1/0 when a deadline applied
    used_minutes INTEGER,                -- time used of that limit, in its own kind of time
    note TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{}',  -- JSON: granted extension, photos, result …
    UNIQUE (case_id, seq)
);
CREATE INDEX case_event_by_at ON case_event(at);
CREATE INDEX case_event_by_actor ON case_event(actor_id, at);
CREATE TRIGGER case_event_append_only_update BEFORE UPDATE ON case_event
BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;
CREATE TRIGGER case_event_append_only_delete BEFORE DELETE ON case_event
BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;

CREATE TABLE attachment (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES case_record(id),
    event_id TEXT,
    kind TEXT NOT NULL,                  -- before, after, check, snapshot, voice
    sha256 TEXT NOT NULL,                -- content-addressed file name
    mime TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX attachment_by_case ON attachment(case_id);

-- ---------------------------------------------------------------- sync
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,                -- table name
    row_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'action')),
    payload TEXT NOT NULL,               -- JSON
    created_at TEXT NOT NULL
);

CREATE TABLE sync_cursor (
    scope TEXT PRIMARY KEY,
    seq INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE conflict (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    local_payload TEXT NOT NULL,
    remote_payload TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
