-- SPDX-License-Identifier: GPL-3.0-or-later
-- 回访 results (issue 13, docs/domain.md "回访 and 重办"): one row per 回访 event with its
-- answer as a column, kept by triggers in the transaction of each event (whatever writes
-- case_event: the case service, an import, the hub sync, a sync rewind), so that 群众满意率
-- reads typed rows instead of parsing the payload of every event (Cases::satisfaction).
-- A rowid table so that GDAL and QGIS read it like every other table.
CREATE TABLE case_revisit (
    fid INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    at TEXT NOT NULL,                  -- ISO-8601 UTC, as case_event.at
    result TEXT NOT NULL,              -- satisfied, basic, unsatisfied
    department_id TEXT                 -- the department the case was with (case_event's)
);
CREATE INDEX case_revisit_by_at ON case_revisit(at);
CREATE INDEX case_revisit_by_case ON case_revisit(case_id);

INSERT INTO case_revisit (event_id, case_id, at, result, department_id)
SELECT id, case_id, at, ifnull(json_extract(payload, '$.revisitResult'), ''), department_id
FROM case_event WHERE action = 'revisit';

CREATE TRIGGER case_event_revisit_insert AFTER INSERT ON case_event WHEN NEW.action = 'revisit'
BEGIN
    INSERT OR REPLACE INTO case_revisit (event_id, case_id, at, result, department_id)
    VALUES (NEW.id, NEW.case_id, NEW.at, ifnull(json_extract(NEW.payload, '$.revisitResult'), ''),
            NEW.department_id);
END;
CREATE TRIGGER case_event_revisit_delete AFTER DELETE ON case_event WHEN OLD.action = 'revisit'
BEGIN
    DELETE FROM case_revisit WHERE event_id = OLD.id;
END;
