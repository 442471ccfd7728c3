-- SPDX-License-Identifier: GPL-3.0-or-later
-- The hotspot layer and the recurring-problem list (docs/hotspots.md) read every case reported
-- in a period: where, which 小类, whether it counts. This index holds exactly those columns, so
-- a year of 650 k cases is one range read of ~45 MB of index instead of ~650 k table rows
-- with their descriptions and addresses. Reopened cases (重办: a step out of 已结案) are found
-- by their event in a small partial index.
CREATE INDEX case_record_for_hotspots ON case_record(reported_at, category_key, state, geom);
CREATE INDEX case_event_reopened ON case_event(at, case_id)
    WHERE from_state = 'closed' AND to_state NOT IN ('closed', 'rejected', 'cancelled');
