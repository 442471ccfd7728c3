-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 8: the centre's rules (dictionary with 立案标准/结案标准, stage and
-- disposal limits, routing) as versions (issue 15, docs/config.md). The hub holds them like
-- the users table: only an administrator publishes one (Cases::ConfigStore::import on a
-- workstation, then its push), the hub checks the document again on its own data (codes,
-- limits, routes, the departments and areas they name, the 小类 its cases use), numbers
-- versions one after another, and gives each its own time and author. Versions are written
-- once; every workstation receives them through the pull and applies each in one local
-- transaction. Adds a table and functions, routes the entity in cc.apply_entry and gives its
-- refusals the hub's row in cc.refusal (nothing else of the earlier files changes).

CREATE TABLE cc.config_version (id text PRIMARY KEY, version integer NOT NULL UNIQUE CHECK (version >= 1),
    document text NOT NULL, effective_at text NOT NULL, published_by text NOT NULL,
    published_by_name text NOT NULL, note text NOT NULL DEFAULT '',
    change_seq bigint NOT NULL DEFAULT 0);
CREATE TRIGGER config_version_written_once BEFORE UPDATE OR DELETE ON cc.config_version
    FOR EACH ROW EXECUTE FUNCTION cc.written_once();
INSERT INTO cc.synced_table (position, name, has_geom, key_columns) VALUES (23, 'config_version', false, '{id}');
CREATE TRIGGER config_version_stamp BEFORE INSERT OR UPDATE ON cc.config_version FOR EACH ROW
    EXECUTE FUNCTION cc.stamp();
CREATE INDEX config_version_by_change_seq ON cc.config_version (change_seq);
CREATE TRIGGER config_version_bury AFTER DELETE ON cc.config_version FOR EACH ROW
    EXECUTE FUNCTION cc.bury('id');
CREATE TRIGGER config_version_ring AFTER INSERT OR UPDATE OR DELETE ON cc.config_version
    FOR EACH STATEMENT EXECUTE FUNCTION cc.ring();

-- ---------------------------------------------------------------- checks
-- A time limit as Core::TimeLimit writes it ("4wh", "5wd", "30m", "6h"), positive and at most
-- a year of its unit (Core::CityRules::isPlausible).
CREATE FUNCTION cc.config_limit_ok(value jsonb) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE m text[] := regexp_match(lower(value #>> '{}'), '^\s*([0-9]{1,5})(wh|wd|m|h)\s*$');
BEGIN
    IF jsonb_typeof(value) IS DISTINCT FROM 'string' OR m IS NULL OR m[1]::integer = 0 THEN
        RETURN false;
    END IF;
    RETURN CASE m[2] WHEN 'wd' THEN m[1]::integer <= 250 WHEN 'wh' THEN m[1]::integer <= 2000
                     WHEN 'h' THEN m[1]::integer <= 8760 ELSE true END;
END $$;

-- Why a configuration document may not be published (NULL: it may), as {code, message}: the
-- checks of Core::CityRules::fromJson and Cases::ConfigStore::validate, on the hub's data.
CREATE FUNCTION cc.config_problem(doc jsonb) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
DECLARE bad text; stage record;
BEGIN
    IF jsonb_typeof(doc) IS DISTINCT FROM 'object' OR jsonb_typeof(doc->'majors') IS DISTINCT FROM 'array'
       OR jsonb_typeof(doc->'categories') IS DISTINCT FROM 'array' OR jsonb_array_length(doc->'categories') = 0 THEN
        RETURN ARRAY['config.bad-json', 'The configuration is not an object with lists of majors and categories.'];
    ELSIF COALESCE(doc->>'format', 'citycommand-config') <> 'citycommand-config' OR COALESCE(doc->>'version', '1') <> '1' THEN
        RETURN ARRAY['config.bad-version', 'The configuration is not of format citycommand-config, version 1.'];
    END IF;
    SELECT c->>'kind' || ':' || (c->>'code') INTO bad FROM jsonb_array_elements(doc->'categories') c
     WHERE NOT (c->>'kind' IN ('part', 'event') AND c->>'code' ~ '^[0-9]{4}$' AND right(c->>'code', 2) <> '00')
     LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['config.bad-code', format('The category %s has no valid kind and code.', left(bad, 40))];
    END IF;
    SELECT c->>'kind' || ':' || (c->>'code') INTO bad FROM jsonb_array_elements(doc->'categories') c
     WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(doc->'majors') m
                        WHERE m->>'kind' = c->>'kind' AND m->>'code' = left(c->>'code', 2)) LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['config.unknown-code', format('The category %s belongs to an undeclared major class.', bad)];
    END IF;
    SELECT k INTO bad FROM (SELECT c->>'kind' || ':' || (c->>'code') k FROM jsonb_array_elements(doc->'categories') c) s
     GROUP BY k HAVING count(*) > 1 LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['config.duplicate-code', format('The category %s is listed twice.', bad)];
    END IF;
    SELECT c->>'kind' || ':' || (c->>'code') INTO bad FROM jsonb_array_elements(doc->'categories') c
     WHERE NOT cc.config_limit_ok(c->'limitUrgent') OR NOT cc.config_limit_ok(c->'limitNormal') LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['config.bad-limit', format('The category %s has a limit that is not positive or longer than a year.', bad)];
    END IF;
    IF doc ? 'stageLimits' THEN
        IF jsonb_typeof(doc->'stageLimits') <> 'object' THEN
            RETURN ARRAY['config.bad-field', 'stageLimits is not an object of stages.'];
        END IF;
        FOR stage IN SELECT key, value FROM jsonb_each(doc->'stageLimits') LOOP
            IF NOT stage.key IN ('accept', 'verify', 'file', 'dispatch', 'send-check', 'check', 'close') THEN
                RETURN ARRAY['config.unknown-code', format('Unknown stage %s.', left(stage.key, 40))];
            ELSIF NOT cc.config_limit_ok(stage.value->'urgent') OR NOT cc.config_limit_ok(stage.value->'normal') THEN
                RETURN ARRAY['config.bad-limit', format('The stage %s has a limit that is not positive or longer than a year.', stage.key)];
            END IF;
        END LOOP;
    END IF;
    RETURN cc.config_routing_problem(doc);
END $$;

-- The routing part: known categories, departments and areas, whole priorities, no two routes
-- of one category, area and priority; and no category the hub's cases use goes away.
CREATE FUNCTION cc.config_routing_problem(doc jsonb) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
DECLARE bad text; routes jsonb := COALESCE(doc->'routing'->'routes', '[]'::jsonb);
BEGIN
    IF jsonb_typeof(routes) <> 'array' THEN
        RETURN ARRAY['config.bad-field', 'routing.routes is not a list.'];
    END IF;
    SELECT r->>'category' INTO bad FROM jsonb_array_elements(routes) r
     WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(doc->'categories') c
                        WHERE c->>'kind' || ':' || (c->>'code') = r->>'category') LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['config.unknown-code', format('A route names the category %s, which the dictionary does not have.', left(bad, 40))];
    END IF;
    SELECT r->>'priority' INTO bad FROM jsonb_array_elements(routes) r
     WHERE r ? 'priority' AND (jsonb_typeof(r->'priority') <> 'number' OR NOT (r->>'priority') ~ '^[0-9]{1,4}$'
                               OR (r->>'priority')::integer > 1000) LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['config.bad-field', format('A route has the priority %s; a priority is a whole number from 0 to 1000.', left(bad, 40))];
    END IF;
    SELECT d INTO bad FROM (SELECT r->>'department' d FROM jsonb_array_elements(routes) r
                            UNION ALL SELECT doc->'routing'->>'default' WHERE COALESCE(doc->'routing'->>'default', '') <> '') s
     WHERE d IS NULL OR NOT EXISTS (SELECT 1 FROM cc.department x WHERE x.code = d) LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['config.unknown-department', format('The department "%s" does not exist.', left(COALESCE(bad, ''), 40))];
    END IF;
    SELECT r->>'area' INTO bad FROM jsonb_array_elements(routes) r
     WHERE COALESCE(r->>'area', '') <> '' AND NOT EXISTS (SELECT 1 FROM cc.grid_responsibility g WHERE g.code = r->>'area') LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['config.unknown-area', format('The area "%s" is no responsibility grid.', left(bad, 40))];
    END IF;
    SELECT k INTO bad FROM (SELECT concat_ws(' × ', r->>'category', COALESCE(NULLIF(r->>'area', ''), '*'),
                                             COALESCE(r->>'priority', '0')) k FROM jsonb_array_elements(routes) r) s
     GROUP BY k HAVING count(*) > 1 LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['config.overlapping-route', format('Two routes have the same category, area and priority (%s).', bad)];
    END IF;
    SELECT string_agg(k, ', ') INTO bad FROM (SELECT DISTINCT category_key k FROM cc.case_record
        WHERE category_key NOT IN (SELECT c->>'kind' || ':' || (c->>'code') FROM jsonb_array_elements(doc->'categories') c)
        ORDER BY 1 LIMIT 10) s;
    IF bad IS NOT NULL THEN
        RETURN ARRAY['config.category-in-use', format('Cases use the categories %s, which the configuration removes.', bad)];
    END IF;
    RETURN NULL;
END $$;

-- ---------------------------------------------------------------- publishing
-- One version, by an administrator, the next number after the hub's newest (another
-- administrator's version published first makes this one stale: export, merge, import again).
CREATE FUNCTION cc.apply_config_version(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    r jsonb := entry->'payload'->'row';
    doc jsonb;
    problem text[];
    next_version integer := (SELECT COALESCE(max(version), 0) + 1 FROM cc.config_version);
BEGIN
    IF entry->>'op' <> 'insert' THEN
        RETURN cc.refusal(entry, 'sync.unsupported', 'A configuration version stays as published.');
    ELSIF jsonb_typeof(r) IS DISTINCT FROM 'object' OR r->>'id' IS DISTINCT FROM entry->>'rowId' THEN
        RETURN cc.refusal(entry, 'sync.invalid-entry', 'The entry does not carry the configuration version.');
    ELSIF NOT cc.holds(u, '{admin}') THEN
        RETURN cc.refusal(entry, 'auth.role-not-held',
            format('Only an administrator may publish the centre''s rules; %s is none.', u.login));
    ELSIF r->>'id' IS DISTINCT FROM next_version::text OR r->'version' IS DISTINCT FROM to_jsonb(next_version) THEN
        RETURN cc.refusal(entry, 'config.stale-version',
            format('The hub is at configuration version %s: version %s does not follow it (made on other rules; export, merge, import again).',
                   next_version - 1, left(r->>'id', 20)));
    END IF;
    doc := cc.try_jsonb(r->>'document');
    problem := cc.config_problem(doc);
    IF problem IS NOT NULL THEN
        RETURN cc.refusal(entry, problem[1], problem[2]);
    END IF;
    INSERT INTO cc.config_version (id, version, document, effective_at, published_by, published_by_name, note)
    VALUES (r->>'id', next_version, r->>'document', cc.iso(now()), u.id, u.display_name, left(COALESCE(r->>'note', ''), 500));
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- A refused entry comes back with the hub's version (0006's, with this file's table).
CREATE OR REPLACE FUNCTION cc.refusal(entry jsonb, code text, message text) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE remote jsonb;
BEGIN
    IF entry->>'entity' IN ('campaign', 'survey_item', 'survey_task', 'survey_result', 'kpi_publication', 'config_version')
       OR EXISTS (SELECT 1 FROM cc.row_rule r WHERE r.entity = entry->>'entity') THEN
        remote := jsonb_build_object('row', cc.row_now(entry->>'entity', entry->>'rowId'));
    ELSIF cc.readable(entry->'payload'->>'caseId') THEN
        remote := cc.case_json(entry->'payload'->>'caseId');
    ELSE
        remote := jsonb_build_object('case', NULL, 'events', '[]'::jsonb);
    END IF;
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'rejected', 'code', code,
                              'message', message, 'remote', remote);
END $$;

CREATE OR REPLACE FUNCTION cc.apply_entry(u cc.app_user, e jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN
    IF e->>'entity' = 'case_event' AND e->>'op' = 'action' THEN
        RETURN cc.apply_case_action(u, e);
    ELSIF e->>'entity' = 'attachment_content' AND e->>'op' = 'insert' THEN
        RETURN cc.apply_attachment_content(e);
    END IF;
    CASE e->>'entity'
        WHEN 'campaign' THEN RETURN cc.apply_campaign(u, e);
        WHEN 'survey_item' THEN RETURN cc.apply_survey_item(u, e);
        WHEN 'survey_task' THEN RETURN cc.apply_survey_task(u, e);
        WHEN 'survey_result' THEN RETURN cc.apply_survey_result(u, e);
        WHEN 'kpi_publication' THEN RETURN cc.apply_kpi_publication(u, e);
        WHEN 'config_version' THEN RETURN cc.apply_config_version(u, e);
        ELSE RETURN cc.apply_row_change(u, e);
    END CASE;
END $$;

-- New functions and tables: nobody's but the owner's (the grants of 0001 stay).
REVOKE ALL ON ALL TABLES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;

-- A workstation of schema 7 would not know the table it receives.
UPDATE cc.hub_meta SET value = '8' WHERE key = 'min_client_version';
