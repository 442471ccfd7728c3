-- SPDX-License-Identifier: GPL-3.0-or-later
-- Departments and their people edited by an administrator (issue 15, docs/org.md): a
-- department is retired, not deleted (cases and events keep naming it); the unit head
-- (单位正职) is part of the user, so it travels with the user from the hub like the roles
-- (user_contact.unit_head, which notifications read, follows it); and each change an
-- administrator makes is one row of org_change, the unit the hub takes or refuses whole and
-- every workstation applies in one transaction (its document holds the rows after it).
ALTER TABLE department ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE app_user ADD COLUMN unit_head INTEGER NOT NULL DEFAULT 0;
UPDATE app_user SET unit_head = 1 WHERE id IN (SELECT user_id FROM user_contact WHERE unit_head = 1);
CREATE TRIGGER app_user_unit_head_insert AFTER INSERT ON app_user WHEN NEW.unit_head = 1
BEGIN
    INSERT INTO user_contact (user_id, unit_head) VALUES (NEW.id, 1)
    ON CONFLICT (user_id) DO UPDATE SET unit_head = 1;
END;
CREATE TRIGGER app_user_unit_head_update AFTER UPDATE OF unit_head ON app_user
BEGIN
    INSERT INTO user_contact (user_id, unit_head) VALUES (NEW.id, NEW.unit_head)
    ON CONFLICT (user_id) DO UPDATE SET unit_head = excluded.unit_head;
END;

CREATE TABLE org_change (
    fid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,            -- UUIDv7, made where the change was made
    changed_at TEXT NOT NULL,           -- UTC ISO (the hub's time once it took it)
    changed_by TEXT NOT NULL,           -- app_user.id of the administrator
    changed_by_name TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',   -- one line a person reads ("新增用户 dp09 …")
    note TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL              -- {"departments": [rows], "users": [rows], "deletedUsers": [ids]}
);
CREATE INDEX org_change_by_time ON org_change(changed_at);
-- News for every open window (the app says so and reloads its lists).
CREATE TRIGGER change_stamp_org_change_insert AFTER INSERT ON org_change
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_org_change_update AFTER UPDATE ON org_change
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
