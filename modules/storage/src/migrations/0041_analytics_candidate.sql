-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the video analytics found (docs/video.md "Video analytics"): a new static object in a
-- zone for longer than its dwell, waiting for the operator (视频发现). Accepted it becomes a
-- video-channel case (case_id); rejected it suppresses the same object in the same zone for a
-- while (zone + box overlap). The snapshot is a JPEG of the analysed picture, capped by the
-- store; the clip, when the recorder had the span, is a file referred to by path and SHA-256
-- like case_clip.
CREATE TABLE analytics_candidate (
    id TEXT PRIMARY KEY,
    camera_id TEXT NOT NULL,
    zone_id TEXT NOT NULL REFERENCES analytics_zone(id), -- zones are retired (active = 0), never deleted
    kind TEXT NOT NULL CHECK (kind IN ('no-stall', 'no-parking', 'rubbish')),
    since_at TEXT NOT NULL,               -- when the object came to rest (UTC)
    detected_at TEXT NOT NULL,            -- when it had rested for the zone's dwell
    box_x REAL NOT NULL, box_y REAL NOT NULL, box_w REAL NOT NULL, box_h REAL NOT NULL,
    snapshot BLOB NOT NULL,
    clip_file TEXT NOT NULL DEFAULT '',
    clip_sha256 TEXT NOT NULL DEFAULT '',
    clip_size INTEGER NOT NULL DEFAULT 0,
    clip_start TEXT NOT NULL DEFAULT '',
    clip_end TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    case_id TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX analytics_candidate_by_state ON analytics_candidate(state, detected_at);
CREATE INDEX analytics_candidate_by_zone ON analytics_candidate(zone_id, detected_at);
