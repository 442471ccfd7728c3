-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 4: limits and isolation (docs/hub.md, "Limits"). A push is capped
-- (entries and bytes) and costs the same per entry whatever its size; a client id belongs to
-- the login that first pushed with it; a photo travels in the push group of the step that
-- shows it; password hashes leave the hub only to their own user; a login can be checked
-- against the hub without its hash leaving it. Applied by `cityctl hub init` after 0003 (or
-- after 0002 while a build carries no 0003), and alone on a hub of schema 3. Touches only
-- what it names: cc.push, cc.apply_attachment_content, the row expressions of pull and
-- snapshot; not the case and row checks.

-- ---------------------------------------------------------------- limits
-- Tunable by the administrator (UPDATE cc.hub_meta …); workstations read them with cc.limits.
-- 500 entries keep the writer lock of one push short (bench_sync measures it); 64 MiB take
-- the photos a step may have (30 MB in all, CaseService), base64 in the push, with the step,
-- within the three quarters of the cap that a workstation fills at most.
-- Besides, one push holds the writer lock for about 100 ms at most: it stops between two groups
-- once that is spent and answers the entries it took; the workstation sends the rest again.
-- And one workstation's backlog goes up at 1,000 entries a second at most after a burst of
-- 2,000 (a token bucket per client id): the others must apply all of it as it arrives, and a
-- day of a collector's offline work would otherwise bury their own changes behind it.
INSERT INTO cc.hub_meta VALUES ('push_max_entries', '500'), ('push_max_bytes', '67108864'),
    ('push_max_ms', '100'), ('push_rate_entries', '1000'), ('push_burst_entries', '2000')
ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION cc.limit_of(name text) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT value::bigint FROM cc.hub_meta WHERE key = name
$$;

CREATE FUNCTION cc.limits(client_version integer) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
BEGIN
    PERFORM cc.check_client(client_version);
    PERFORM cc.caller();
    RETURN jsonb_build_object('pushEntries', cc.limit_of('push_max_entries'),
                              'pushBytes', cc.limit_of('push_max_bytes'), 'pushMs', cc.limit_of('push_max_ms'));
END $$;

-- Refuses a push over the limits before anything is taken or locked. Its size is the jsonb's
-- (pg_column_size: known without reading it), close to the JSON text the client sent.
CREATE FUNCTION cc.check_push_size(entries jsonb) RETURNS integer LANGUAGE plpgsql STABLE AS $$
DECLARE n integer := jsonb_array_length(entries); bytes bigint := pg_column_size(entries);
BEGIN
    IF n > cc.limit_of('push_max_entries') OR bytes > cc.limit_of('push_max_bytes') THEN
        RAISE EXCEPTION 'A push may carry at most % entries and % bytes; this one has % entries and % bytes. Nothing of it was applied: send it in smaller pushes.',
            cc.limit_of('push_max_entries'), cc.limit_of('push_max_bytes'), n, bytes USING ERRCODE = 'CCP01';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(entries) x
                WHERE jsonb_typeof(x) IS DISTINCT FROM 'object' OR jsonb_typeof(x->'seq') IS DISTINCT FROM 'number'
                   OR (x->>'seq')::numeric <> trunc((x->>'seq')::numeric) OR (x->>'seq')::numeric NOT BETWEEN 1 AND 9e18) THEN
        RAISE EXCEPTION 'Every entry of a push is an object with its outbox number ("seq", a positive integer).'
            USING ERRCODE = 'CCP03';
    END IF;
    RETURN n;
END $$;

-- ---------------------------------------------------------------- client ids
-- The login that owns each client id: the first to push with it. Nobody else may push under
-- it, so nobody can fill another workstation's outbox numbers in cc.push_log with verdicts.
CREATE TABLE cc.push_client (client_id text PRIMARY KEY, user_id text NOT NULL REFERENCES cc.app_user(id),
    first_push timestamptz NOT NULL DEFAULT now(),
    tokens double precision NOT NULL DEFAULT 0, refilled_at timestamptz NOT NULL DEFAULT now());
INSERT INTO cc.push_client (client_id, user_id, first_push)
SELECT DISTINCT ON (client_id) client_id, user_id, received_at FROM cc.push_log
 WHERE user_id IN (SELECT id FROM cc.app_user)
 ORDER BY client_id, received_at, outbox_seq;

CREATE FUNCTION cc.claim_client(client_id text, u cc.app_user) RETURNS void LANGUAGE plpgsql AS $$
DECLARE holder text;
BEGIN
    IF client_id IS NULL OR length(client_id) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'A client id has 1 to 64 characters.' USING ERRCODE = 'CCP02';
    END IF;
    INSERT INTO cc.push_client (client_id, user_id, tokens) VALUES (client_id, u.id, cc.limit_of('push_burst_entries'))
    ON CONFLICT DO NOTHING;
    SELECT p.user_id INTO holder FROM cc.push_client p WHERE p.client_id = claim_client.client_id;
    IF holder IS DISTINCT FROM u.id THEN
        RAISE EXCEPTION 'Client id % belongs to another hub login, not to %; this workstation must join the hub again.',
            client_id, u.login USING ERRCODE = 'CCP02';
    END IF;
END $$;

-- Waits (before the writer lock, so nobody else waits) until the client may push n more
-- entries, and takes them from its bucket.
CREATE FUNCTION cc.pace_client(client_id text, n integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    rate double precision := greatest(cc.limit_of('push_rate_entries'), 1);
    c cc.push_client;
    have double precision;
    wait double precision;
BEGIN
    SELECT * INTO c FROM cc.push_client p WHERE p.client_id = pace_client.client_id FOR UPDATE;
    have := least(cc.limit_of('push_burst_entries'), c.tokens + rate * extract(epoch FROM clock_timestamp() - c.refilled_at));
    wait := greatest(0, (n - have) / rate);
    IF wait > 0 THEN
        PERFORM pg_sleep(wait);
    END IF;
    UPDATE cc.push_client p SET tokens = greatest(0, have + rate * wait - n), refilled_at = clock_timestamp()
     WHERE p.client_id = pace_client.client_id;
END $$;

-- ---------------------------------------------------------------- photos
-- Bytes of a photo only with the step that shows it: an attachment_content entry must have a
-- case action of its own push group whose attachments name its hash.
CREATE FUNCTION cc.photo_has_step(entries jsonb, from_i integer, to_i integer, photo jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT photo->'payload'->>'group' IS NOT NULL AND EXISTS (
        SELECT 1 FROM generate_series(from_i, to_i) m,
                      jsonb_array_elements(CASE WHEN jsonb_typeof(entries->m->'payload'->'attachments') = 'array'
                                                THEN entries->m->'payload'->'attachments' ELSE '[]' END) a
         WHERE entries->m->>'entity' = 'case_event' AND entries->m->>'op' = 'action'
           AND a->>'sha256' = photo->'payload'->>'sha256')
$$;

-- The bytes of a photo (base64), checked against their SHA-256; idempotent by hash. The size is
-- checked on the base64 text first, so a huge one is not decoded at all.
CREATE OR REPLACE FUNCTION cc.apply_attachment_content(entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    p jsonb := entry->'payload';
    bytes bytea;
BEGIN
    IF length(p->>'data') > (20 * 1024 * 1024 + 2) / 3 * 4 + 4 THEN
        RETURN cc.refusal(entry, 'attachment.too-large', 'A photo may have at most 20 MB.');
    END IF;
    bytes := decode(p->>'data', 'base64');
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

-- ---------------------------------------------------------------- push
-- One group (entries from_i .. to_i) taken whole or refused whole, in a subtransaction; the
-- verdicts in entry order. Its own function so that cc.push stays a loop.
CREATE FUNCTION cc.apply_group(u cc.app_user, entries jsonb, from_i integer, to_i integer) RETURNS jsonb[]
LANGUAGE plpgsql AS $$
DECLARE
    k integer;
    e jsonb;
    verdict jsonb;
    failed jsonb;
    failed_at integer;
    taken jsonb[] := '{}';
BEGIN
    BEGIN
        FOR k IN from_i .. to_i LOOP
            failed_at := k;
            e := entries->k;
            IF e->>'entity' = 'attachment_content' AND NOT cc.photo_has_step(entries, from_i, to_i, e) THEN
                verdict := jsonb_build_object('status', 'rejected', 'code', 'attachment.orphan', 'message',
                    'A photo is pushed only in the group of the step that shows it; this one has no such step.');
            ELSE
                verdict := cc.apply_entry(u, e);
            END IF;
            IF verdict->>'status' = 'rejected' THEN
                failed := verdict;
                RAISE EXCEPTION 'refused' USING ERRCODE = 'CCG01';
            END IF;
            taken := array_append(taken, verdict);
        END LOOP;
        RETURN taken;
    EXCEPTION WHEN others THEN
        -- Rolled back to before the group: the refusals carry the hub's rows as they are now.
        IF failed IS NULL THEN
            failed := jsonb_build_object('code', 'sync.invalid-entry', 'message', SQLERRM);
        END IF;
    END;
    taken := '{}';
    FOR k IN from_i .. to_i LOOP
        taken := array_append(taken, CASE WHEN k = failed_at
            THEN cc.refusal(entries->k, failed->>'code', failed->>'message')
            ELSE cc.refusal(entries->k, 'sync.group-refused',
                            format('Saved together with a change the hub refused: %s', failed->>'message')) END);
    END LOOP;
    RETURN taken;
END $$;

-- A batch of outbox entries in outbox order. Idempotent by (client, outbox seq): an entry seen
-- before gets its first verdict again (and a refused one the hub's current copy), so a retry
-- after a lost acknowledgement changes nothing. Entries of one group (payload "group") are
-- taken all or none. Capped (cc.check_push_size) and linear: the verdicts gather in an array
-- (appended in place) where schema 2 concatenated jsonb, which copied every verdict so far for
-- each entry (its cost per entry grew with the push: 1.6, 1.9, 3.0 ms for 500, 2,000, 6,000
-- entries, against 1.0 ms now on the same machine). Once push_max_ms have gone by under the
-- writer lock it stops before the next group and answers the verdicts so far: the caller
-- sends the other entries again (nothing of them was taken or logged).
CREATE OR REPLACE FUNCTION cc.push(client_version integer, client_id text, entries jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE
    u cc.app_user;
    n integer;
    i integer := 0;
    j integer;
    e jsonb;
    grp text;
    seen cc.push_log;
    verdict jsonb;
    taken jsonb[];
    results jsonb[] := '{}';
    locked timestamptz;
    budget interval := make_interval(secs => cc.limit_of('push_max_ms') / 1000.0);
BEGIN
    PERFORM cc.check_client(client_version);
    u := cc.caller();
    IF jsonb_typeof(entries) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'A push is a JSON array of outbox entries.' USING ERRCODE = 'CCP03';
    END IF;
    -- An argument read from a table may arrive compressed: expand it once, not for each entry
    -- (and measure what it really is).
    entries := entries || '[]'::jsonb;
    n := cc.check_push_size(entries);
    PERFORM cc.claim_client(client_id, u);
    PERFORM cc.pace_client(client_id, n);
    -- One writer at a time: change_seq then commits in order (see cc.pull).
    PERFORM pg_advisory_xact_lock(7007);
    locked := clock_timestamp();
    WHILE i < n AND (i = 0 OR clock_timestamp() - locked < budget) LOOP
        e := entries->i;
        SELECT * INTO seen FROM cc.push_log WHERE push_log.client_id = push.client_id
                                              AND outbox_seq = (e->>'seq')::bigint;
        IF FOUND THEN
            IF seen.status = 'rejected' THEN
                verdict := cc.refusal(e, seen.code, seen.message);
            ELSE
                verdict := jsonb_build_object('seq', seen.outbox_seq, 'status', seen.status);
            END IF;
            results := array_append(results, verdict || '{"duplicate": true}');
            i := i + 1;
            CONTINUE;
        END IF;
        -- Entries i .. j-1: this one and the rest of its group.
        grp := e->'payload'->>'group';
        j := i + 1;
        WHILE grp IS NOT NULL AND j < n AND entries->j->'payload'->>'group' = grp LOOP
            j := j + 1;
        END LOOP;
        taken := cc.apply_group(u, entries, i, j - 1);
        INSERT INTO cc.push_log (client_id, outbox_seq, user_id, status, code, message)
        SELECT push.client_id, (v->>'seq')::bigint, u.id, v->>'status', COALESCE(v->>'code', ''),
               COALESCE(v->>'message', '')
          FROM unnest(taken) v;
        FOREACH verdict IN ARRAY taken LOOP
            results := array_append(results, verdict);
        END LOOP;
        i := j;
    END LOOP;
    -- Entries left for the next push go back into the bucket.
    UPDATE cc.push_client p SET tokens = tokens + (n - i) WHERE p.client_id = push.client_id;
    RETURN to_jsonb(results); -- what it applied rang the doorbell (cc.ring)
END $$;

-- ---------------------------------------------------------------- password hashes
-- The CityCommand user of the connection, or NULL (an administrator's session).
CREATE FUNCTION cc.session_user_id() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT user_id FROM cc.hub_login WHERE pg_role = session_user
$$;

-- A row as cc.pull hands it out. A user's password hash only to that user's own login (the
-- workstation keeps it for logging in offline); for everyone else the key is left out, so a
-- workstation keeps what it has (a hash it checked against the hub: cc.check_login). The
-- caller's id goes into the text as a literal: a snapshot's cursor runs as the login, which
-- may not read cc.hub_login itself.
CREATE OR REPLACE FUNCTION cc.json_expr(entity text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN entity = 'app_user' THEN '((' ELSE '' END
           || 'jsonb_build_object(' || string_agg(
               CASE WHEN attname = 'geom' THEN '''geom'', cc.gpkg_hex(t.geom)'
                    WHEN atttypid = 'bytea'::regtype THEN format('%L, encode(t.%I, ''hex'')', attname, attname)
                    ELSE format('%L, t.%I', attname, attname) END, ', ' ORDER BY attnum) || ')'
           || CASE WHEN entity = 'app_user' THEN
                  ' || jsonb_build_object(''roles'', COALESCE((SELECT jsonb_agg(ur.role ORDER BY ur.role) '
                  'FROM cc.user_role ur WHERE ur.user_id = t.id), ''[]''))) - CASE WHEN t.id = '
                  || COALESCE(quote_literal(cc.session_user_id()), 'NULL') || ' THEN ''''::text ELSE ''password_hash'' END)'
              ELSE '' END
      FROM pg_attribute
     WHERE attrelid = ('cc.' || quote_ident(entity))::regclass AND attnum > 0 AND NOT attisdropped
       AND attname <> 'change_seq'
$$;

-- The same for a snapshot (text columns): an empty hash for everyone but the caller.
CREATE OR REPLACE FUNCTION cc.columns_expr(entity text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT string_agg(CASE WHEN attname = 'geom' THEN 'cc.gpkg_hex(t.geom) AS geom'
                           WHEN atttypid = 'bytea'::regtype THEN format('encode(t.%I, ''hex'') AS %I', attname, attname)
                           WHEN entity = 'app_user' AND attname = 'password_hash' THEN
                               'CASE WHEN t.id = ' || COALESCE(quote_literal(cc.session_user_id()), 'NULL')
                               || ' THEN t.password_hash ELSE '''' END AS password_hash'
                           ELSE format('t.%I', attname) END, ', ' ORDER BY attnum)
           || CASE WHEN entity = 'app_user' THEN
                  ', (SELECT string_agg(ur.role, '','' ORDER BY ur.role) FROM cc.user_role ur WHERE ur.user_id = t.id) AS roles'
              ELSE '' END
      FROM pg_attribute
     WHERE attrelid = ('cc.' || quote_ident(entity))::regclass AND attnum > 0 AND NOT attisdropped
       AND attname <> 'change_seq'
$$;

-- ---------------------------------------------------------------- logins checked by the hub
-- A workstation checks a login against the hub without the hash leaving it: it asks for the
-- hash's parameters and salt (cc.login_salt), computes the argon2id hash of the typed password
-- with them and asks whether that is the hub's (cc.check_login). Wrong guesses are counted
-- per hub login (the workstation) and user: 10 in 15 minutes lock that pair for the rest of
-- the 15 minutes.
CREATE TABLE cc.login_failure (pg_role name NOT NULL, login text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE INDEX login_failure_by_login ON cc.login_failure (login, pg_role, at);

-- "$argon2id$v=19$m=…,t=…,p=…$<salt>$": the user's hash up to its last "$". For an unknown,
-- inactive or password-less login a made-up salt that is always the same for it, so the
-- answer does not tell which logins exist.
CREATE FUNCTION cc.login_salt(client_version integer, login text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE hash text;
BEGIN
    PERFORM cc.check_client(client_version);
    PERFORM cc.caller();
    SELECT a.password_hash INTO hash FROM cc.app_user a WHERE a.login = login_salt.login AND a.active = 1;
    IF hash LIKE '$argon2id$%$%$%' THEN
        RETURN substring(hash FROM '^(.*\$)');
    END IF;
    RETURN '$argon2id$v=19$m=65536,t=2,p=1$'
        || rtrim(encode(substring(sha256(convert_to((SELECT value FROM cc.hub_meta WHERE key = 'hub_id') || '/' || login, 'UTF8'))
                                  FROM 1 FOR 16), 'base64'), '=') || '$';
END $$;

CREATE FUNCTION cc.check_login(client_version integer, login text, candidate text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE hash text;
BEGIN
    PERFORM cc.check_client(client_version);
    PERFORM cc.caller();
    DELETE FROM cc.login_failure f WHERE f.at < now() - interval '15 minutes';
    IF (SELECT count(*) FROM cc.login_failure f WHERE f.login = check_login.login AND f.pg_role = session_user) >= 10 THEN
        RAISE EXCEPTION 'Too many wrong passwords for % from this workstation; try again in 15 minutes.', login
            USING ERRCODE = 'CCL01';
    END IF;
    SELECT a.password_hash INTO hash FROM cc.app_user a WHERE a.login = check_login.login AND a.active = 1;
    IF hash <> '' AND hash = candidate THEN
        RETURN true;
    END IF;
    INSERT INTO cc.login_failure (pg_role, login) VALUES (session_user, check_login.login);
    RETURN false;
END $$;

-- ---------------------------------------------------------------- rights
REVOKE ALL ON ALL TABLES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cc.limits(integer), cc.login_salt(integer, text), cc.check_login(integer, text, text)
    TO cc_sync_client;

UPDATE cc.hub_meta SET value = '4' WHERE key = 'min_client_version';
