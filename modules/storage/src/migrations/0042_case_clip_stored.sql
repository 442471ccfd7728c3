-- Whether a clip's bytes are on the hub (hub schema 12; docs/video.md, "Where the bytes
-- live"): set by the hub once the whole clip arrived and matched its SHA-256, and pulled with
-- the row. A workstation without the file fetches it from the hub only when this is set; the
-- one that attached it uploads while it is not.
ALTER TABLE case_clip ADD COLUMN stored INTEGER NOT NULL DEFAULT 0;
-- Whether the clip was attached on this workstation (its file is here): only then does this
-- workstation upload it. Local only (the hub has no such column, so a pulled row leaves it
-- as it is): a workstation that sees the same path (a shared folder, a test on one machine)
-- does not send the bytes a second time.
ALTER TABLE case_clip ADD COLUMN attached_here INTEGER NOT NULL DEFAULT 0;
