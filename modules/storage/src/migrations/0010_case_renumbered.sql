-- SPDX-License-Identifier: GPL-3.0-or-later
-- Case numbers the hub changed (issue 12): a report numbered here while this workstation was
-- apart from the hub gets the hub's next free number when its own was taken meanwhile. The
-- number it was known by here is kept, so that acting by it is refused with a message naming
-- the new one (CaseService::find) instead of landing on the other case that holds it now.
CREATE TABLE case_renumbered (
    old_number TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    new_number TEXT NOT NULL,
    renumbered_at TEXT NOT NULL
);
