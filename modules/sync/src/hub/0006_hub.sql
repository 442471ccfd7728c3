-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 6: 专项整治 campaigns, 专项普查 (survey items, counting tasks,
-- collectors' results) and published KPI periods travel through the hub like the rest
-- (issue 13; docs/hub.md "Campaigns, surveys and published figures"). The tables are the local
-- ones (storage migrations 0014/0015/0017/0023) with change_seq; a workstation's row change of
-- them is re-checked here with the same rules as Cases::CampaignStore, Cases::SurveyStore and
-- Cases::KpiPublisher, on the hub's own data: who acts is the connection's user (its roles on
-- the hub), every code and reference is looked up here, times (created_at, updated_at,
-- published_at) and authors (assigned_by, submitted_by, published_by) are the hub's. A refusal
-- hands back the hub's row (none: the workstation drops its copy; the conflict keeps it).
-- Applied by `cityctl hub init` after 0005; adds tables and functions, routes the five
-- entities in cc.apply_entry and gives their refusals the hub's row in cc.refusal (nothing
-- else of the earlier files changes).

CREATE TABLE cc.campaign (id text PRIMARY KEY, name text NOT NULL UNIQUE, starts_on text NOT NULL,
    ends_on text NOT NULL, street_codes text NOT NULL DEFAULT '[]',
    community_codes text NOT NULL DEFAULT '[]', responsibility_codes text NOT NULL DEFAULT '[]',
    grid_codes text NOT NULL DEFAULT '[]', polygon text NOT NULL DEFAULT '[]',
    categories text NOT NULL DEFAULT '[]', created_at text NOT NULL,
    change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.survey_item (id text PRIMARY KEY, campaign_id text NOT NULL REFERENCES cc.campaign(id),
    name text NOT NULL, position integer NOT NULL, created_at text NOT NULL, updated_at text NOT NULL,
    change_seq bigint NOT NULL DEFAULT 0, UNIQUE (campaign_id, name));
CREATE TABLE cc.survey_task (id text PRIMARY KEY, campaign_id text NOT NULL REFERENCES cc.campaign(id),
    grid_code text NOT NULL, collector_id text NOT NULL, assigned_by text NOT NULL,
    created_at text NOT NULL, updated_at text NOT NULL, change_seq bigint NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, grid_code));
CREATE TABLE cc.survey_result (id text PRIMARY KEY, task_id text NOT NULL REFERENCES cc.survey_task(id),
    item_id text NOT NULL REFERENCES cc.survey_item(id),
    checked integer NOT NULL CHECK (checked >= 0),
    problems integer NOT NULL CHECK (problems >= 0 AND problems <= checked),
    surveyed_on text NOT NULL, note text NOT NULL DEFAULT '', submitted_by text NOT NULL,
    created_at text NOT NULL, updated_at text NOT NULL, change_seq bigint NOT NULL DEFAULT 0,
    UNIQUE (task_id, item_id));
-- Published figures stay published: written once, here as on every workstation.
CREATE TABLE cc.kpi_publication (id text PRIMARY KEY, first_day text NOT NULL, last_day text NOT NULL,
    scope text NOT NULL, published_at text NOT NULL, published_by text NOT NULL,
    published_by_name text NOT NULL, rules text NOT NULL, rows text NOT NULL,
    change_seq bigint NOT NULL DEFAULT 0, UNIQUE (first_day, last_day, scope));
CREATE FUNCTION cc.written_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is written once', TG_TABLE_NAME USING ERRCODE = 'CCK01';
END $$;
CREATE TRIGGER kpi_publication_written_once BEFORE UPDATE OR DELETE ON cc.kpi_publication
    FOR EACH ROW EXECUTE FUNCTION cc.written_once();

-- Synced like every table: stamped, buried when deleted, ringing the doorbell.
INSERT INTO cc.synced_table (position, name, has_geom, key_columns) VALUES
    (18, 'campaign', false, '{id}'), (19, 'survey_item', false, '{id}'),
    (20, 'survey_task', false, '{id}'), (21, 'survey_result', false, '{id}'),
    (22, 'kpi_publication', false, '{id}');
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['campaign', 'survey_item', 'survey_task', 'survey_result', 'kpi_publication'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON cc.%I FOR EACH ROW '
                       'EXECUTE FUNCTION cc.stamp()', t || '_stamp', t);
        EXECUTE format('CREATE INDEX %I ON cc.%I (change_seq)', t || '_by_change_seq', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON cc.%I FOR EACH ROW EXECUTE FUNCTION cc.bury(''id'')',
                       t || '_bury', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON cc.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION cc.ring()', t || '_ring', t);
    END LOOP;
END $$;

-- ---------------------------------------------------------------- helpers
-- Text that is JSON, else NULL (a malformed column is refused, not an error of the push).
CREATE FUNCTION cc.try_jsonb(value text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN value::jsonb;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

-- A local date as the workstations write it (YYYY-MM-DD), else NULL.
CREATE FUNCTION cc.parse_day(value text) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF value IS NULL OR value !~ '^\d{4}-\d{2}-\d{2}$' THEN
        RETURN NULL;
    END IF;
    RETURN value::date;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

-- A JSON array of at most `most` strings, else NULL.
CREATE FUNCTION cc.code_list(value text, most integer) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE j jsonb := cc.try_jsonb(value);
BEGIN
    IF jsonb_typeof(j) IS DISTINCT FROM 'array' OR jsonb_array_length(j) > most
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(j) x WHERE jsonb_typeof(x) <> 'string') THEN
        RETURN NULL;
    END IF;
    RETURN j;
END $$;

-- The drawn area of a campaign ([[[lon, lat], …], …]: rings of corners, closed or not) as a
-- polygon; NULL for none ([]); raises on anything else.
CREATE FUNCTION cc.campaign_shape(rings jsonb) RETURNS geometry LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE ring jsonb; lines geometry[] := '{}'; line geometry;
BEGIN
    IF jsonb_typeof(rings) <> 'array' THEN
        RAISE EXCEPTION 'not a list of rings';
    END IF;
    IF jsonb_array_length(rings) = 0 THEN
        RETURN NULL;
    END IF;
    FOR ring IN SELECT r FROM jsonb_array_elements(rings) r LOOP
        IF jsonb_array_length(ring) > 10000
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(ring) p
                       WHERE NOT abs((p->>0)::float8) <= 180 OR NOT abs((p->>1)::float8) <= 90) THEN
            RAISE EXCEPTION 'not a ring of longitudes and latitudes';
        END IF;
        SELECT ST_MakeLine(array_agg(ST_MakePoint((p->>0)::float8, (p->>1)::float8) ORDER BY n))
          INTO line FROM jsonb_array_elements(ring) WITH ORDINALITY AS c(p, n);
        IF NOT ST_IsClosed(line) THEN
            line := ST_AddPoint(line, ST_StartPoint(line));
        END IF;
        lines := lines || line;
    END LOOP;
    RETURN ST_SetSRID(ST_MakePolygon(lines[1], lines[2:]), 4490);
END $$;

-- A refused entry comes back with the hub's version (0002's, unchanged for the other tables):
-- for a change of one of this file's tables the hub's row (NULL: it has none, the workstation
-- drops its copy). The push builds every refusal through here, also a group's.
CREATE OR REPLACE FUNCTION cc.refusal(entry jsonb, code text, message text) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE remote jsonb;
BEGIN
    IF entry->>'entity' IN ('campaign', 'survey_item', 'survey_task', 'survey_result', 'kpi_publication')
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
CREATE FUNCTION cc.survey_refusal(entry jsonb, code text, message text) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT cc.refusal(entry, code, message)
$$;

CREATE FUNCTION cc.holds(u cc.app_user, roles text[]) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM cc.user_role WHERE user_id = u.id AND role = ANY(roles))
$$;

-- ---------------------------------------------------------------- campaigns
-- Why a campaign row may not be (NULL: it may), as CampaignStore::check says it.
CREATE FUNCTION cc.campaign_problem(r jsonb) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    first_day date := cc.parse_day(r->>'starts_on');
    last_day date := cc.parse_day(r->>'ends_on');
    list jsonb;
    kinds text[][] := ARRAY[['street_codes', 'street', 'campaign.unknown-street'],
                            ['community_codes', 'community', 'campaign.unknown-community'],
                            ['responsibility_codes', 'grid_responsibility', 'campaign.unknown-grid'],
                            ['grid_codes', 'grid_unit', 'campaign.unknown-grid']];
    i integer;
    unknown text;
    has_area boolean := false;
    shape geometry;
BEGIN
    IF btrim(COALESCE(r->>'name', '')) = '' OR char_length(btrim(r->>'name')) > 80 THEN
        RETURN ARRAY['campaign.bad-name', 'A campaign needs a name of 1 to 80 characters.'];
    END IF;
    IF EXISTS (SELECT 1 FROM cc.campaign WHERE name = btrim(r->>'name')) THEN
        RETURN ARRAY['campaign.duplicate-name', format('There is a campaign “%s” already.', btrim(r->>'name'))];
    END IF;
    IF first_day IS NULL OR last_day IS NULL OR last_day < first_day OR last_day - first_day >= 366 THEN
        RETURN ARRAY['campaign.bad-period', 'A campaign runs from a first to a last day, at most 366 days.'];
    END IF;
    FOR i IN 1 .. 4 LOOP
        list := cc.code_list(r->>kinds[i][1], 500);
        IF list IS NULL THEN
            RETURN ARRAY['campaign.too-many', 'A campaign lists at most 500 codes of each kind.'];
        END IF;
        has_area := has_area OR jsonb_array_length(list) > 0;
        EXECUTE format('SELECT x FROM jsonb_array_elements_text($1) x '
                       'WHERE NOT EXISTS (SELECT 1 FROM cc.%I t WHERE t.code = x) LIMIT 1', kinds[i][2])
            INTO unknown USING list;
        IF unknown IS NOT NULL THEN
            RETURN ARRAY[kinds[i][3], format('There is no street, community or grid with code “%s”.', left(unknown, 40))];
        END IF;
    END LOOP;
    BEGIN
        shape := cc.campaign_shape(cc.try_jsonb(r->>'polygon'));
    EXCEPTION WHEN others THEN
        RETURN ARRAY['campaign.bad-polygon', 'A drawn area needs at least 3 different corners (and at most 10,000).'];
    END;
    IF shape IS NOT NULL THEN
        has_area := true;
        IF NOT ST_IsValid(shape) THEN
            RETURN ARRAY['campaign.polygon-invalid',
                         format('The drawn area''s edges cross each other: %s.', ST_IsValidReason(shape))];
        ELSIF ST_Area(shape::geography) < 100 THEN
            RETURN ARRAY['campaign.polygon-too-small',
                         format('The drawn area covers only %s m²; a campaign area needs at least 100 m².',
                                round(ST_Area(shape::geography)))];
        ELSIF NOT EXISTS (SELECT 1 FROM cc.grid_unit g WHERE ST_Intersects(g.geom, shape)) THEN
            RETURN ARRAY['campaign.polygon-outside', 'The drawn area lies outside the city: it covers none of its unit grids.'];
        END IF;
    END IF;
    IF NOT has_area THEN
        RETURN ARRAY['campaign.no-area', 'Say where the campaign runs: streets, communities, grids or a drawn area.'];
    END IF;
    list := cc.code_list(r->>'categories', 500);
    IF list IS NULL THEN
        RETURN ARRAY['campaign.too-many', 'A campaign lists at most 500 codes of each kind.'];
    END IF;
    -- A key ("event:0102"), or a whole 大类 ("event:01").
    SELECT x INTO unknown FROM jsonb_array_elements_text(list) x
     WHERE NOT EXISTS (SELECT 1 FROM cc.category c WHERE c.key = x
                          OR (length(split_part(x, ':', 2)) = 2 AND split_part(c.key, ':', 1) = split_part(x, ':', 1)
                              AND c.major_code = split_part(x, ':', 2)))
     LIMIT 1;
    IF unknown IS NOT NULL THEN
        RETURN ARRAY['campaign.unknown-category', format('Unknown category “%s”.', left(unknown, 40))];
    END IF;
    RETURN NULL;
END $$;

-- Only a shift leader or an administrator defines a campaign; campaigns are not edited.
CREATE FUNCTION cc.apply_campaign(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE r jsonb := entry->'payload'->'row'; problem text[];
BEGIN
    IF entry->>'op' <> 'insert' THEN
        RETURN cc.survey_refusal(entry, 'sync.unsupported', 'Campaigns are defined, not changed or deleted.');
    ELSIF jsonb_typeof(r) IS DISTINCT FROM 'object' OR r->>'id' IS DISTINCT FROM entry->>'rowId' THEN
        RETURN cc.survey_refusal(entry, 'sync.invalid-entry', 'The entry does not carry the campaign.');
    ELSIF NOT cc.holds(u, '{shift-leader,admin}') THEN
        RETURN cc.survey_refusal(entry, 'campaign.forbidden-role',
            format('Only a shift leader or an administrator may define campaigns; %s is neither.', u.login));
    ELSIF EXISTS (SELECT 1 FROM cc.campaign WHERE id = r->>'id') THEN
        RETURN cc.survey_refusal(entry, 'row.exists', format('The hub has campaign %s already.', r->>'id'));
    END IF;
    problem := cc.campaign_problem(r);
    IF problem IS NOT NULL THEN
        RETURN cc.survey_refusal(entry, problem[1], problem[2]);
    END IF;
    INSERT INTO cc.campaign (id, name, starts_on, ends_on, street_codes, community_codes,
                             responsibility_codes, grid_codes, polygon, categories, created_at)
    VALUES (r->>'id', btrim(r->>'name'), r->>'starts_on', r->>'ends_on', r->>'street_codes',
            r->>'community_codes', r->>'responsibility_codes', r->>'grid_codes',
            COALESCE(r->>'polygon', '[]'), r->>'categories', cc.iso(now()));
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- ---------------------------------------------------------------- survey items and tasks
-- Items: a shift leader or administrator replaces a survey's list (its deletes and inserts
-- travel as one group) until the first counts are stored.
CREATE FUNCTION cc.apply_survey_item(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE r jsonb := entry->'payload'->'row'; survey text; item cc.survey_item; name text;
BEGIN
    IF NOT cc.holds(u, '{shift-leader,admin}') THEN
        RETURN cc.survey_refusal(entry, 'survey.forbidden-role',
            format('Only a shift leader or an administrator sets survey items; %s is neither.', u.login));
    END IF;
    SELECT * INTO item FROM cc.survey_item WHERE id = entry->>'rowId';
    survey := CASE WHEN entry->>'op' = 'insert' THEN r->>'campaign_id' ELSE item.campaign_id END;
    IF EXISTS (SELECT 1 FROM cc.survey_result s JOIN cc.survey_task t ON t.id = s.task_id
                WHERE t.campaign_id = survey) THEN
        RETURN cc.survey_refusal(entry, 'survey.items-locked',
            'Collectors have submitted counts already: the items stay as they are.');
    END IF;
    IF entry->>'op' = 'delete' THEN
        DELETE FROM cc.survey_item WHERE id = entry->>'rowId'; -- none there: nothing to do
        RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
    ELSIF entry->>'op' <> 'insert' THEN
        RETURN cc.survey_refusal(entry, 'sync.unsupported', 'Survey items are set anew, not changed.');
    ELSIF jsonb_typeof(r) IS DISTINCT FROM 'object' OR r->>'id' IS DISTINCT FROM entry->>'rowId'
          OR item.id IS NOT NULL THEN
        RETURN cc.survey_refusal(entry, 'sync.invalid-entry', 'The entry does not carry a new survey item.');
    ELSIF NOT EXISTS (SELECT 1 FROM cc.campaign WHERE id = survey) THEN
        RETURN cc.survey_refusal(entry, 'campaign.not-found', 'The hub has no such campaign.');
    END IF;
    name := btrim(COALESCE(r->>'name', ''));
    IF name = '' OR char_length(name) > 40 OR jsonb_typeof(r->'position') IS DISTINCT FROM 'number'
       OR EXISTS (SELECT 1 FROM cc.survey_item WHERE campaign_id = survey AND survey_item.name = btrim(r->>'name'))
       OR (SELECT count(*) FROM cc.survey_item WHERE campaign_id = survey) >= 20 THEN
        RETURN cc.survey_refusal(entry, 'survey.bad-item',
            'A survey counts 1 to 20 distinct items, each named in 1 to 40 characters.');
    END IF;
    INSERT INTO cc.survey_item (id, campaign_id, name, position, created_at, updated_at)
    VALUES (r->>'id', survey, name, (r->>'position')::numeric::integer, cc.iso(now()), cc.iso(now()));
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- Whether a unit grid lies in a campaign's area (any grid when the area is drawn).
CREATE FUNCTION cc.grid_in_campaign(c cc.campaign, g cc.grid_unit) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT c.polygon::jsonb <> '[]'::jsonb
        OR c.grid_codes::jsonb ? g.code
        OR c.responsibility_codes::jsonb ? g.responsibility_code
        OR c.community_codes::jsonb ? g.community_code
        OR c.street_codes::jsonb ? (SELECT street_code FROM cc.community WHERE code = g.community_code)
$$;

-- A counting task: one unit grid of the survey's area for one active collector.
CREATE FUNCTION cc.apply_survey_task(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE r jsonb := entry->'payload'->'row'; c cc.campaign; g cc.grid_unit;
BEGIN
    IF entry->>'op' <> 'insert' THEN
        RETURN cc.survey_refusal(entry, 'sync.unsupported', 'Survey tasks are given, not changed or taken back.');
    ELSIF jsonb_typeof(r) IS DISTINCT FROM 'object' OR r->>'id' IS DISTINCT FROM entry->>'rowId'
          OR EXISTS (SELECT 1 FROM cc.survey_task WHERE id = r->>'id') THEN
        RETURN cc.survey_refusal(entry, 'sync.invalid-entry', 'The entry does not carry a new survey task.');
    ELSIF NOT cc.holds(u, '{shift-leader,admin}') THEN
        RETURN cc.survey_refusal(entry, 'survey.forbidden-role',
            format('Only a shift leader or an administrator gives survey tasks; %s is neither.', u.login));
    END IF;
    SELECT * INTO c FROM cc.campaign WHERE id = r->>'campaign_id';
    IF NOT FOUND THEN
        RETURN cc.survey_refusal(entry, 'campaign.not-found', 'The hub has no such campaign.');
    ELSIF NOT EXISTS (SELECT 1 FROM cc.survey_item WHERE campaign_id = c.id) THEN
        RETURN cc.survey_refusal(entry, 'survey.not-a-survey', format('“%s” counts no survey items.', c.name));
    END IF;
    SELECT * INTO g FROM cc.grid_unit WHERE code = r->>'grid_code';
    IF NOT FOUND THEN
        RETURN cc.survey_refusal(entry, 'survey.unknown-grid', format('There is no unit grid “%s”.', left(r->>'grid_code', 40)));
    ELSIF NOT cc.grid_in_campaign(c, g) THEN
        RETURN cc.survey_refusal(entry, 'survey.grid-outside', format('Grid %s is not in the area of “%s”.', g.code, c.name));
    ELSIF NOT EXISTS (SELECT 1 FROM cc.app_user a JOIN cc.user_role ur ON ur.user_id = a.id
                       WHERE a.id = r->>'collector_id' AND a.active = 1 AND ur.role = 'collector') THEN
        RETURN cc.survey_refusal(entry, 'survey.not-collector', 'The task is not given to an active collector.');
    ELSIF EXISTS (SELECT 1 FROM cc.survey_task WHERE campaign_id = c.id AND grid_code = g.code) THEN
        RETURN cc.survey_refusal(entry, 'survey.duplicate-task',
            format('Grid %s has a survey task of “%s” already.', g.code, c.name));
    END IF;
    INSERT INTO cc.survey_task (id, campaign_id, grid_code, collector_id, assigned_by, created_at, updated_at)
    VALUES (r->>'id', c.id, g.code, r->>'collector_id', u.id, cc.iso(now()), cc.iso(now()));
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- ---------------------------------------------------------------- survey results
-- One item's counts, by the collector the task is given to; a later submission of the item
-- replaces the counts (the hub's row keeps its id).
CREATE FUNCTION cc.apply_survey_result(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    r jsonb := entry->'payload'->'row';
    t cc.survey_task;
    c cc.campaign;
    day date := cc.parse_day(r->>'surveyed_on');
BEGIN
    IF entry->>'op' NOT IN ('insert', 'update') THEN
        RETURN cc.survey_refusal(entry, 'sync.unsupported', 'Survey counts are submitted, not deleted.');
    ELSIF jsonb_typeof(r) IS DISTINCT FROM 'object' OR r->>'id' IS DISTINCT FROM entry->>'rowId' THEN
        RETURN cc.survey_refusal(entry, 'sync.invalid-entry', 'The entry does not carry the counts.');
    ELSIF NOT cc.holds(u, '{collector}') THEN
        RETURN cc.survey_refusal(entry, 'survey.forbidden-role',
            'Only the collector a survey task is given to submits its counts.');
    END IF;
    SELECT * INTO t FROM cc.survey_task WHERE id = r->>'task_id';
    IF NOT FOUND THEN
        RETURN cc.survey_refusal(entry, 'survey.unknown-task', 'The hub has no such survey task.');
    ELSIF t.collector_id <> u.id THEN
        RETURN cc.survey_refusal(entry, 'survey.not-assigned', 'This survey task is given to another collector.');
    ELSIF NOT EXISTS (SELECT 1 FROM cc.survey_item WHERE id = r->>'item_id' AND campaign_id = t.campaign_id) THEN
        RETURN cc.survey_refusal(entry, 'survey.unknown-item', 'The counts are of an item the survey does not count.');
    ELSIF jsonb_typeof(r->'checked') IS DISTINCT FROM 'number' OR jsonb_typeof(r->'problems') IS DISTINCT FROM 'number'
          OR (r->>'checked')::numeric NOT BETWEEN 0 AND 100000 OR (r->>'problems')::numeric < 0
          OR (r->>'problems')::numeric > (r->>'checked')::numeric
          OR (r->>'checked')::numeric % 1 <> 0 OR (r->>'problems')::numeric % 1 <> 0 THEN
        RETURN cc.survey_refusal(entry, 'survey.bad-count',
            'Counts are whole numbers from 0 to 100000, the problems found at most the number checked.');
    ELSIF char_length(COALESCE(r->>'note', '')) > 500 THEN
        RETURN cc.survey_refusal(entry, 'survey.bad-note', 'A note has at most 500 characters.');
    END IF;
    SELECT * INTO c FROM cc.campaign WHERE id = t.campaign_id;
    IF day IS NULL OR day < c.starts_on::date OR day > c.ends_on::date OR day > cc.local_day(now()) THEN
        RETURN cc.survey_refusal(entry, 'survey.out-of-period',
            format('The survey day must lie within %s – %s and not after today.', c.starts_on, c.ends_on));
    END IF;
    INSERT INTO cc.survey_result AS s (id, task_id, item_id, checked, problems, surveyed_on, note,
                                       submitted_by, created_at, updated_at)
    VALUES (r->>'id', t.id, r->>'item_id', (r->>'checked')::numeric::integer, (r->>'problems')::numeric::integer,
            r->>'surveyed_on', COALESCE(r->>'note', ''), u.id, cc.iso(now()), cc.iso(now()))
    ON CONFLICT (task_id, item_id) DO UPDATE SET checked = excluded.checked, problems = excluded.problems,
        surveyed_on = excluded.surveyed_on, note = excluded.note, submitted_by = excluded.submitted_by,
        updated_at = excluded.updated_at;
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- ---------------------------------------------------------------- published figures
-- One scope of a published period (KpiPublisher::publish: every scope of the period in one
-- group), by a shift leader or an administrator, once, after the period has ended on the hub's
-- clock. The figures are the publisher's (the hub does not count cases); their shape is checked.
CREATE FUNCTION cc.apply_kpi_publication(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    r jsonb := entry->'payload'->'row';
    first_day date := cc.parse_day(r->>'first_day');
    last_day date := cc.parse_day(r->>'last_day');
    figures jsonb := cc.try_jsonb(r->>'rows');
BEGIN
    IF entry->>'op' <> 'insert' THEN
        RETURN cc.survey_refusal(entry, 'sync.unsupported', 'Published figures stay as issued.');
    ELSIF jsonb_typeof(r) IS DISTINCT FROM 'object' OR r->>'id' IS DISTINCT FROM entry->>'rowId' THEN
        RETURN cc.survey_refusal(entry, 'sync.invalid-entry', 'The entry does not carry the published figures.');
    ELSIF NOT cc.holds(u, '{shift-leader,admin}') THEN
        RETURN cc.survey_refusal(entry, 'kpi.forbidden-role',
            format('Only a shift leader or an administrator may publish evaluation figures; %s is neither.', u.login));
    ELSIF first_day IS NULL OR last_day IS NULL OR last_day < first_day OR first_day < date '2000-01-01'
          OR last_day - first_day + 1 > 366 OR NOT r->>'scope' IN ('city', 'street', 'community', 'grid',
             'unit-grid', 'department', 'post', 'channel', 'kind', 'class')
          OR r->>'id' IS DISTINCT FROM concat_ws('/', r->>'first_day', r->>'last_day', r->>'scope') THEN
        RETURN cc.survey_refusal(entry, 'kpi.period', 'A published period is a known scope over at most 366 days.');
    ELSIF last_day >= cc.local_day(now()) THEN
        RETURN cc.survey_refusal(entry, 'kpi.period-not-ended',
            format('The period ends on %s: it can be published from the next day on.', last_day));
    ELSIF jsonb_typeof(figures) IS DISTINCT FROM 'array'
          OR jsonb_typeof(cc.try_jsonb(r->>'rules')) IS DISTINCT FROM 'object'
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(figures) f
                      WHERE jsonb_typeof(f) <> 'object' OR jsonb_typeof(f->'key') IS DISTINCT FROM 'string'
                         OR jsonb_typeof(f->'name') IS DISTINCT FROM 'string') THEN
        RETURN cc.survey_refusal(entry, 'kpi.bad-figures', 'The published figures are not rows of key, name and counts.');
    ELSIF EXISTS (SELECT 1 FROM cc.kpi_publication p WHERE p.id = r->>'id') THEN
        RETURN cc.survey_refusal(entry, 'kpi.already-published',
            format('The figures of %s – %s are already published; published figures stay as issued.', first_day, last_day));
    END IF;
    INSERT INTO cc.kpi_publication (id, first_day, last_day, scope, published_at, published_by,
                                    published_by_name, rules, rows)
    VALUES (r->>'id', r->>'first_day', r->>'last_day', r->>'scope', cc.iso(now()), u.id, u.display_name,
            r->>'rules', r->>'rows');
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- ---------------------------------------------------------------- routing
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
        ELSE RETURN cc.apply_row_change(u, e);
    END CASE;
END $$;

-- New functions and tables: nobody's but the owner's (the grants of 0001 stay).
REVOKE ALL ON ALL TABLES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;

-- A workstation of schema 5 would not know the tables it receives.
UPDATE cc.hub_meta SET value = '6' WHERE key = 'min_client_version';
