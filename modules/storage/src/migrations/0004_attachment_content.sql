-- SPDX-License-Identifier: GPL-3.0-or-later
-- Photos and snapshots of a case (issue 3): the bytes live in the database, keyed by their
-- SHA-256, so an attachment commits in the same transaction as the action that brought it
-- (durable once the UI says so, and it travels with the file and through the hub) and the
-- same photo attached twice is stored once.
CREATE TABLE attachment_content (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX attachment_by_event ON attachment(event_id);
