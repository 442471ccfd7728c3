-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 1 (docs/design.md §3, §5; docs/hub.md): the tables of the local GeoPackage in
-- PostGIS (same names and columns; geometry as PostGIS geometry in EPSG:4490; times as the
-- same ISO-8601 UTC text the workstations store), a global change_seq stamped on every change,
-- and the SECURITY DEFINER functions that are the only way a workstation reads or writes.
-- Run by `cityctl hub init` as the role cc_hub_owner, which owns everything here.

CREATE SCHEMA cc;
CREATE SEQUENCE cc.change_seq;

CREATE TABLE cc.hub_meta (key text PRIMARY KEY, value text NOT NULL);

-- (state, resume state, action, role) → next state, generated from Core::CaseStateMachine by
-- `cityctl hub init`, so the hub checks against the very table the workstations use.
CREATE TABLE cc.transition (
    from_state text NOT NULL, resume_state text NOT NULL, action text NOT NULL,
    role text NOT NULL, to_state text NOT NULL,
    PRIMARY KEY (from_state, resume_state, action, role));

-- ---------------------------------------------------------------- reference
CREATE TABLE cc.category (
    key text PRIMARY KEY, kind text NOT NULL, code text NOT NULL, major_code text NOT NULL,
    name_zh text NOT NULL, name_en text NOT NULL, limit_urgent text NOT NULL,
    limit_normal text NOT NULL, filing_conditions text NOT NULL DEFAULT '[]',
    closing_conditions text NOT NULL DEFAULT '[]', department_type text NOT NULL DEFAULT '',
    change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.department (
    id text PRIMARY KEY, code text NOT NULL UNIQUE, name_zh text NOT NULL,
    name_en text NOT NULL DEFAULT '', level integer NOT NULL DEFAULT 1, parent_id text,
    department_type text NOT NULL DEFAULT '', phone text NOT NULL DEFAULT '',
    updated_at text NOT NULL, change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.department_category (
    department_id text NOT NULL, category_key text NOT NULL,
    responsibility_code text NOT NULL DEFAULT '', change_seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (department_id, category_key, responsibility_code));
CREATE TABLE cc.app_user (
    id text PRIMARY KEY, login text NOT NULL UNIQUE, display_name text NOT NULL,
    password_hash text NOT NULL DEFAULT '', department_id text,
    responsibility_code text NOT NULL DEFAULT '', phone text NOT NULL DEFAULT '',
    active integer NOT NULL DEFAULT 1, updated_at text NOT NULL,
    change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.user_role (
    user_id text NOT NULL REFERENCES cc.app_user(id), role text NOT NULL,
    PRIMARY KEY (user_id, role));
CREATE TABLE cc.work_calendar (
    id text PRIMARY KEY, definition text NOT NULL, updated_at text NOT NULL,
    change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.setting (key text PRIMARY KEY, value text NOT NULL,
    change_seq bigint NOT NULL DEFAULT 0);

-- Which PostgreSQL login is which CityCommand user.
CREATE TABLE cc.hub_login (pg_role name PRIMARY KEY, user_id text NOT NULL UNIQUE REFERENCES cc.app_user(id));

-- ---------------------------------------------------------------- spatial
CREATE TABLE cc.street (id text PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL,
    geom geometry(Polygon, 4490), change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.community (id text PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL,
    street_code text NOT NULL, geom geometry(Polygon, 4490), change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.grid_responsibility (id text PRIMARY KEY, code text NOT NULL UNIQUE,
    name text NOT NULL, geom geometry(Polygon, 4490), change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.grid_unit (id text PRIMARY KEY, code text NOT NULL UNIQUE,
    community_code text NOT NULL, responsibility_code text NOT NULL,
    area_m2 double precision NOT NULL DEFAULT 0, version integer NOT NULL DEFAULT 1,
    updated_at text NOT NULL, geom geometry(Polygon, 4490), change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.component (id text PRIMARY KEY, object_code text NOT NULL UNIQUE,
    category_code text NOT NULL, name text NOT NULL DEFAULT '', state text NOT NULL DEFAULT '完好',
    department_id text, grid_code text NOT NULL DEFAULT '', installed_on text,
    updated_at text NOT NULL, geom geometry(Point, 4490), change_seq bigint NOT NULL DEFAULT 0);
CREATE TABLE cc.camera (id text PRIMARY KEY, component_code text NOT NULL DEFAULT '',
    name text NOT NULL, url_main text NOT NULL, url_sub text NOT NULL DEFAULT '',
    ptz integer NOT NULL DEFAULT 0, grid_code text NOT NULL DEFAULT '',
    group_name text NOT NULL DEFAULT '', updated_at text NOT NULL, geom geometry(Point, 4490),
    change_seq bigint NOT NULL DEFAULT 0);

-- ---------------------------------------------------------------- cases
CREATE TABLE cc.case_record (
    id text PRIMARY KEY, number text NOT NULL UNIQUE, channel text NOT NULL, kind text NOT NULL,
    category_key text NOT NULL, level text NOT NULL, description text NOT NULL DEFAULT '',
    address text NOT NULL DEFAULT '', component_code text NOT NULL DEFAULT '',
    grid_code text NOT NULL DEFAULT '', responsibility_code text NOT NULL DEFAULT '',
    community_code text NOT NULL DEFAULT '', reporter text NOT NULL DEFAULT '',
    state text NOT NULL, resume_state text NOT NULL DEFAULT '', department_id text,
    stage text NOT NULL DEFAULT '', stage_started_at text, stage_deadline text,
    disposal_deadline text, reported_at text NOT NULL, filed_at text, dispatched_at text,
    disposed_at text, closed_at text, closed_in_time integer, hung integer NOT NULL DEFAULT 0,
    rework_count integer NOT NULL DEFAULT 0, dispatch_count integer NOT NULL DEFAULT 0,
    postpone_count integer NOT NULL DEFAULT 0, supervise_count integer NOT NULL DEFAULT 0,
    urge_count integer NOT NULL DEFAULT 0, created_by text NOT NULL DEFAULT '',
    version integer NOT NULL DEFAULT 1, updated_at text NOT NULL, geom geometry(Point, 4490),
    change_seq bigint NOT NULL DEFAULT 0);
CREATE INDEX case_record_by_department ON cc.case_record(department_id, state);
CREATE TABLE cc.case_event (
    id text PRIMARY KEY, case_id text NOT NULL REFERENCES cc.case_record(id), seq integer NOT NULL,
    stage text NOT NULL, action text NOT NULL, from_state text NOT NULL DEFAULT '',
    to_state text NOT NULL, actor_id text NOT NULL, actor_name text NOT NULL DEFAULT '',
    role text NOT NULL, department_id text, at text NOT NULL, deadline text, in_time integer,
    used_minutes integer, note text NOT NULL DEFAULT '', payload text NOT NULL DEFAULT '{}',
    change_seq bigint NOT NULL DEFAULT 0, UNIQUE (case_id, seq));
CREATE TABLE cc.attachment (
    id text PRIMARY KEY, case_id text NOT NULL REFERENCES cc.case_record(id), event_id text,
    kind text NOT NULL, sha256 text NOT NULL, mime text NOT NULL,
    file_name text NOT NULL DEFAULT '', created_at text NOT NULL,
    change_seq bigint NOT NULL DEFAULT 0);

-- Photos and snapshots by SHA-256 (workstations keep the bytes in the database too).
CREATE TABLE cc.attachment_content (
    sha256 text PRIMARY KEY, size bigint NOT NULL, data bytea NOT NULL,
    change_seq bigint NOT NULL DEFAULT 0);

-- Idempotency of pushes: one row per (workstation, outbox seq) ever received, with its verdict.
CREATE TABLE cc.push_log (
    client_id text NOT NULL, outbox_seq bigint NOT NULL, user_id text NOT NULL,
    status text NOT NULL, code text NOT NULL DEFAULT '', message text NOT NULL DEFAULT '',
    received_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (client_id, outbox_seq));

-- ---------------------------------------------------------------- change_seq
-- Every synced table, in the order a snapshot loads them (references first).
CREATE TABLE cc.synced_table (position integer PRIMARY KEY, name text NOT NULL UNIQUE,
    has_geom boolean NOT NULL);
INSERT INTO cc.synced_table VALUES
    (1, 'category', false), (2, 'department', false), (3, 'department_category', false),
    (4, 'app_user', false), (5, 'work_calendar', false), (6, 'setting', false),
    (7, 'street', true), (8, 'community', true), (9, 'grid_responsibility', true),
    (10, 'grid_unit', true), (11, 'component', true), (12, 'camera', true),
    (13, 'case_record', true), (14, 'case_event', false), (15, 'attachment', false),
    (16, 'attachment_content', false);

CREATE FUNCTION cc.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('cc.change_seq');
    RETURN NEW;
END $$;

-- A role change is a change of its user (workstations replace a user's roles as a whole).
CREATE FUNCTION cc.stamp_user_of_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE cc.app_user SET change_seq = 0
     WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
    RETURN NULL;
END $$;
CREATE TRIGGER user_role_stamps_user AFTER INSERT OR UPDATE OR DELETE ON cc.user_role
    FOR EACH ROW EXECUTE FUNCTION cc.stamp_user_of_role();

DO $$
DECLARE t record;
BEGIN
    FOR t IN SELECT name FROM cc.synced_table LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON cc.%I FOR EACH ROW '
                       'EXECUTE FUNCTION cc.stamp()', t.name || '_stamp', t.name);
        EXECUTE format('CREATE INDEX %I ON cc.%I (change_seq)', t.name || '_by_change_seq', t.name);
    END LOOP;
END $$;
CREATE INDEX street_geom ON cc.street USING gist (geom);
CREATE INDEX community_geom ON cc.community USING gist (geom);
CREATE INDEX grid_responsibility_geom ON cc.grid_responsibility USING gist (geom);
CREATE INDEX grid_unit_geom ON cc.grid_unit USING gist (geom);
CREATE INDEX component_geom ON cc.component USING gist (geom);
CREATE INDEX camera_geom ON cc.camera USING gist (geom);
CREATE INDEX case_record_geom ON cc.case_record USING gist (geom);

-- ---------------------------------------------------------------- geometry codec
-- Workstations store GeoPackage blobs (GPKG header + WKB); the hub PostGIS geometry.
CREATE FUNCTION cc.geom_from_gpkg(hex text) RETURNS geometry LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE b bytea; envelope int;
BEGIN
    IF hex IS NULL OR hex = '' THEN RETURN NULL; END IF;
    b := decode(hex, 'hex');
    IF length(b) < 8 OR get_byte(b, 0) <> 71 OR get_byte(b, 1) <> 80 THEN
        RAISE EXCEPTION 'not a GeoPackage geometry' USING ERRCODE = 'CCD01';
    END IF;
    envelope := (get_byte(b, 3) >> 1) & 7;
    RETURN ST_SetSRID(ST_GeomFromWKB(substring(b FROM 9 + 8 * (ARRAY[0, 4, 6, 6, 8])[envelope + 1])), 4490);
END $$;

-- Little-endian header, no envelope (readers compute it), SRS 4490, then NDR WKB.
CREATE FUNCTION cc.gpkg_hex(g geometry) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN g IS NULL THEN NULL
                ELSE encode('\x475000018a110000'::bytea || ST_AsBinary(g, 'NDR'), 'hex') END
$$;

-- One row as workstations receive it: the table's columns, geometry as GPKG hex, and for a
-- user their roles.
CREATE FUNCTION cc.row_json(entity text, r jsonb, g geometry) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN entity = 'app_user' THEN
            (r - 'change_seq') || jsonb_build_object('roles',
                COALESCE((SELECT jsonb_agg(role ORDER BY role) FROM cc.user_role WHERE user_id = r->>'id'), '[]'))
        WHEN g IS NOT NULL OR r ? 'geom' THEN (r - 'change_seq' - 'geom') || jsonb_build_object('geom', cc.gpkg_hex(g))
        ELSE r - 'change_seq' END
$$;

-- The same as an SQL expression over alias t, built from the table's columns: much faster
-- than to_jsonb(t), which would turn every geometry into GeoJSON only to drop it.
CREATE FUNCTION cc.json_expr(entity text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT 'jsonb_build_object(' || string_agg(
               CASE WHEN attname = 'geom' THEN '''geom'', cc.gpkg_hex(t.geom)'
                    WHEN atttypid = 'bytea'::regtype THEN format('%L, encode(t.%I, ''hex'')', attname, attname)
                    ELSE format('%L, t.%I', attname, attname) END, ', ' ORDER BY attnum) || ')'
           || CASE WHEN entity = 'app_user' THEN
                  ' || jsonb_build_object(''roles'', COALESCE((SELECT jsonb_agg(ur.role ORDER BY ur.role) '
                  'FROM cc.user_role ur WHERE ur.user_id = t.id), ''[]''))' ELSE '' END
      FROM pg_attribute
     WHERE attrelid = ('cc.' || quote_ident(entity))::regclass AND attnum > 0 AND NOT attisdropped
       AND attname <> 'change_seq'
$$;

-- The table's columns as a SELECT list over alias t (snapshots: plain text values, no JSON).
CREATE FUNCTION cc.columns_expr(entity text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT string_agg(CASE WHEN attname = 'geom' THEN 'cc.gpkg_hex(t.geom) AS geom'
                           WHEN atttypid = 'bytea'::regtype THEN format('encode(t.%I, ''hex'') AS %I', attname, attname)
                           ELSE format('t.%I', attname) END, ', ' ORDER BY attnum)
           || CASE WHEN entity = 'app_user' THEN
                  ', (SELECT string_agg(ur.role, '','' ORDER BY ur.role) FROM cc.user_role ur WHERE ur.user_id = t.id) AS roles'
              ELSE '' END
      FROM pg_attribute
     WHERE attrelid = ('cc.' || quote_ident(entity))::regclass AND attnum > 0 AND NOT attisdropped
       AND attname <> 'change_seq'
$$;

-- ---------------------------------------------------------------- versions and callers
CREATE FUNCTION cc.check_client(client_version integer) RETURNS void LANGUAGE plpgsql STABLE AS $$
DECLARE hub integer; oldest integer;
BEGIN
    SELECT value::integer INTO hub FROM cc.hub_meta WHERE key = 'schema_version';
    SELECT value::integer INTO oldest FROM cc.hub_meta WHERE key = 'min_client_version';
    IF client_version < oldest THEN
        RAISE EXCEPTION 'This workstation speaks hub schema %, the hub needs at least %: upgrade CityCommand.',
            client_version, oldest USING ERRCODE = 'CCU01';
    END IF;
    IF client_version > hub THEN
        RAISE EXCEPTION 'The hub has schema %, this workstation needs %: upgrade the hub (cityctl hub init).',
            hub, client_version USING ERRCODE = 'CCU02';
    END IF;
END $$;

-- The CityCommand user behind the connection (session_user: SECURITY DEFINER changes only
-- current_user).
CREATE FUNCTION cc.caller() RETURNS cc.app_user LANGUAGE plpgsql STABLE AS $$
DECLARE u cc.app_user;
BEGIN
    SELECT a.* INTO u FROM cc.hub_login l JOIN cc.app_user a ON a.id = l.user_id
     WHERE l.pg_role = session_user;
    IF NOT FOUND OR u.active = 0 THEN
        RAISE EXCEPTION 'The hub login % is not an active CityCommand user.', session_user
            USING ERRCODE = 'CCA01';
    END IF;
    RETURN u;
END $$;

CREATE FUNCTION cc.current_seq() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
DECLARE t record; m bigint; best bigint := 0;
BEGIN
    FOR t IN SELECT name FROM cc.synced_table LOOP
        EXECUTE format('SELECT max(change_seq) FROM cc.%I', t.name) INTO m;
        best := greatest(best, COALESCE(m, 0));
    END LOOP;
    RETURN best;
END $$;

CREATE FUNCTION cc.hello(client_version integer) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE u cc.app_user;
BEGIN
    PERFORM cc.check_client(client_version);
    u := cc.caller();
    RETURN jsonb_build_object(
        'hubVersion', (SELECT value::integer FROM cc.hub_meta WHERE key = 'schema_version'),
        'hubId', (SELECT value FROM cc.hub_meta WHERE key = 'hub_id'),
        'userId', u.id, 'login', u.login, 'departmentId', u.department_id, 'scope', cc.scope_of(u),
        'roles', COALESCE((SELECT jsonb_agg(role ORDER BY role) FROM cc.user_role WHERE user_id = u.id), '[]'),
        'seq', cc.current_seq());
END $$;

-- ---------------------------------------------------------------- read: snapshot and pull
-- What a login may read: 'city' for the centre's posts; 'department:<id>' for a user whose
-- only role is 专业部门: the reference data, and the cases its department has held (an event
-- names it), with their whole history.
CREATE FUNCTION cc.scope_of(u cc.app_user) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN u.department_id IS NULL
                  OR EXISTS (SELECT 1 FROM cc.user_role WHERE user_id = u.id AND role <> 'department')
                THEN 'city' ELSE 'department:' || u.department_id END
$$;

-- Refuses a scope that is not the caller's; returns its department (NULL: the whole city).
CREATE FUNCTION cc.check_scope(scope text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE allowed text := cc.scope_of(cc.caller());
BEGIN
    IF scope IS DISTINCT FROM allowed THEN
        RAISE EXCEPTION 'Sync scope % is not this login''s (%).', scope, allowed USING ERRCODE = 'CCS01';
    END IF;
    RETURN CASE WHEN allowed LIKE 'department:%' THEN substr(allowed, 12) END;
END $$;

-- The row filter of a scope for one table, as SQL over alias t.
CREATE FUNCTION cc.scope_filter(entity text, department text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN department IS NULL THEN 'TRUE'
        WHEN entity = 'case_record' THEN
            format('EXISTS (SELECT 1 FROM cc.case_event se WHERE se.case_id = t.id AND se.department_id = %L)', department)
        WHEN entity IN ('case_event', 'attachment') THEN
            format('EXISTS (SELECT 1 FROM cc.case_event se WHERE se.case_id = t.case_id AND se.department_id = %L)', department)
        WHEN entity = 'attachment_content' THEN
            format('EXISTS (SELECT 1 FROM cc.attachment sa JOIN cc.case_event se ON se.case_id = sa.case_id '
                   'WHERE sa.sha256 = t.sha256 AND se.department_id = %L)', department)
        ELSE 'TRUE' END
$$;

CREATE FUNCTION cc.readable(case_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT cc.scope_of(cc.caller()) = 'city'
        OR EXISTS (SELECT 1 FROM cc.case_event e WHERE e.case_id = readable.case_id
                                                 AND e.department_id = (cc.caller()).department_id)
$$;

-- [[table, rows], …] in the order a snapshot loads them.
CREATE FUNCTION cc.snapshot_counts(client_version integer, scope text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE t record; n bigint; result jsonb := '[]'; department text;
BEGIN
    PERFORM cc.check_client(client_version);
    department := cc.check_scope(scope);
    FOR t IN SELECT name FROM cc.synced_table ORDER BY position LOOP
        EXECUTE format('SELECT count(*) FROM cc.%I t WHERE %s', t.name, cc.scope_filter(t.name, department)) INTO n;
        result := result || jsonb_build_array(jsonb_build_array(t.name, n));
    END LOOP;
    RETURN result;
END $$;

-- Every row of one table (one text column per table column), as a cursor named snap that
-- the caller FETCHes in batches: the
-- rows stream (a set-returning function would first materialise them all), and the rights
-- were checked when the cursor opened here, so the caller still needs none on the tables.
-- Run in one REPEATABLE READ transaction with hello() for a consistent watermark.
CREATE FUNCTION cc.snapshot_open(client_version integer, scope text, entity text) RETURNS refcursor
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE department text; c refcursor := 'snap';
BEGIN
    PERFORM cc.check_client(client_version);
    department := cc.check_scope(scope);
    IF NOT EXISTS (SELECT 1 FROM cc.synced_table WHERE name = entity) THEN
        RAISE EXCEPTION 'Unknown table %.', entity USING ERRCODE = 'CCS02';
    END IF;
    OPEN c NO SCROLL FOR EXECUTE format('SELECT %s FROM cc.%I t WHERE %s', cc.columns_expr(entity), entity,
                                        cc.scope_filter(entity, department));
    RETURN c;
END $$;

-- Changes after a cursor, oldest first. Writers stamp change_seq under one advisory lock and
-- commit before the next one stamps, so a reader never sees seq n+1 before seq n.
CREATE FUNCTION cc.pull(client_version integer, scope text, after_seq bigint, max_rows integer)
RETURNS TABLE (change_seq bigint, entity text, data jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE t record; parts text[] := '{}'; department text;
BEGIN
    PERFORM cc.check_client(client_version);
    department := cc.check_scope(scope);
    FOR t IN SELECT name FROM cc.synced_table ORDER BY position LOOP
        parts := parts || format('(SELECT t.change_seq, %L::text, %s '
                                 'FROM cc.%I t WHERE t.change_seq > $1 AND %s ORDER BY t.change_seq LIMIT $2)',
                                 t.name, cc.json_expr(t.name), t.name, cc.scope_filter(t.name, department));
    END LOOP;
    RETURN QUERY EXECUTE 'SELECT * FROM (' || array_to_string(parts, ' UNION ALL ')
        || ') u ORDER BY 1 LIMIT $2' USING after_seq, max_rows;
END $$;

-- ---------------------------------------------------------------- write: push
-- A case as the hub has it, for a workstation whose action was refused: it replaces its copy.
CREATE FUNCTION cc.case_json(case_id text) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'case', (SELECT cc.row_json('case_record', to_jsonb(c), c.geom) FROM cc.case_record c WHERE c.id = case_id),
        'events', COALESCE((SELECT jsonb_agg(cc.row_json('case_event', to_jsonb(e), NULL) ORDER BY e.seq)
                              FROM cc.case_event e WHERE e.case_id = case_json.case_id), '[]'))
$$;

-- A refused entry comes back with the hub's version: for a case action the case with its
-- events (only if the caller may read it), for a row edit the row.
CREATE FUNCTION cc.refusal(entry jsonb, code text, message text) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'rejected', 'code', code,
                              'message', message,
                              'remote', CASE
                                  WHEN entry->>'entity' = 'grid_unit' THEN
                                      jsonb_build_object('row', (SELECT cc.row_json('grid_unit', to_jsonb(g), g.geom)
                                                                   FROM cc.grid_unit g WHERE g.id = entry->>'rowId'))
                                  WHEN cc.readable(entry->'payload'->>'caseId')
                                      THEN cc.case_json(entry->'payload'->>'caseId')
                                  ELSE jsonb_build_object('case', NULL, 'events', '[]'::jsonb) END)
$$;

-- A grid edit from a workstation (the map's editing): the whole row after the edit, with its
-- version. Re-checked: a supervisor or administrator, the version edited, a valid polygon.
CREATE FUNCTION cc.apply_grid_edit(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    p jsonb := entry->'payload';
    g cc.grid_unit;
    r cc.grid_unit;
    shape geometry;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM cc.user_role WHERE user_id = u.id AND role IN ('supervisor', 'admin')) THEN
        RETURN cc.refusal(entry, 'auth.role-not-held',
            format('Only a supervisor or an administrator may edit grids; %s is neither.', u.login));
    END IF;
    SELECT * INTO g FROM cc.grid_unit WHERE id = entry->>'rowId' FOR UPDATE;
    IF NOT FOUND THEN
        RETURN cc.refusal(entry, 'grid.not-found', format('The hub has no unit grid %s.', p->>'code'));
    END IF;
    IF g.version <> (p->>'version')::integer - 1 THEN
        RETURN cc.refusal(entry, 'grid.stale',
            format('Grid %s was changed by someone else first (the hub has version %s, the edit was made on version %s).',
                   g.code, g.version, (p->>'version')::integer - 1));
    END IF;
    shape := cc.geom_from_gpkg(p->>'geom');
    IF shape IS NULL OR NOT ST_IsValid(shape) THEN
        RETURN cc.refusal(entry, 'grid.invalid-geometry',
            format('The new outline of grid %s is not a valid polygon: %s.', g.code, COALESCE(ST_IsValidReason(shape), 'empty')));
    END IF;
    r := jsonb_populate_record(NULL::cc.grid_unit, p - 'geom' - 'change_seq');
    UPDATE cc.grid_unit SET community_code = r.community_code, responsibility_code = r.responsibility_code,
        area_m2 = r.area_m2, version = r.version, updated_at = r.updated_at, geom = shape
     WHERE id = g.id;
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- The whole history of a case that just came into a department's scope (its earlier events
-- were stamped before the department's cursor).
CREATE FUNCTION cc.case_history(client_version integer, scope text, case_id text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
BEGIN
    PERFORM cc.check_client(client_version);
    PERFORM cc.check_scope(scope);
    IF NOT cc.readable(case_id) THEN
        RETURN '[]';
    END IF;
    RETURN cc.case_json(case_id)->'events';
END $$;

-- Re-checks one case action: the caller is the actor and holds the role, the department
-- scope, the case version the workstation acted on, and the transition table.
CREATE FUNCTION cc.apply_case_action(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    p jsonb := entry->'payload';
    after jsonb := p->'after';
    act text := p->>'action';
    actor_role text := p->>'role';
    c cc.case_record;
    r cc.case_record;
    has_case boolean;
    from_s text := '';
    resume_s text := '';
    target text;
    year text;
    next_number integer;
BEGIN
    IF p->>'actorId' IS DISTINCT FROM u.id THEN
        RETURN cc.refusal(entry, 'sync.actor-mismatch',
            format('The action was taken by user %s, but this connection is %s.', p->>'actorName', u.login));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cc.user_role WHERE user_id = u.id AND role = actor_role) THEN
        RETURN cc.refusal(entry, 'auth.role-not-held',
            format('User %s does not hold the role %s on the hub.', u.login, actor_role));
    END IF;
    IF after IS NULL OR after->>'id' IS DISTINCT FROM p->>'caseId' THEN
        RETURN cc.refusal(entry, 'sync.invalid-entry', 'The entry does not carry the case after the action.');
    END IF;
    IF EXISTS (SELECT 1 FROM cc.case_event WHERE id = p->>'id') THEN
        RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied', 'duplicate', true);
    END IF;
    -- Photos travel ahead of their step (own outbox entries): all must be here.
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(p->'attachments', '[]')) a
                WHERE NOT EXISTS (SELECT 1 FROM cc.attachment_content ac WHERE ac.sha256 = a->>'sha256')) THEN
        RETURN cc.refusal(entry, 'attachment.missing', 'A photo of this step has not reached the hub.');
    END IF;
    SELECT * INTO c FROM cc.case_record WHERE id = p->>'caseId' FOR UPDATE;
    has_case := FOUND;
    IF act = 'report' THEN
        IF has_case THEN
            RETURN cc.refusal(entry, 'case.stale', format('Case %s already exists on the hub.', c.number));
        END IF;
    ELSE
        IF NOT has_case THEN
            RETURN cc.refusal(entry, 'case.not-found', format('The hub has no case %s.', after->>'number'));
        END IF;
        IF c.version <> (p->>'caseVersion')::integer - 1 THEN
            RETURN cc.refusal(entry, 'case.stale',
                format('Case %s was changed by someone else first (the hub has version %s, the action was taken on version %s).',
                       c.number, c.version, (p->>'caseVersion')::integer - 1));
        END IF;
        from_s := c.state;
        resume_s := c.resume_state;
        IF actor_role = 'department' AND c.department_id IS DISTINCT FROM u.department_id THEN
            RETURN cc.refusal(entry, 'workflow.out-of-scope',
                format('Case %s belongs to another department.', c.number));
        END IF;
    END IF;
    IF p->>'fromState' IS DISTINCT FROM from_s THEN
        RETURN cc.refusal(entry, 'case.stale',
            format('Case %s is in state %s on the hub, the action was taken in state %s.', after->>'number', from_s, p->>'fromState'));
    END IF;
    SELECT to_state INTO target FROM cc.transition
     WHERE from_state = from_s AND resume_state = resume_s AND action = act AND role = actor_role;
    IF NOT FOUND THEN
        IF EXISTS (SELECT 1 FROM cc.transition WHERE from_state = from_s AND resume_state = resume_s AND action = act) THEN
            RETURN cc.refusal(entry, 'workflow.forbidden-role',
                format('A %s may not %s a case in state %s.', actor_role, act, from_s));
        END IF;
        RETURN cc.refusal(entry, 'workflow.illegal-step',
            format('%s is not possible for a case in state %s.', act, from_s));
    END IF;
    IF target IS DISTINCT FROM p->>'toState' OR after->>'state' IS DISTINCT FROM target
       OR (after->>'version')::integer IS DISTINCT FROM (p->>'caseVersion')::integer THEN
        RETURN cc.refusal(entry, 'workflow.illegal-step',
            format('%s leads from %s to %s, not to %s.', act, from_s, target, p->>'toState'));
    END IF;

    r := jsonb_populate_record(NULL::cc.case_record, after - 'geom' - 'change_seq');
    IF act = 'report' THEN
        r.geom := cc.geom_from_gpkg(after->>'geom');
        -- Two workstations numbered offline: the later one gets the next free number.
        IF EXISTS (SELECT 1 FROM cc.case_record WHERE number = r.number) THEN
            year := split_part(r.number, '-', 1);
            SELECT COALESCE(max(split_part(number, '-', 2)::integer), 0) + 1 INTO next_number
              FROM cc.case_record WHERE number LIKE year || '-%';
            r.number := year || '-' || lpad(next_number::text, 6, '0');
        END IF;
        INSERT INTO cc.case_record SELECT r.*;
    ELSE
        -- Only the workflow's columns: an action never changes the report itself.
        UPDATE cc.case_record SET state = r.state, resume_state = r.resume_state,
            department_id = r.department_id, stage = r.stage, stage_started_at = r.stage_started_at,
            stage_deadline = r.stage_deadline, disposal_deadline = r.disposal_deadline,
            filed_at = r.filed_at, dispatched_at = r.dispatched_at, disposed_at = r.disposed_at,
            closed_at = r.closed_at, closed_in_time = r.closed_in_time, hung = r.hung,
            rework_count = r.rework_count, dispatch_count = r.dispatch_count,
            postpone_count = r.postpone_count, supervise_count = r.supervise_count,
            urge_count = r.urge_count, version = r.version, updated_at = r.updated_at
         WHERE id = r.id;
    END IF;
    INSERT INTO cc.case_event (id, case_id, seq, stage, action, from_state, to_state, actor_id,
                               actor_name, role, department_id, at, deadline, in_time,
                               used_minutes, note, payload)
    VALUES (p->>'id', p->>'caseId', (p->>'seq')::integer, p->>'stage', act, from_s, target,
            u.id, COALESCE(p->>'actorName', u.display_name), actor_role,
            NULLIF(p->>'departmentId', ''), p->>'at', p->>'deadline',
            CASE WHEN p->'inTime' = 'true' THEN 1 WHEN p->'inTime' = 'false' THEN 0 END,
            (p->>'usedMinutes')::integer, COALESCE(p->>'note', ''),
            COALESCE(p->>'payloadText', (p->'payload')::text, '{}'));
    INSERT INTO cc.attachment (id, case_id, event_id, kind, sha256, mime, file_name, created_at)
    SELECT a->>'id', p->>'caseId', p->>'id', a->>'kind', a->>'sha256', a->>'mime',
           COALESCE(a->>'fileName', ''), p->>'at'
      FROM jsonb_array_elements(COALESCE(p->'attachments', '[]')) a
    ON CONFLICT (id) DO NOTHING;
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- The bytes of a photo (base64), checked against their SHA-256; idempotent by hash.
CREATE FUNCTION cc.apply_attachment_content(entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    p jsonb := entry->'payload';
    bytes bytea := decode(p->>'data', 'base64');
BEGIN
    IF length(bytes) > 20 * 1024 * 1024 THEN
        RETURN cc.refusal(entry, 'attachment.too-large', 'A photo may have at most 20 MB.');
    END IF;
    IF encode(sha256(bytes), 'hex') IS DISTINCT FROM p->>'sha256' THEN
        RETURN cc.refusal(entry, 'attachment.corrupt', 'The photo does not match its SHA-256.');
    END IF;
    INSERT INTO cc.attachment_content (sha256, size, data) VALUES (p->>'sha256', length(bytes), bytes)
    ON CONFLICT (sha256) DO NOTHING;
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- A batch of outbox entries in outbox order. Idempotent by (client, outbox seq): an entry seen
-- before gets its first verdict again (and a refused case its current hub copy), so a retry
-- after a lost acknowledgement changes nothing.
CREATE FUNCTION cc.push(client_version integer, client_id text, entries jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE
    u cc.app_user;
    e jsonb;
    seen cc.push_log;
    verdict jsonb;
    results jsonb := '[]';
    applied integer := 0;
BEGIN
    PERFORM cc.check_client(client_version);
    u := cc.caller();
    -- One writer at a time: change_seq then commits in order (see cc.pull).
    PERFORM pg_advisory_xact_lock(7007);
    FOR e IN SELECT value FROM jsonb_array_elements(entries) LOOP
        SELECT * INTO seen FROM cc.push_log WHERE push_log.client_id = push.client_id
                                              AND outbox_seq = (e->>'seq')::bigint;
        IF FOUND THEN
            IF seen.status = 'rejected' THEN
                verdict := cc.refusal(e, seen.code, seen.message);
            ELSE
                verdict := jsonb_build_object('seq', seen.outbox_seq, 'status', seen.status);
            END IF;
            results := results || jsonb_build_array(verdict || '{"duplicate": true}');
            CONTINUE;
        END IF;
        BEGIN
            IF e->>'entity' = 'case_event' AND e->>'op' = 'action' THEN
                verdict := cc.apply_case_action(u, e);
            ELSIF e->>'entity' = 'attachment_content' AND e->>'op' = 'insert' THEN
                verdict := cc.apply_attachment_content(e);
            ELSIF e->>'entity' = 'grid_unit' AND e->>'op' = 'update' THEN
                verdict := cc.apply_grid_edit(u, e);
            ELSE
                verdict := cc.refusal(e, 'sync.unsupported',
                    format('The hub does not take %s changes of %s yet.', e->>'op', e->>'entity'));
            END IF;
        EXCEPTION WHEN others THEN
            verdict := cc.refusal(e, 'sync.invalid-entry', SQLERRM);
        END;
        INSERT INTO cc.push_log (client_id, outbox_seq, user_id, status, code, message)
        VALUES (push.client_id, (e->>'seq')::bigint, u.id, verdict->>'status',
                COALESCE(verdict->>'code', ''), COALESCE(verdict->>'message', ''));
        IF verdict->>'status' = 'applied' THEN applied := applied + 1; END IF;
        results := results || jsonb_build_array(verdict);
    END LOOP;
    IF applied > 0 THEN
        -- A doorbell only (docs/design.md §5): workstations then pull.
        PERFORM pg_notify('cc_changes', jsonb_build_object('scope', 'city', 'seq', cc.current_seq())::text);
    END IF;
    RETURN results;
END $$;

-- ---------------------------------------------------------------- who may do what
-- Workstations log in as their user's role, a member of cc_sync_client: it may call the
-- functions above (which run as cc_hub_owner) and nothing else.
REVOKE ALL ON ALL TABLES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;
GRANT USAGE ON SCHEMA cc TO cc_sync_client;
GRANT EXECUTE ON FUNCTION cc.hello(integer), cc.snapshot_counts(integer, text),
    cc.snapshot_open(integer, text, text), cc.pull(integer, text, bigint, integer),
    cc.push(integer, text, jsonb), cc.case_history(integer, text, text) TO cc_sync_client;

INSERT INTO cc.hub_meta VALUES ('schema_version', '1'), ('min_client_version', '1'),
    ('hub_id', gen_random_uuid()::text);
