-- SPDX-License-Identifier: GPL-3.0-or-later
-- How notifications reach a person (docs/notify.md): e-mail and WeChat id beside the phone
-- app_user already has, and whether the user is the 单位正职 (unit head) of their
-- department, whom the 一查二信 rules text on every dispatch. Local to this database.
CREATE TABLE user_contact (
    user_id TEXT PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
    email TEXT NOT NULL DEFAULT '',
    wechat TEXT NOT NULL DEFAULT '',
    unit_head INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX user_contact_unit_head ON user_contact(unit_head) WHERE unit_head = 1;
