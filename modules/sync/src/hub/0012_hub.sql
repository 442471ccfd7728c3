-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 12: video clips as case evidence travel with their case (issue 16;
-- docs/video.md, "Clips as evidence"; docs/hub.md, "clips").
-- A clip attached on a workstation (Cases::CaseClips) is a reference row: camera, the times
-- of its first and last frame, SHA-256, size, where its file lies. The row goes through the
-- push like the case's other rows and the hub re-checks it on its own data: the case exists,
-- the connection's user holds a post and, when it is a department's, the case is with that
-- department; the description is sane (camera, 64 hex digits, size within the cap, times in
-- order, at most 10 minutes, not in the future); the hub sets who attached it and when.
-- The bytes follow apart from the push, in chunks (cc.clip_put), written without the writer
-- lock: a 200 MB clip going up never holds back anyone's case rows. cc.clip_finish checks the
-- whole against the reference's SHA-256 and only then marks the references `stored` (that
-- one short update is stamped under the lock, so every workstation learns by its pull that
-- the clip can be fetched). Chunks are read back one by one (cc.clip_get) by anyone who may
-- read the case. Wraps cc.scope_filter, cc.apply_entry_as_caller and cc.refusal (the ones of
-- the schemas before are kept), so it composes with whichever earlier schema defined them.

INSERT INTO cc.hub_meta VALUES ('clip_max_bytes', '209715200'), ('clip_chunk_bytes', '1048576')
ON CONFLICT (key) DO NOTHING;

CREATE TABLE cc.case_clip (id text PRIMARY KEY,
    case_id text NOT NULL REFERENCES cc.case_record(id) ON DELETE CASCADE,
    camera_id text NOT NULL, camera_name text NOT NULL DEFAULT '', start_at text NOT NULL,
    end_at text NOT NULL, file text NOT NULL, sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size bigint NOT NULL CHECK (size > 0), note text NOT NULL DEFAULT '',
    added_by text NOT NULL REFERENCES cc.app_user(id), added_at text NOT NULL,
    stored integer NOT NULL DEFAULT 0, change_seq bigint NOT NULL DEFAULT 0,
    UNIQUE (case_id, sha256));
CREATE INDEX case_clip_by_sha256 ON cc.case_clip (sha256);
INSERT INTO cc.synced_table (position, name, has_geom, key_columns) VALUES (25, 'case_clip', false, '{id}');
CREATE TRIGGER case_clip_stamp BEFORE INSERT OR UPDATE ON cc.case_clip FOR EACH ROW EXECUTE FUNCTION cc.stamp();
CREATE INDEX case_clip_by_change_seq ON cc.case_clip (change_seq);
CREATE TRIGGER case_clip_bury AFTER DELETE ON cc.case_clip FOR EACH ROW EXECUTE FUNCTION cc.bury('id');
CREATE TRIGGER case_clip_ring AFTER INSERT OR UPDATE OR DELETE ON cc.case_clip
    FOR EACH STATEMENT EXECUTE FUNCTION cc.ring();

-- The bytes: chunks of clip_chunk_bytes (the last one shorter), stored as they come (video
-- does not compress: no TOAST compression spent on it), and the clips proved whole.
CREATE TABLE cc.clip_chunk (sha256 text NOT NULL, n integer NOT NULL CHECK (n >= 0),
    data bytea NOT NULL, PRIMARY KEY (sha256, n));
ALTER TABLE cc.clip_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
CREATE TABLE cc.clip_content (sha256 text PRIMARY KEY, size bigint NOT NULL, chunks integer NOT NULL,
    stored_at text NOT NULL, stored_by text NOT NULL);

-- A department's workstation reads the clips of the cases its department has held.
ALTER FUNCTION cc.scope_filter(text, text) RENAME TO scope_filter_before_clips;
CREATE FUNCTION cc.scope_filter(entity text, department text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN entity = 'case_clip' AND department IS NOT NULL THEN
            format('EXISTS (SELECT 1 FROM cc.case_event se WHERE se.case_id = t.case_id AND se.department_id = %L)', department)
        ELSE cc.scope_filter_before_clips(entity, department) END
$$;

-- ---------------------------------------------------------------- the reference row
-- Why a clip may not be attached as described (NULL: it may), as {code, message}: the rules
-- of Cases::CaseClips, on what the hub can check without the file.
CREATE FUNCTION cc.clip_problem(r jsonb) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    t_start timestamptz := cc.parse_time(r->>'start_at');
    t_end timestamptz := cc.parse_time(r->>'end_at');
    size_text text := r->>'size';
BEGIN
    IF jsonb_typeof(r->'camera_id') IS DISTINCT FROM 'string' OR btrim(r->>'camera_id') = ''
       OR length(r->>'camera_id') > 200 OR length(COALESCE(r->>'camera_name', '')) > 200 THEN
        RETURN ARRAY['evidence.bad-clip', 'A clip needs the camera it was cut from.'];
    ELSIF COALESCE(r->>'sha256', '') !~ '^[0-9a-f]{64}$' THEN
        RETURN ARRAY['evidence.bad-clip', 'A clip''s SHA-256 must be 64 lower-case hex digits.'];
    ELSIF jsonb_typeof(r->'size') IS DISTINCT FROM 'number' OR size_text !~ '^[0-9]{1,15}$'
          OR size_text::bigint = 0 THEN
        RETURN ARRAY['evidence.bad-clip', 'A clip''s size is a whole number of bytes.'];
    ELSIF size_text::bigint > cc.hub_setting('clip_max_bytes') THEN
        RETURN ARRAY['evidence.clip-too-large',
                     format('The clip has %s bytes; a case takes clips of at most %s.', size_text,
                            cc.hub_setting('clip_max_bytes'))];
    ELSIF t_start IS NULL OR t_end IS NULL OR t_end <= t_start THEN
        RETURN ARRAY['evidence.bad-clip', 'A clip needs a start before its end.'];
    ELSIF t_end - t_start > interval '602 seconds' THEN
        RETURN ARRAY['evidence.bad-clip', 'A clip may last at most 10 minutes.'];
    ELSIF t_end > now() + cc.hub_setting('clock_skew_seconds') * interval '1 second'
          OR t_start < now() - interval '366 days' THEN
        RETURN ARRAY['evidence.time-out-of-bounds', 'A clip is of the past year, not of the future.'];
    ELSIF jsonb_typeof(r->'file') IS DISTINCT FROM 'string' OR length(r->>'file') > 4096
          OR (r->>'file' !~ '^/' AND r->>'file' !~ '^[A-Za-z]:[\\/]') THEN
        RETURN ARRAY['evidence.bad-clip', 'A clip is referred to by its full path.'];
    ELSIF length(COALESCE(r->>'note', '')) > 2000 THEN
        RETURN ARRAY['evidence.bad-clip', 'A clip''s note may have at most 2000 characters.'];
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION cc.apply_case_clip(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    r jsonb := entry->'payload'->'row';
    c cc.case_record;
    problem text[];
    uuid_form text := '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
BEGIN
    IF entry->>'op' IS DISTINCT FROM 'insert' THEN
        RETURN cc.refusal(entry, 'sync.unsupported', 'Video evidence is attached, not changed or taken away.');
    ELSIF jsonb_typeof(r) IS DISTINCT FROM 'object' OR r->>'id' IS DISTINCT FROM entry->>'rowId'
          OR COALESCE(r->>'id', '') !~ uuid_form THEN
        RETURN cc.refusal(entry, 'sync.invalid-entry', 'The entry does not carry the clip.');
    ELSIF EXISTS (SELECT 1 FROM cc.case_clip WHERE id = r->>'id') THEN
        RETURN cc.refusal(entry, 'row.exists', format('The hub has clip %s already.', r->>'id'));
    END IF;
    SELECT * INTO c FROM cc.case_record WHERE id = r->>'case_id';
    IF NOT FOUND THEN
        RETURN cc.refusal(entry, 'evidence.unknown-case', 'The hub has no such case.');
    ELSIF NOT EXISTS (SELECT 1 FROM cc.user_role WHERE user_id = u.id) THEN
        RETURN cc.refusal(entry, 'auth.role-not-held', format('%s holds no post of the centre.', u.login));
    ELSIF cc.scope_of(u) <> 'city' AND c.department_id IS DISTINCT FROM u.department_id THEN
        RETURN cc.refusal(entry, 'evidence.not-yours', format('Case %s is not with your department.', c.number));
    END IF;
    problem := cc.clip_problem(r);
    IF problem IS NOT NULL THEN
        RETURN cc.refusal(entry, problem[1], problem[2]);
    ELSIF EXISTS (SELECT 1 FROM cc.case_clip WHERE case_id = c.id AND sha256 = r->>'sha256') THEN
        RETURN cc.refusal(entry, 'evidence.clip-duplicate', format('This clip is already attached to case %s.', c.number));
    END IF;
    INSERT INTO cc.case_clip (id, case_id, camera_id, camera_name, start_at, end_at, file, sha256, size,
                              note, added_by, added_at, stored)
    VALUES (r->>'id', c.id, btrim(r->>'camera_id'), COALESCE(r->>'camera_name', ''),
            cc.iso(cc.parse_time(r->>'start_at')), cc.iso(cc.parse_time(r->>'end_at')), r->>'file',
            r->>'sha256', (r->>'size')::bigint, btrim(COALESCE(r->>'note', '')), u.id, cc.iso(now()),
            CASE WHEN EXISTS (SELECT 1 FROM cc.clip_content k WHERE k.sha256 = r->>'sha256'
                                                              AND k.size = (r->>'size')::bigint) THEN 1 ELSE 0 END);
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

ALTER FUNCTION cc.apply_entry_as_caller(cc.app_user, jsonb) RENAME TO apply_entry_before_clips;
CREATE FUNCTION cc.apply_entry_as_caller(u cc.app_user, e jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN
    IF e->>'entity' = 'case_clip' THEN
        RETURN cc.apply_case_clip(u, e);
    END IF;
    RETURN cc.apply_entry_before_clips(u, e);
END $$;

-- A refused clip comes back with the hub's row (none: the workstation drops its copy; the
-- conflict keeps it).
ALTER FUNCTION cc.refusal(jsonb, text, text) RENAME TO refusal_before_clips;
CREATE FUNCTION cc.refusal(entry jsonb, code text, message text) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF entry->>'entity' IS DISTINCT FROM 'case_clip' THEN
        RETURN cc.refusal_before_clips(entry, code, message);
    END IF;
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'rejected', 'code', code,
                              'message', message,
                              'remote', jsonb_build_object('row', cc.row_now('case_clip', entry->>'rowId')));
END $$;

-- ---------------------------------------------------------------- the bytes
-- The reference the caller may read for a hash (the earliest attached), else raises.
CREATE FUNCTION cc.clip_reference(sha text) RETURNS cc.case_clip LANGUAGE plpgsql STABLE AS $$
DECLARE k cc.case_clip;
BEGIN
    SELECT * INTO k FROM cc.case_clip c WHERE c.sha256 = sha AND cc.readable(c.case_id)
     ORDER BY c.added_at, c.id LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No case you may read has a clip with SHA-256 %.', left(sha, 64) USING ERRCODE = 'CCV01';
    END IF;
    RETURN k;
END $$;

-- Whole chunks: integer division (hub_setting is numeric, whose division would round up).
CREATE FUNCTION cc.clip_chunk_count(size bigint) RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT ((size + cc.hub_setting('clip_chunk_bytes')::bigint - 1)
            / cc.hub_setting('clip_chunk_bytes')::bigint)::integer
$$;

-- {size, chunkBytes, chunks, stored, have: [chunk numbers on the hub]}: where an upload resumes.
CREATE FUNCTION cc.clip_state(client_version integer, sha text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE k cc.case_clip;
BEGIN
    PERFORM cc.check_client(client_version);
    k := cc.clip_reference(sha);
    RETURN jsonb_build_object('size', k.size, 'chunkBytes', cc.hub_setting('clip_chunk_bytes'),
        'chunks', cc.clip_chunk_count(k.size),
        'stored', EXISTS (SELECT 1 FROM cc.clip_content WHERE sha256 = sha),
        'have', COALESCE((SELECT jsonb_agg(n ORDER BY n) FROM cc.clip_chunk WHERE sha256 = sha), '[]'));
END $$;

-- One chunk of a clip the hub has a reference for: its number within the clip's size and its
-- length exactly the chunk's (so what is stored never exceeds the reference's size, itself
-- capped). No advisory lock: nobody's push waits for it.
CREATE FUNCTION cc.clip_put(client_version integer, sha text, n integer, data bytea) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE k cc.case_clip; chunk bigint := cc.hub_setting('clip_chunk_bytes')::bigint; last integer;
BEGIN
    PERFORM cc.check_client(client_version);
    k := cc.clip_reference(sha);
    IF EXISTS (SELECT 1 FROM cc.clip_content WHERE sha256 = sha) THEN
        RETURN false; -- already whole on the hub
    END IF;
    last := cc.clip_chunk_count(k.size) - 1;
    IF n IS NULL OR n < 0 OR n > last OR data IS NULL
       OR length(data) <> (CASE WHEN n < last THEN chunk ELSE k.size - chunk * last END) THEN
        RAISE EXCEPTION 'Chunk % of the clip is not one of its % chunks of % bytes.', n, last + 1, chunk
            USING ERRCODE = 'CCV02';
    END IF;
    INSERT INTO cc.clip_chunk (sha256, n, data) VALUES (sha, n, data)
    ON CONFLICT ON CONSTRAINT clip_chunk_pkey DO UPDATE SET data = excluded.data;
    RETURN true;
END $$;

-- The clip is whole: every chunk there and their SHA-256 the reference's. Then (and only then)
-- every reference to it is marked stored. A whole that does not match is dropped, to be sent
-- again: {"stored": false, "code": "evidence.clip-mismatch"}.
CREATE FUNCTION cc.clip_finish(client_version integer, sha text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE k cc.case_clip; have integer; digest text;
BEGIN
    PERFORM cc.check_client(client_version);
    k := cc.clip_reference(sha);
    IF NOT EXISTS (SELECT 1 FROM cc.clip_content WHERE sha256 = sha) THEN
        SELECT count(*) INTO have FROM cc.clip_chunk WHERE sha256 = sha;
        IF have <> cc.clip_chunk_count(k.size) THEN
            RAISE EXCEPTION 'The hub has % of the clip''s % chunks.', have, cc.clip_chunk_count(k.size)
                USING ERRCODE = 'CCV03';
        END IF;
        SELECT encode(sha256(string_agg(data, ''::bytea ORDER BY n)), 'hex') INTO digest
          FROM cc.clip_chunk WHERE sha256 = sha;
        IF digest IS DISTINCT FROM sha THEN
            DELETE FROM cc.clip_chunk WHERE sha256 = sha;
            RETURN jsonb_build_object('stored', false, 'code', 'evidence.clip-mismatch');
        END IF;
        INSERT INTO cc.clip_content VALUES (sha, k.size, have, cc.iso(now()), (cc.caller()).id);
    END IF;
    -- Stamped like every synced row: under the writers' lock, for this one short update only.
    PERFORM pg_advisory_xact_lock(7007);
    UPDATE cc.case_clip SET stored = 1 WHERE sha256 = sha AND stored = 0;
    RETURN jsonb_build_object('stored', true);
END $$;

-- One chunk of a stored clip, for anyone who may read a case it is attached to.
CREATE FUNCTION cc.clip_get(client_version integer, sha text, n integer) RETURNS bytea
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE k cc.case_clip; bytes bytea;
BEGIN
    PERFORM cc.check_client(client_version);
    k := cc.clip_reference(sha);
    IF NOT EXISTS (SELECT 1 FROM cc.clip_content WHERE sha256 = sha) THEN
        RAISE EXCEPTION 'The clip has not reached the hub yet.' USING ERRCODE = 'CCV04';
    END IF;
    SELECT data INTO bytes FROM cc.clip_chunk WHERE sha256 = sha AND clip_chunk.n = clip_get.n;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The clip has no chunk %.', n USING ERRCODE = 'CCV02';
    END IF;
    RETURN bytes;
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cc.clip_state(integer, text), cc.clip_put(integer, text, integer, bytea),
    cc.clip_finish(integer, text), cc.clip_get(integer, text, integer) TO cc_sync_client;

-- As every schema: the workstations of this build and later (one protocol at a time to
-- reason about; an older one is told to upgrade, nothing else changes for it).
UPDATE cc.hub_meta SET value = '12' WHERE key = 'min_client_version';
