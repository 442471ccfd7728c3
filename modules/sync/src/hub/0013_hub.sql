-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 13: the city's basemap (issue 15; docs/map.md, "The town basemap";
-- docs/hub.md, "basemap").
-- The basemap (basemap_area, basemap_line: the town's fields, blocks, walled places, water,
-- street centrelines and bridges, drawn beneath the grids) is tens of thousands of features
-- that change as a whole and seldom, so it is not a synced table (a change_seq per feature
-- would send it again on every republication and bury each old feature): the hub holds it as
-- numbered versions. An administrator publishes a version in batches (cc.basemap_begin, _put,
-- _finish: `cityctl hub seed` with the city, `cityctl hub basemap`, or an administrator's
-- workstation with `cityctl sync basemap`); the hub checks every feature (its kind, a valid
-- polygon or a line in GeoPackage form) and makes the version current only when all of it
-- came, dropping the one before. Workstations compare the current version with theirs and
-- only then stream it (cc.basemap_rows, by fid) into one local transaction. Published
-- without the writers' lock: nobody's case rows wait for it.

CREATE TABLE cc.basemap_version (version integer PRIMARY KEY,
    state text NOT NULL CHECK (state IN ('loading', 'current')), areas integer NOT NULL DEFAULT 0,
    lines integer NOT NULL DEFAULT 0, published_by text NOT NULL, started_at text NOT NULL,
    published_at text);
CREATE TABLE cc.basemap_area (version integer NOT NULL REFERENCES cc.basemap_version ON DELETE CASCADE,
    fid integer NOT NULL, geom bytea NOT NULL, kind text NOT NULL, name text NOT NULL DEFAULT '',
    PRIMARY KEY (version, fid));
CREATE TABLE cc.basemap_line (version integer NOT NULL REFERENCES cc.basemap_version ON DELETE CASCADE,
    fid integer NOT NULL, geom bytea NOT NULL, kind text NOT NULL, name text NOT NULL DEFAULT '',
    width_m double precision NOT NULL DEFAULT 0, PRIMARY KEY (version, fid));
INSERT INTO cc.hub_meta VALUES ('basemap_max_features', '1000000'), ('basemap_batch_rows', '5000')
ON CONFLICT (key) DO NOTHING;

-- Who publishes: an administrator of the centre, or the hub's PostgreSQL administrator
-- (`cityctl hub seed`, `cityctl hub basemap`). Returns the name that signs the version.
CREATE FUNCTION cc.basemap_publisher() RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE u cc.app_user;
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RETURN session_user;
    END IF;
    u := cc.caller();
    IF NOT cc.holds(u, '{admin}') THEN
        RAISE EXCEPTION 'Only an administrator publishes the basemap; % is none.', u.login
            USING ERRCODE = 'CCB01';
    END IF;
    RETURN u.login;
END $$;

-- A new version to fill (the publisher's earlier unfinished ones are dropped).
CREATE FUNCTION cc.basemap_begin(client_version integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE who text; next_version integer;
BEGIN
    PERFORM cc.check_client(client_version);
    who := cc.basemap_publisher();
    -- One publication at a time takes a number.
    PERFORM pg_advisory_xact_lock(7013);
    DELETE FROM cc.basemap_version WHERE state = 'loading' AND published_by = who;
    SELECT COALESCE(max(version), 0) + 1 INTO next_version FROM cc.basemap_version;
    INSERT INTO cc.basemap_version (version, state, published_by, started_at)
    VALUES (next_version, 'loading', who, cc.iso(now()));
    RETURN next_version;
END $$;

-- One batch of features ([{fid, kind, name, geom (GPKG hex), width_m}], kind 'area' or
-- 'line') of a version this publisher is filling.
CREATE FUNCTION cc.basemap_put(client_version integer, target integer, layer text, features jsonb)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE who text; f jsonb; shape geometry; fid_text text; wanted text; loaded integer;
BEGIN
    PERFORM cc.check_client(client_version);
    who := cc.basemap_publisher();
    IF NOT EXISTS (SELECT 1 FROM cc.basemap_version WHERE version = target AND state = 'loading'
                                                     AND published_by = who) THEN
        RAISE EXCEPTION 'Basemap version % is not one you are publishing.', target USING ERRCODE = 'CCB02';
    ELSIF layer NOT IN ('area', 'line') OR jsonb_typeof(features) IS DISTINCT FROM 'array'
          OR jsonb_array_length(features) > cc.hub_setting('basemap_batch_rows') THEN
        RAISE EXCEPTION 'A batch is a list of at most % areas or lines.', cc.hub_setting('basemap_batch_rows')
            USING ERRCODE = 'CCB03';
    END IF;
    SELECT (SELECT count(*) FROM cc.basemap_area WHERE version = target)
         + (SELECT count(*) FROM cc.basemap_line WHERE version = target) INTO loaded;
    IF loaded + jsonb_array_length(features) > cc.hub_setting('basemap_max_features') THEN
        RAISE EXCEPTION 'A basemap has at most % features.', cc.hub_setting('basemap_max_features')
            USING ERRCODE = 'CCB03';
    END IF;
    wanted := CASE layer WHEN 'area' THEN 'ST_Polygon' ELSE 'ST_LineString' END;
    FOR f IN SELECT x FROM jsonb_array_elements(features) x LOOP
        fid_text := f->>'fid';
        BEGIN
            shape := cc.geom_from_gpkg(f->>'geom');
        EXCEPTION WHEN others THEN
            shape := NULL;
        END;
        IF COALESCE(fid_text, '') !~ '^[0-9]{1,9}$' OR jsonb_typeof(f->'kind') IS DISTINCT FROM 'string'
           OR f->>'kind' !~ '^[a-z_]{1,40}$' OR length(COALESCE(f->>'name', '')) > 200
           OR (layer = 'line' AND NOT COALESCE(f->>'width_m', '0') ~ '^[0-9]{1,3}(\.[0-9]+)?$') THEN
            RAISE EXCEPTION 'Basemap feature % is not a fid, a kind and a name.', left(COALESCE(fid_text, '?'), 12)
                USING ERRCODE = 'CCB03';
        ELSIF shape IS NULL OR ST_GeometryType(shape) <> wanted
              OR (layer = 'area' AND NOT ST_IsValid(shape)) THEN
            RAISE EXCEPTION 'Basemap feature % is not a valid %.', fid_text, lower(substr(wanted, 4))
                USING ERRCODE = 'CCB04';
        END IF;
        IF layer = 'area' THEN
            INSERT INTO cc.basemap_area (version, fid, geom, kind, name)
            VALUES (target, fid_text::integer, decode(f->>'geom', 'hex'), f->>'kind', COALESCE(f->>'name', ''));
        ELSE
            INSERT INTO cc.basemap_line (version, fid, geom, kind, name, width_m)
            VALUES (target, fid_text::integer, decode(f->>'geom', 'hex'), f->>'kind', COALESCE(f->>'name', ''),
                    COALESCE(f->>'width_m', '0')::double precision);
        END IF;
    END LOOP;
    RETURN jsonb_array_length(features);
END $$;

-- The version is whole (the counts the publisher sent): it becomes the current one, the one
-- before goes, and the doorbell rings.
CREATE FUNCTION cc.basemap_finish(client_version integer, target integer, areas integer, lines integer)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE who text; have_areas integer; have_lines integer;
BEGIN
    PERFORM cc.check_client(client_version);
    who := cc.basemap_publisher();
    IF NOT EXISTS (SELECT 1 FROM cc.basemap_version WHERE version = target AND state = 'loading'
                                                     AND published_by = who) THEN
        RAISE EXCEPTION 'Basemap version % is not one you are publishing.', target USING ERRCODE = 'CCB02';
    END IF;
    SELECT count(*) INTO have_areas FROM cc.basemap_area WHERE version = target;
    SELECT count(*) INTO have_lines FROM cc.basemap_line WHERE version = target;
    IF have_areas <> areas OR have_lines <> lines THEN
        RAISE EXCEPTION 'The hub has % areas and % lines of version %, not % and %.', have_areas, have_lines,
            target, areas, lines USING ERRCODE = 'CCB03';
    END IF;
    PERFORM pg_advisory_xact_lock(7013);
    DELETE FROM cc.basemap_version WHERE state = 'current' OR (state = 'loading' AND version < target
                                                                 AND published_by = who);
    UPDATE cc.basemap_version SET state = 'current', areas = have_areas, lines = have_lines,
                                  published_at = cc.iso(now()) WHERE version = target;
    PERFORM pg_notify('cc_changes', '{"scope":"city"}');
    RETURN target;
END $$;

-- {version, areas, lines, publishedAt, publishedBy} of the current basemap (null: none).
CREATE FUNCTION cc.basemap_current(client_version integer) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
BEGIN
    PERFORM cc.check_client(client_version);
    PERFORM cc.caller();
    RETURN (SELECT jsonb_build_object('version', version, 'areas', areas, 'lines', lines,
                                      'publishedAt', published_at, 'publishedBy', published_by)
              FROM cc.basemap_version WHERE state = 'current');
END $$;

-- Features of the current version after a fid, in fid order (the drawing order). A version
-- that is no longer current raises (republished meanwhile: the workstation starts again).
CREATE FUNCTION cc.basemap_rows(client_version integer, target integer, layer text, after_fid integer,
                                max_rows integer)
RETURNS TABLE (fid integer, kind text, name text, width_m double precision, geom text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
BEGIN
    PERFORM cc.check_client(client_version);
    PERFORM cc.caller();
    IF NOT EXISTS (SELECT 1 FROM cc.basemap_version v WHERE v.version = target AND v.state = 'current') THEN
        RAISE EXCEPTION 'Basemap version % is no longer the current one.', target USING ERRCODE = 'CCB05';
    END IF;
    IF layer = 'area' THEN
        RETURN QUERY SELECT a.fid, a.kind, a.name, 0::double precision, encode(a.geom, 'hex')
                       FROM cc.basemap_area a WHERE a.version = target AND a.fid > after_fid
                      ORDER BY a.fid LIMIT least(max_rows, 10000);
    ELSE
        RETURN QUERY SELECT l.fid, l.kind, l.name, l.width_m, encode(l.geom, 'hex')
                       FROM cc.basemap_line l WHERE l.version = target AND l.fid > after_fid
                      ORDER BY l.fid LIMIT least(max_rows, 10000);
    END IF;
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cc.basemap_begin(integer), cc.basemap_put(integer, integer, text, jsonb),
    cc.basemap_finish(integer, integer, integer, integer), cc.basemap_current(integer),
    cc.basemap_rows(integer, integer, text, integer, integer) TO cc_sync_client;

-- As every schema: the workstations of this build and later.
UPDATE cc.hub_meta SET value = '13' WHERE key = 'min_client_version';
