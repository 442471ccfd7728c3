-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 7: cc.pull planned once per connection (docs/hub.md, "Pull").
-- Until schema 6 cc.pull built its UNION of every synced table as text and EXECUTEd it:
-- PostgreSQL planned the 18-branch statement at every pull, 4–10 ms, while running it takes
-- well under one (bench_sync: two pulls in every A → hub → B propagation). The statement is
-- now written once into cc.pull_rows, a PL/pgSQL function whose plan each connection keeps
-- (a generic plan; the caller's id is a function of the session, not a literal). A department's
-- workstation still pulls through a statement planned each time (below).
-- cc.build_pull writes it from cc.synced_table; `cityctl hub init` calls it after every
-- upgrade (HubAdmin::fillFromCore), so a later schema that adds a synced table needs nothing
-- more. Touches cc.json_expr (a second form) and cc.pull, nothing else.

-- A row as cc.pull hands it out, with `me` the SQL that names the caller's id (the one user
-- whose password hash goes out: see cc.json_expr(text) in 0004).
CREATE FUNCTION cc.json_expr(entity text, me text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN entity = 'app_user' THEN '((' ELSE '' END
           || 'jsonb_build_object(' || string_agg(
               CASE WHEN attname = 'geom' THEN '''geom'', cc.gpkg_hex(t.geom)'
                    WHEN atttypid = 'bytea'::regtype THEN format('%L, encode(t.%I, ''hex'')', attname, attname)
                    ELSE format('%L, t.%I', attname, attname) END, ', ' ORDER BY attnum) || ')'
           || CASE WHEN entity = 'app_user' THEN
                  ' || jsonb_build_object(''roles'', COALESCE((SELECT jsonb_agg(ur.role ORDER BY ur.role) '
                  'FROM cc.user_role ur WHERE ur.user_id = t.id), ''[]''))) - CASE WHEN t.id = '
                  || me || ' THEN ''''::text ELSE ''password_hash'' END)'
              ELSE '' END
      FROM pg_attribute
     WHERE attrelid = ('cc.' || quote_ident(entity))::regclass AND attnum > 0 AND NOT attisdropped
       AND attname <> 'change_seq'
$$;

CREATE OR REPLACE FUNCTION cc.json_expr(entity text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT cc.json_expr(entity, COALESCE(quote_literal(cc.session_user_id()), 'NULL'))
$$;

-- (Re)writes cc.pull_rows(after_seq, max_rows): the changes after a cursor for the whole
-- city (the scope of every workstation but a department's), oldest first, tombstones among them.
CREATE FUNCTION cc.build_pull() RETURNS void LANGUAGE plpgsql AS $build$
DECLARE
    t record;
    parts text[] := ARRAY['(SELECT t.change_seq, ''tombstone''::text, '
                          'jsonb_build_object(''entity'', t.entity, ''key'', t.key) FROM cc.tombstone t '
                          'WHERE t.change_seq > after_seq ORDER BY t.change_seq LIMIT max_rows)'];
BEGIN
    FOR t IN SELECT name FROM cc.synced_table ORDER BY position LOOP
        parts := parts || format('(SELECT t.change_seq, %L::text, %s FROM cc.%I t '
                                 'WHERE t.change_seq > after_seq AND %s ORDER BY t.change_seq LIMIT max_rows)',
                                 t.name, cc.json_expr(t.name, 'cc.session_user_id()'), t.name,
                                 cc.scope_filter(t.name, NULL));
    END LOOP;
    EXECUTE format($f$
        CREATE OR REPLACE FUNCTION cc.pull_rows(after_seq bigint, max_rows integer)
        RETURNS TABLE (change_seq bigint, entity text, data jsonb)
        LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $body$
        #variable_conflict use_column
        BEGIN
            RETURN QUERY SELECT * FROM (%s) u ORDER BY 1 LIMIT max_rows;
        END $body$$f$, array_to_string(parts, ' UNION ALL '));
    -- Only cc.pull (SECURITY DEFINER, after its scope check) calls it.
    REVOKE ALL ON FUNCTION cc.pull_rows(bigint, integer) FROM PUBLIC;
END $build$;

-- A department's scope keeps the statement planned at each pull with the department as a
-- literal: a generic plan does not know how few rows follow the cursor and hashes every event
-- of the city for its EXISTS (300 ms a pull on the demo city instead of a few).
CREATE OR REPLACE FUNCTION cc.pull(client_version integer, scope text, after_seq bigint, max_rows integer)
RETURNS TABLE (change_seq bigint, entity text, data jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE t record; parts text[]; department text;
BEGIN
    PERFORM cc.check_client(client_version);
    department := cc.check_scope(scope);
    IF department IS NULL THEN
        RETURN QUERY SELECT * FROM cc.pull_rows(after_seq, max_rows);
        RETURN;
    END IF;
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

SELECT cc.build_pull();
REVOKE ALL ON FUNCTION cc.json_expr(text, text), cc.build_pull() FROM PUBLIC;
UPDATE cc.hub_meta SET value = '7' WHERE key = 'min_client_version';
