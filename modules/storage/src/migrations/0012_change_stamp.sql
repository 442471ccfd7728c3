-- SPDX-License-Identifier: GPL-3.0-or-later
-- What changed, by topic, for the app's change notifier (modules/city): a counter per topic
-- that triggers raise in the transaction of each write, whichever connection or process
-- makes it (the hub sync's own connection, cityctl, another window). PRAGMA data_version
-- says *that* another connection wrote; these counters say *what*, so a grid edit does not
-- reload the case lists and a case step does not re-read the map's grids.
--
-- New cases are seen by the newest case_record fid (no trigger on inserting cases: bulk
-- loads of millions of rows pay nothing), a step on a case by the counter raised when
-- its row changes.
CREATE TABLE change_stamp (
    topic TEXT PRIMARY KEY,
    n INTEGER NOT NULL
);
INSERT INTO change_stamp (topic, n) VALUES ('cases', 0), ('grids', 0), ('components', 0),
    ('cameras', 0), ('reference', 0);

CREATE TRIGGER change_stamp_case_update AFTER UPDATE ON case_record
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'cases'; END;
CREATE TRIGGER change_stamp_case_delete AFTER DELETE ON case_record
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'cases'; END;

CREATE TRIGGER change_stamp_grid_unit_insert AFTER INSERT ON grid_unit
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_grid_unit_update AFTER UPDATE ON grid_unit
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_grid_unit_delete AFTER DELETE ON grid_unit
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_grid_responsibility_insert AFTER INSERT ON grid_responsibility
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_grid_responsibility_update AFTER UPDATE ON grid_responsibility
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_grid_responsibility_delete AFTER DELETE ON grid_responsibility
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_street_insert AFTER INSERT ON street
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_street_update AFTER UPDATE ON street
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_street_delete AFTER DELETE ON street
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_community_insert AFTER INSERT ON community
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_community_update AFTER UPDATE ON community
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;
CREATE TRIGGER change_stamp_community_delete AFTER DELETE ON community
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'; END;

CREATE TRIGGER change_stamp_component_insert AFTER INSERT ON component
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'components'; END;
CREATE TRIGGER change_stamp_component_update AFTER UPDATE ON component
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'components'; END;
CREATE TRIGGER change_stamp_component_delete AFTER DELETE ON component
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'components'; END;

CREATE TRIGGER change_stamp_camera_insert AFTER INSERT ON camera
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'cameras'; END;
CREATE TRIGGER change_stamp_camera_update AFTER UPDATE ON camera
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'cameras'; END;
CREATE TRIGGER change_stamp_camera_delete AFTER DELETE ON camera
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'cameras'; END;

-- Reference data: departments, users and roles, categories, the calendar and the settings
-- (not the sync engine's own bookkeeping, "sync.*", which changes on every sync).
CREATE TRIGGER change_stamp_department_insert AFTER INSERT ON department
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_department_update AFTER UPDATE ON department
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_department_delete AFTER DELETE ON department
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_app_user_insert AFTER INSERT ON app_user
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_app_user_update AFTER UPDATE ON app_user
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_app_user_delete AFTER DELETE ON app_user
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_category_insert AFTER INSERT ON category
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_category_update AFTER UPDATE ON category
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_category_delete AFTER DELETE ON category
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_work_calendar_insert AFTER INSERT ON work_calendar
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_work_calendar_update AFTER UPDATE ON work_calendar
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_setting_insert AFTER INSERT ON setting WHEN NEW.key NOT LIKE 'sync.%'
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
CREATE TRIGGER change_stamp_setting_update AFTER UPDATE ON setting WHEN NEW.key NOT LIKE 'sync.%'
BEGIN UPDATE change_stamp SET n = n + 1 WHERE topic = 'reference'; END;
