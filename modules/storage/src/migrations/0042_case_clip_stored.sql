-- Whether a clip's bytes are on the hub (hub schema 12; docs/video.md, "Where the bytes
-- live"): set by the hub once the whole clip arrived and matched its SHA-256, and pulled with
-- the row. A workstation without the file fetches it from the hub only when this is set; the
-- one that attached it uploads while it is not.
ALTER TABLE case_clip ADD COLUMN stored INTEGER NOT NULL DEFAULT 0;
