-- SPDX-License-Identifier: GPL-3.0-or-later
-- Region rules of the video analytics (docs/video.md "Video analytics"): per camera, polygons
-- in normalized image coordinates (0…1 of the picture's width and height, so a rule drawn on
-- the sub-stream holds for the main stream too) where a new static object is not allowed.
-- Local to this workstation's database, like the wall's layout: the analyser (cityvision)
-- that reads them runs beside it.
CREATE TABLE analytics_zone (
    id TEXT PRIMARY KEY,
    camera_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('no-stall', 'no-parking', 'rubbish')),
    polygon TEXT NOT NULL,                -- JSON [[x, y], …], 3…32 vertices in [0, 1]
    dwell_seconds INTEGER NOT NULL CHECK (dwell_seconds BETWEEN 5 AND 86400),
    active INTEGER NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX analytics_zone_by_camera ON analytics_zone(camera_id);
