-- SPDX-License-Identifier: GPL-3.0-or-later
-- Duty shifts of the command hall (docs/duty.md): the centre's shift pattern, who is on duty
-- in each shift and its 带班领导, the handover between shifts (交接班) with the open items it
-- carries and both sides' signatures, and the duty log (值班日志). Local to this workstation's
-- database, like the notification rules.
CREATE TABLE duty_shift (
    code TEXT PRIMARY KEY,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    starts TEXT NOT NULL,                 -- local time of day, HH:MM
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 60 AND 1440),
    position INTEGER NOT NULL
);
-- 早/中/晚: the three eight-hour shifts most centres run; `cityctl duty shifts set` changes it.
INSERT INTO duty_shift VALUES ('late', '晚班', 'Night shift', '00:00', 480, 1),
    ('early', '早班', 'Early shift', '08:00', 480, 2),
    ('middle', '中班', 'Middle shift', '16:00', 480, 3);

CREATE TABLE duty_roster (
    day TEXT NOT NULL,                    -- the local date the shift starts on
    shift_code TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES app_user(id),
    leader INTEGER NOT NULL DEFAULT 0,    -- 1: 带班领导
    PRIMARY KEY (day, shift_code, user_id)
);

CREATE TABLE duty_handover (
    id TEXT PRIMARY KEY,
    day TEXT NOT NULL,                    -- the outgoing shift
    shift_code TEXT NOT NULL,
    from_user_id TEXT NOT NULL REFERENCES app_user(id),
    to_user_id TEXT NOT NULL REFERENCES app_user(id),
    note TEXT NOT NULL,
    items TEXT NOT NULL DEFAULT '[]',     -- JSON: the open items carried over, as handed over
    handed_at TEXT NOT NULL,
    confirmed_at TEXT,
    confirm_note TEXT NOT NULL DEFAULT '',
    UNIQUE (day, shift_code)
);

CREATE TABLE duty_log (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    shift_code TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES app_user(id),
    text TEXT NOT NULL,
    case_id TEXT REFERENCES case_record(id),
    follow_up INTEGER NOT NULL DEFAULT 0, -- 1: to be carried to the next shift until done
    done_at TEXT
);
CREATE INDEX duty_log_by_at ON duty_log(at);
CREATE INDEX duty_log_open ON duty_log(at) WHERE follow_up = 1 AND done_at IS NULL;
