-- SPDX-License-Identifier: GPL-3.0-or-later
-- Hub sync (issue 5). case_event stays append-only for everyone but the sync client rewinding
-- a case the hub refused: it deletes the refused local events (kept, with the hub's version,
-- in the `conflict` table) only while it holds the setting sync.rewinding = '1' inside its
-- own transaction, which no other connection can see.
DROP TRIGGER case_event_append_only_delete;
CREATE TRIGGER case_event_append_only_delete BEFORE DELETE ON case_event
WHEN (SELECT value FROM setting WHERE key = 'sync.rewinding') IS NOT '1'
BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;
