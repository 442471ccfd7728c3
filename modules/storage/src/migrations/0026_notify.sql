-- SPDX-License-Identifier: GPL-3.0-or-later
-- Notifications that leave the centre (一查二信, docs/notify.md): the rules as data, the
-- channels' settings, the 12345 platforms' signing secrets, and the outbox of messages with
-- their delivery log. A message is written in the same transaction as the case step that
-- causes it (CaseService's step observer) or by the deadline scanner, and is sent at least
-- once under its stable message_id. Local to this database: not synced through the hub.
CREATE TABLE notify_rule (
    fid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    trigger TEXT NOT NULL CHECK (trigger IN ('dispatch', 'deadline-80', 'overdue', 'supervise',
                                             'urge', 'return', 'close')),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('department', 'role', 'person',
                                                           'unit-head')),
    recipient_ref TEXT NOT NULL DEFAULT '',  -- department code, role id, login; '' = the case's department
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'webhook', 'wecom', 'dingtalk',
                                             'wechat')),
    template TEXT NOT NULL,
    urgent INTEGER NOT NULL DEFAULT 0,       -- sent in quiet hours too
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
-- One configuration per channel (URL, method, body template, auth header, SMTP server …) as
-- JSON; secrets in it are never printed (cityctl shows them masked).
CREATE TABLE notify_channel (
    channel TEXT PRIMARY KEY,
    config TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- The HMAC-SHA256 secret per 12345 platform the callbacks are signed with.
CREATE TABLE notify_platform (
    platform TEXT PRIMARY KEY,
    secret TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- One row per message and recipient: the queue and the delivery log in one.
CREATE TABLE notify_message (
    fid INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,         -- stable: derived from cause, rule and recipient
    case_id TEXT NOT NULL,
    event_id TEXT NOT NULL DEFAULT '',
    rule_name TEXT NOT NULL DEFAULT '',
    trigger TEXT NOT NULL,
    channel TEXT NOT NULL,                   -- sms, email, webhook, wecom, dingtalk, wechat, callback
    recipient TEXT NOT NULL,                 -- as shown: 县住建局 张三
    address TEXT NOT NULL,                   -- phone, e-mail, open id or URL
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    platform TEXT NOT NULL DEFAULT '',       -- callbacks: whose secret signs the body
    urgent INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed',
                                                            'undeliverable')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notify_message_due ON notify_message(next_attempt_at) WHERE status = 'queued';
CREATE INDEX notify_message_by_case ON notify_message(case_id);
-- Every delivery attempt: when, how it ended, what the other side said.
CREATE TABLE notify_attempt (
    fid INTEGER PRIMARY KEY,
    message_fid INTEGER NOT NULL REFERENCES notify_message(fid),
    at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'retry', 'failed', 'deferred')),
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notify_attempt_by_message ON notify_attempt(message_fid);
