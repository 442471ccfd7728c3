-- SPDX-License-Identifier: GPL-3.0-or-later
-- Video clips attached to a case as evidence (docs/video.md "Clips as evidence"): stored by
-- reference, not as bytes. A 1-minute 720p clip is ~15 MB, a hundred photos; its bytes stay
-- with the recorder's folder that cut it and the row keeps the SHA-256 and size, so whoever
-- opens it later can prove it is the clip that was attached.
CREATE TABLE case_clip (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES case_record(id),
    camera_id TEXT NOT NULL,
    camera_name TEXT NOT NULL DEFAULT '',
    start_at TEXT NOT NULL,               -- wall-clock time of the clip's first frame (UTC)
    end_at TEXT NOT NULL,                 -- and of its last
    file TEXT NOT NULL,                   -- where the clip lies (absolute path on the recorder's host)
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size > 0),
    note TEXT NOT NULL DEFAULT '',
    added_by TEXT NOT NULL REFERENCES app_user(id),
    added_at TEXT NOT NULL,
    UNIQUE (case_id, sha256)
);
CREATE INDEX case_clip_by_case ON case_clip(case_id, start_at);
-- A case deleted (a sync rewind of a report the hub refused) takes its clips' references along;
-- the files stay with the recorder.
CREATE TRIGGER case_clip_case_delete AFTER DELETE ON case_record
BEGIN DELETE FROM case_clip WHERE case_id = OLD.id; END;
