-- SPDX-License-Identifier: GPL-3.0-or-later
-- Hub sync (issue 5). case_event stays append-only for everyone but the sync client rewinding
-- a case the hub refused: it deletes the refused local events (kept, with the hub's version,
-- in the `conflict` table) only while it holds the setting sync.rewinding = '1' inside its
-- own transaction, which no other connection can see.
DROP TRIGGER case_event_append_only_delete;
CREATE TRIGGER case_event_append_only_delete BEFORE DELETE ON case_event
WHEN (SELECT value FROM setting WHERE key = 'sync.rewinding') IS NOT '1'
BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;

-- The per-post facts (0005) follow a rewind: a refused event leaves its day's counts.
DROP TRIGGER IF EXISTS case_event_kpi_post_day_rewind;
CREATE TRIGGER case_event_kpi_post_day_rewind AFTER DELETE ON case_event
BEGIN
    UPDATE kpi_post_day SET n = n - 1,
        n_in_time = n_in_time - (ifnull(OLD.in_time, 0) = 1),
        n_from_filed = n_from_filed - (ifnull(OLD.from_state, '') = 'filed')
     WHERE day = date(OLD.at, '+8 hours') AND actor_id = OLD.actor_id AND role = OLD.role
       AND action = OLD.action;
    DELETE FROM kpi_post_day
     WHERE day = date(OLD.at, '+8 hours') AND actor_id = OLD.actor_id AND role = OLD.role
       AND action = OLD.action AND n <= 0;
END;
