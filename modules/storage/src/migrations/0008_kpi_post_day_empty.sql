-- SPDX-License-Identifier: GPL-3.0-or-later
-- A day's facts whose last event the hub took back (a refused action, rewound) go too,
-- instead of staying as a row of zeros: kpi_post_day holds exactly the groups of case_event.
DROP TRIGGER IF EXISTS case_event_kpi_post_day_delete;
CREATE TRIGGER case_event_kpi_post_day_delete AFTER DELETE ON case_event
BEGIN
    UPDATE kpi_post_day SET
        n = n - 1,
        n_in_time = n_in_time - (ifnull(OLD.in_time, 0) = 1),
        n_from_filed = n_from_filed - (ifnull(OLD.from_state, '') = 'filed')
    WHERE day = date(OLD.at, '+8 hours') AND actor_id = OLD.actor_id AND role = OLD.role
      AND action = OLD.action;
    DELETE FROM kpi_post_day
    WHERE day = date(OLD.at, '+8 hours') AND actor_id = OLD.actor_id AND role = OLD.role
      AND action = OLD.action AND n = 0;
END;
DELETE FROM kpi_post_day WHERE n = 0;
