-- SPDX-License-Identifier: GPL-3.0-or-later
-- Published figures travel through the hub (hub schema 6, docs/hub.md): each row gets the id
-- the hub keys it by, "first_day/last_day/scope" (one per period and scope, as the UNIQUE of
-- 0014 says). Still written once, except by the sync client replacing a row with the hub's
-- (a race of two publishers: the hub's is the one issued) while it holds sync.rewinding = '1'
-- in its own transaction, as for case events (0006).
DROP TRIGGER kpi_publication_no_update;
DROP TRIGGER kpi_publication_no_delete;
ALTER TABLE kpi_publication ADD COLUMN id TEXT;
UPDATE kpi_publication SET id = first_day || '/' || last_day || '/' || scope;
CREATE UNIQUE INDEX kpi_publication_by_id ON kpi_publication(id);
CREATE TRIGGER kpi_publication_no_update BEFORE UPDATE ON kpi_publication
WHEN (SELECT value FROM setting WHERE key = 'sync.rewinding') IS NOT '1'
BEGIN SELECT RAISE(ABORT, 'kpi_publication is written once'); END;
CREATE TRIGGER kpi_publication_no_delete BEFORE DELETE ON kpi_publication
WHEN (SELECT value FROM setting WHERE key = 'sync.rewinding') IS NOT '1'
BEGIN SELECT RAISE(ABORT, 'kpi_publication is written once'); END;
