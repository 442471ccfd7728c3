-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 2: workstations push changes of the tables they edit (grids,
-- components, cameras, users' passwords, collectors' positions …), not only case actions;
-- rows deleted on the hub reach every workstation (tombstones). Applied by `cityctl hub init`
-- after 0001 on a new hub, alone on a schema-1 hub. Clients of schema 1 cannot read the
-- tombstones in cc.pull: they are told to upgrade.

-- ---------------------------------------------------------------- collectors' positions
-- As workstations hear them from the positioning feed. Their ids derive from collector and
-- time, so a fix heard by several workstations is kept once.
CREATE TABLE cc.collector_position (id text PRIMARY KEY, user_id text NOT NULL, at text NOT NULL,
    accuracy_m double precision, geom geometry(Point, 4490), change_seq bigint NOT NULL DEFAULT 0);
CREATE INDEX collector_position_geom ON cc.collector_position USING gist (geom);
CREATE INDEX collector_position_by_user ON cc.collector_position (user_id, at);
CREATE INDEX collector_position_by_change_seq ON cc.collector_position (change_seq);
CREATE TRIGGER collector_position_stamp BEFORE INSERT OR UPDATE ON cc.collector_position
    FOR EACH ROW EXECUTE FUNCTION cc.stamp();
INSERT INTO cc.synced_table VALUES (17, 'collector_position', true);

-- ---------------------------------------------------------------- tombstones
-- The columns that name a row of each synced table.
ALTER TABLE cc.synced_table ADD COLUMN key_columns text[];
UPDATE cc.synced_table SET key_columns = CASE name
    WHEN 'category' THEN '{key}' WHEN 'setting' THEN '{key}' WHEN 'attachment_content' THEN '{sha256}'
    WHEN 'department_category' THEN '{department_id,category_key,responsibility_code}'
    ELSE '{id}' END::text[];
ALTER TABLE cc.synced_table ALTER COLUMN key_columns SET NOT NULL;

-- One row per deleted row (its key), stamped like a change: cc.pull hands it out in order,
-- so a row deleted and inserted again arrives as exactly that.
CREATE TABLE cc.tombstone (entity text NOT NULL, key jsonb NOT NULL, change_seq bigint NOT NULL DEFAULT 0,
    deleted_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (entity, key));
CREATE INDEX tombstone_by_change_seq ON cc.tombstone (change_seq);
CREATE TRIGGER tombstone_stamp BEFORE INSERT OR UPDATE ON cc.tombstone FOR EACH ROW EXECUTE FUNCTION cc.stamp();

-- AFTER DELETE on every synced table; the trigger's arguments are the table's key columns.
CREATE FUNCTION cc.bury() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE k jsonb := '{}'; c text; gone jsonb := to_jsonb(OLD);
BEGIN
    FOREACH c IN ARRAY TG_ARGV LOOP
        k := k || jsonb_build_object(c, gone->c);
    END LOOP;
    INSERT INTO cc.tombstone (entity, key) VALUES (TG_TABLE_NAME, k)
    ON CONFLICT (entity, key) DO UPDATE SET deleted_at = now();
    RETURN NULL;
END $$;

DO $$
DECLARE t record;
BEGIN
    FOR t IN SELECT name, key_columns FROM cc.synced_table LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON cc.%I FOR EACH ROW EXECUTE FUNCTION cc.bury(%s)',
                       t.name || '_bury', t.name,
                       (SELECT string_agg(quote_literal(c), ', ') FROM unnest(t.key_columns) c));
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION cc.current_seq() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
DECLARE t record; m bigint; best bigint;
BEGIN
    SELECT COALESCE(max(change_seq), 0) INTO best FROM cc.tombstone;
    FOR t IN SELECT name FROM cc.synced_table LOOP
        EXECUTE format('SELECT max(change_seq) FROM cc.%I', t.name) INTO m;
        best := greatest(best, COALESCE(m, 0));
    END LOOP;
    RETURN best;
END $$;

-- Positions: the last day's in a snapshot (tracks are long), none for a department.
CREATE OR REPLACE FUNCTION cc.scope_filter(entity text, department text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN entity = 'collector_position' THEN
            CASE WHEN department IS NULL
                 THEN 't.at >= to_char(now() AT TIME ZONE ''UTC'' - interval ''1 day'', ''YYYY-MM-DD"T"HH24:MI:SS'')'
                 ELSE 'FALSE' END
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

-- Changes after a cursor, oldest first, deletions among them as entity 'tombstone' with
-- {"entity", "key"} (a workstation without the row ignores it).
CREATE OR REPLACE FUNCTION cc.pull(client_version integer, scope text, after_seq bigint, max_rows integer)
RETURNS TABLE (change_seq bigint, entity text, data jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE t record; parts text[]; department text;
BEGIN
    PERFORM cc.check_client(client_version);
    department := cc.check_scope(scope);
    parts := ARRAY['(SELECT t.change_seq, ''tombstone''::text, jsonb_build_object(''entity'', t.entity, ''key'', t.key) '
                   'FROM cc.tombstone t WHERE t.change_seq > $1 ORDER BY t.change_seq LIMIT $2)'];
    FOR t IN SELECT name FROM cc.synced_table ORDER BY position LOOP
        parts := parts || format('(SELECT t.change_seq, %L::text, %s '
                                 'FROM cc.%I t WHERE t.change_seq > $1 AND %s ORDER BY t.change_seq LIMIT $2)',
                                 t.name, cc.json_expr(t.name), t.name, cc.scope_filter(t.name, department));
    END LOOP;
    RETURN QUERY EXECUTE 'SELECT * FROM (' || array_to_string(parts, ' UNION ALL ')
        || ') u ORDER BY 1 LIMIT $2' USING after_seq, max_rows;
END $$;

-- ---------------------------------------------------------------- doorbell
-- Every change of a synced table rings (docs/design.md §5: a doorbell only, workstations then
-- pull), also an administrator's SQL on the hub. NOTIFY folds the identical notifications of
-- one transaction into one.
CREATE FUNCTION cc.ring() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cc_changes', '{"scope":"city"}');
    RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT name FROM cc.synced_table UNION ALL SELECT 'tombstone' LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON cc.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION cc.ring()', t || '_ring', t);
    END LOOP;
END $$;

-- ---------------------------------------------------------------- row changes from workstations
-- Which tables workstations may change, by whom, how. Everything else (categories,
-- department bindings, settings, logins and roles) is changed on the hub by its administrator
-- (`cityctl hub …`, SQL) and flows down.
CREATE TABLE cc.row_rule (entity text PRIMARY KEY REFERENCES cc.synced_table(name),
    roles text[] NOT NULL, ops text[] NOT NULL);
INSERT INTO cc.row_rule VALUES
    ('street', '{supervisor,admin}', '{insert,update,delete}'),
    ('community', '{supervisor,admin}', '{insert,update,delete}'),
    ('grid_responsibility', '{supervisor,admin}', '{insert,update,delete}'),
    ('grid_unit', '{supervisor,admin}', '{insert,update,delete}'),
    ('component', '{supervisor,admin}', '{insert,update,delete}'),
    ('camera', '{admin}', '{insert,update,delete}'),
    ('department', '{admin}', '{insert,update}'),
    ('work_calendar', '{admin}', '{insert,update}'),
    -- Users are created on the hub (logins); a password change by the user or an administrator.
    ('app_user', '{admin}', '{update}'),
    ('collector_position', '{operator,shift-leader,dispatcher,collector,supervisor,admin}', '{insert}');

-- A row of a row_rule table as workstations receive it (NULL: the hub has none).
CREATE FUNCTION cc.row_now(entity text, id text) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE r jsonb;
BEGIN
    EXECUTE format('SELECT %s FROM cc.%I t WHERE t.id = $1', cc.json_expr(entity), entity) INTO r USING id;
    RETURN r;
END $$;

-- A refused entry comes back with the hub's version: for a case action the case with its
-- events (only if the caller may read it), for a row change the row ({"row": null}: the hub
-- has none, the workstation drops its copy; the conflict keeps it).
CREATE OR REPLACE FUNCTION cc.refusal(entry jsonb, code text, message text) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE remote jsonb;
BEGIN
    IF EXISTS (SELECT 1 FROM cc.row_rule r WHERE r.entity = entry->>'entity') THEN
        remote := jsonb_build_object('row', cc.row_now(entry->>'entity', entry->>'rowId'));
    ELSIF cc.readable(entry->'payload'->>'caseId') THEN
        remote := cc.case_json(entry->'payload'->>'caseId');
    ELSE
        remote := jsonb_build_object('case', NULL, 'events', '[]'::jsonb);
    END IF;
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'rejected', 'code', code,
                              'message', message, 'remote', remote);
END $$;

-- One row change: payload {"row": the row after (columns by name, geometry as GPKG hex),
-- "base": the row it was made on}. Re-checked: the table is open to the caller's roles (a
-- user may change their own password), the row is still as it was when edited (its version,
-- else its updated_at), the new geometry is a valid one of the table's type.
CREATE FUNCTION cc.apply_row_change(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    tbl text := entry->>'entity';
    op text := entry->>'op';
    row_id text := entry->>'rowId';
    after jsonb := entry->'payload'->'row';
    base jsonb := entry->'payload'->'base';
    prefix text := CASE WHEN entry->>'entity' = 'grid_unit' THEN 'grid' ELSE 'row' END;
    applied jsonb := jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
    rule cc.row_rule;
    editor boolean;
    spatial boolean;
    hub_row jsonb;
    shape geometry;
    kind text;
    cols text;
BEGIN
    SELECT * INTO rule FROM cc.row_rule r WHERE r.entity = tbl;
    IF NOT FOUND OR NOT op = ANY(rule.ops) THEN
        RETURN cc.refusal(entry, 'sync.unsupported', format('The hub does not take %s changes of %s.', op, tbl));
    END IF;
    IF (op <> 'delete' AND (jsonb_typeof(after) IS DISTINCT FROM 'object' OR after->>'id' IS DISTINCT FROM row_id))
       OR (op <> 'insert' AND jsonb_typeof(base) IS DISTINCT FROM 'object') THEN
        RETURN cc.refusal(entry, 'sync.invalid-entry', 'The entry does not carry the row before and after the change.');
    END IF;
    editor := EXISTS (SELECT 1 FROM cc.user_role WHERE user_id = u.id AND role = ANY(rule.roles));
    IF NOT editor AND NOT (tbl = 'app_user' AND row_id = u.id
                           AND after - 'password_hash' - 'updated_at' = base - 'password_hash' - 'updated_at') THEN
        RETURN cc.refusal(entry, 'auth.role-not-held',
            format('%s may not change %s (only: %s).', u.login, tbl, array_to_string(rule.roles, ', ')));
    END IF;

    EXECUTE format('SELECT %s FROM cc.%I t WHERE t.id = $1 FOR UPDATE', cc.json_expr(tbl), tbl)
        INTO hub_row USING row_id;
    IF op = 'insert' THEN
        IF hub_row IS NOT NULL THEN
            IF tbl = 'collector_position' THEN -- the same fix, heard by another workstation
                RETURN applied || '{"duplicate": true}';
            END IF;
            RETURN cc.refusal(entry, prefix || '.exists', format('The hub has %s %s already.', tbl, row_id));
        END IF;
    ELSIF hub_row IS NULL THEN
        RETURN cc.refusal(entry, prefix || '.not-found',
            format('The hub has no %s %s (any more).', tbl, COALESCE(base->>'code', row_id)));
    ELSIF (hub_row ? 'version' AND hub_row->'version' IS DISTINCT FROM base->'version')
          OR (NOT hub_row ? 'version' AND hub_row->'updated_at' IS DISTINCT FROM base->'updated_at') THEN
        RETURN cc.refusal(entry, prefix || '.stale',
            format('%s %s was changed by someone else first (the hub has %s, the change was made on %s).',
                   tbl, COALESCE(hub_row->>'code', row_id),
                   COALESCE('version ' || (hub_row->>'version'), hub_row->>'updated_at'),
                   COALESCE('version ' || (base->>'version'), base->>'updated_at')));
    END IF;

    IF op = 'delete' THEN
        EXECUTE format('DELETE FROM cc.%I WHERE id = $1', tbl) USING row_id;
        RETURN applied;
    END IF;
    SELECT has_geom INTO spatial FROM cc.synced_table WHERE name = tbl;
    IF spatial AND jsonb_typeof(after->'geom') = 'string' THEN
        shape := cc.geom_from_gpkg(after->>'geom');
        SELECT type INTO kind FROM public.geometry_columns WHERE f_table_schema = 'cc' AND f_table_name = tbl;
        IF upper(GeometryType(shape)) IS DISTINCT FROM upper(kind) OR NOT ST_IsValid(shape) THEN
            RETURN cc.refusal(entry, prefix || '.invalid-geometry',
                format('The new shape of %s %s is not a valid %s: %s.', tbl, COALESCE(after->>'code', row_id),
                       lower(kind), COALESCE(ST_IsValidReason(shape), GeometryType(shape))));
        END IF;
    END IF;
    -- The columns the entry carries (an administrator's, or the user's own password).
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols FROM pg_attribute
     WHERE attrelid = format('cc.%I', tbl)::regclass AND attnum > 0 AND NOT attisdropped
       AND attname NOT IN ('id', 'change_seq', 'geom') AND after ? attname
       AND (editor OR attname IN ('password_hash', 'updated_at'));
    IF op = 'insert' THEN
        EXECUTE format('INSERT INTO cc.%1$I (id, %2$s%3$s) SELECT $3, %2$s%4$s FROM jsonb_populate_record(NULL::cc.%1$I, $1)',
                       tbl, cols, CASE WHEN spatial THEN ', geom' ELSE '' END, CASE WHEN spatial THEN ', $2' ELSE '' END)
            USING after - 'geom', shape, row_id;
    ELSE
        EXECUTE format('UPDATE cc.%1$I t SET (%2$s%3$s) = (SELECT %2$s%4$s FROM jsonb_populate_record(NULL::cc.%1$I, $1)) '
                       'WHERE t.id = $3',
                       tbl, cols, CASE WHEN spatial AND editor THEN ', geom' ELSE '' END,
                       CASE WHEN spatial AND editor THEN ', $2' ELSE '' END)
            USING after - 'geom', shape, row_id;
    END IF;
    RETURN applied;
END $$;

DROP FUNCTION cc.apply_grid_edit(cc.app_user, jsonb);

-- One entry, by kind.
CREATE FUNCTION cc.apply_entry(u cc.app_user, e jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN
    IF e->>'entity' = 'case_event' AND e->>'op' = 'action' THEN
        RETURN cc.apply_case_action(u, e);
    ELSIF e->>'entity' = 'attachment_content' AND e->>'op' = 'insert' THEN
        RETURN cc.apply_attachment_content(e);
    END IF;
    RETURN cc.apply_row_change(u, e);
END $$;

-- A batch of outbox entries in outbox order. Idempotent by (client, outbox seq): an entry seen
-- before gets its first verdict again (and a refused one the hub's current copy), so a retry
-- after a lost acknowledgement changes nothing. Entries of one group (payload "group": one
-- save of the map's editing, one import) are taken all or none: a group with a refused entry
-- is rolled back and every entry of it refused, the others with sync.group-refused.
CREATE OR REPLACE FUNCTION cc.push(client_version integer, client_id text, entries jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE
    u cc.app_user;
    n integer := jsonb_array_length(entries);
    i integer := 0;
    j integer;
    k integer;
    e jsonb;
    grp text;
    seen cc.push_log;
    verdict jsonb;
    taken jsonb;
    failed jsonb;
    failed_at integer;
    results jsonb := '[]';
BEGIN
    PERFORM cc.check_client(client_version);
    u := cc.caller();
    -- One writer at a time: change_seq then commits in order (see cc.pull).
    PERFORM pg_advisory_xact_lock(7007);
    WHILE i < n LOOP
        e := entries->i;
        SELECT * INTO seen FROM cc.push_log WHERE push_log.client_id = push.client_id
                                              AND outbox_seq = (e->>'seq')::bigint;
        IF FOUND THEN
            IF seen.status = 'rejected' THEN
                verdict := cc.refusal(e, seen.code, seen.message);
            ELSE
                verdict := jsonb_build_object('seq', seen.outbox_seq, 'status', seen.status);
            END IF;
            results := results || jsonb_build_array(verdict || '{"duplicate": true}');
            i := i + 1;
            CONTINUE;
        END IF;
        -- Entries i .. j-1: this one and the rest of its group.
        grp := e->'payload'->>'group';
        j := i + 1;
        WHILE grp IS NOT NULL AND j < n AND entries->j->'payload'->>'group' = grp LOOP
            j := j + 1;
        END LOOP;
        taken := '[]';
        failed := NULL;
        BEGIN
            FOR k IN i .. j - 1 LOOP
                failed_at := k;
                verdict := cc.apply_entry(u, entries->k);
                IF verdict->>'status' = 'rejected' THEN
                    failed := verdict;
                    RAISE EXCEPTION 'refused' USING ERRCODE = 'CCG01';
                END IF;
                taken := taken || jsonb_build_array(verdict);
            END LOOP;
        EXCEPTION WHEN others THEN
            -- Rolled back to before the group: the refusals carry the hub's rows as they are now.
            IF failed IS NULL THEN
                failed := jsonb_build_object('code', 'sync.invalid-entry', 'message', SQLERRM);
            END IF;
            taken := '[]';
            FOR k IN i .. j - 1 LOOP
                taken := taken || jsonb_build_array(CASE WHEN k = failed_at
                    THEN cc.refusal(entries->k, failed->>'code', failed->>'message')
                    ELSE cc.refusal(entries->k, 'sync.group-refused',
                                    format('Saved together with a change the hub refused: %s', failed->>'message')) END);
            END LOOP;
        END;
        FOR k IN 0 .. jsonb_array_length(taken) - 1 LOOP
            verdict := taken->k;
            INSERT INTO cc.push_log (client_id, outbox_seq, user_id, status, code, message)
            VALUES (push.client_id, (verdict->>'seq')::bigint, u.id, verdict->>'status',
                    COALESCE(verdict->>'code', ''), COALESCE(verdict->>'message', ''));
        END LOOP;
        results := results || taken;
        i := j;
    END LOOP;
    RETURN results; -- what it applied rang the doorbell (cc.ring)
END $$;

-- New functions and tables: nobody's but the owner's (the grants of 0001 stay).
REVOKE ALL ON ALL TABLES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;

UPDATE cc.hub_meta SET value = '2' WHERE key = 'min_client_version';
