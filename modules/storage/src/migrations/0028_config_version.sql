-- SPDX-License-Identifier: GPL-3.0-or-later
-- The centre's own rules as data (issue 15, docs/config.md): each import of a reviewed
-- configuration file (dictionary with 立案标准/结案标准, stage and disposal limits, routing)
-- is one version, kept whole as its JSON. A case runs on the version in force when it was
-- reported (the newest whose effective_at is not after the case's reported_at), so a new
-- version never moves a deadline of a case filed before. No version: the national
-- dictionary compiled into the program (the seed). Versions are written once; only the
-- sync client replaces one with the hub's copy, under sync.rewinding (as 0023).
CREATE TABLE config_version (
    fid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,            -- the version number as text: the hub keys rows by id
    version INTEGER NOT NULL UNIQUE CHECK (version >= 1),
    document TEXT NOT NULL,             -- Core::CityRules JSON
    effective_at TEXT NOT NULL,         -- UTC ISO time it took effect
    published_by TEXT NOT NULL,         -- app_user.id of the administrator
    published_by_name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER config_version_no_update BEFORE UPDATE ON config_version
WHEN (SELECT value FROM setting WHERE key = 'sync.rewinding') IS NOT '1'
BEGIN SELECT RAISE(ABORT, 'config_version is written once'); END;
CREATE TRIGGER config_version_no_delete BEFORE DELETE ON config_version
WHEN (SELECT value FROM setting WHERE key = 'sync.rewinding') IS NOT '1'
BEGIN SELECT RAISE(ABORT, 'config_version is written once'); END;
-- A new version is news for every open window (the app says so and reloads its rules).
CREATE TRIGGER change_stamp_config_version_insert AFTER INSERT ON config_version
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
