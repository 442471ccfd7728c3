-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 14: fewer statements per pushed entry (issue 12's offline hour;
-- docs/hub.md, "Limits"). Nothing a client sends or receives changes.
-- A push's time is spread over the statements the apply functions run for each entry, each
-- a few microseconds of executor setup; this takes out the ones that repeat work:
--   - cc.push looked each entry up in cc.push_log (is it a retry?) and logged each group with
--     an INSERT of its own: now one lookup of the push's outbox numbers before the loop and one
--     INSERT of all verdicts after it;
--   - cc.limit_minutes parsed a limit ("2wh", "1wd") with a query joined to the calendar, four
--     times per step: now plain expressions (the calendar read only for working days).
-- Measured by replaying a push of 250 reports and 250 acceptances on the demo town's hub:
-- see docs/hub.md, "Limits".

-- A limit's length in minutes and whether it counts working time (the workstation's
-- Core::DeadlineLimit); NULL minutes: no limit, or not one this hub can read.
CREATE OR REPLACE FUNCTION cc.limit_minutes(limit_text text, OUT minutes bigint, OUT working boolean)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    m text[] := regexp_match(btrim(COALESCE(limit_text, ''), E' \t\n\r\f\v'), '^([0-9]+)(wh|wd|m|h)$', 'i');
    amount bigint;
    unit text := lower(m[2]);
BEGIN
    -- The length first, in an IF of its own: SQL does not promise to test an OR left to right,
    -- and 20 digits would not cast.
    IF m IS NULL OR length(m[1]) > 9 THEN
        RETURN;
    END IF;
    amount := m[1]::bigint;
    IF amount NOT BETWEEN 1 AND 99999 THEN
        RETURN;
    END IF;
    working := unit IN ('wh', 'wd');
    minutes := CASE unit WHEN 'wd' THEN amount * (SELECT minutes_per_workday FROM cc.calendar_meta)
                         WHEN 'm' THEN amount ELSE amount * 60 END;
END $$;

-- As schema 4's (its comment there), with the retries of the push found by one lookup and
-- the verdicts logged by one INSERT. The log is written before the answer as before, in the
-- same transaction: a push is still taken whole or not at all.
CREATE OR REPLACE FUNCTION cc.push(client_version integer, client_id text, entries jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
DECLARE
    u cc.app_user;
    n integer;
    i integer := 0;
    j integer;
    e jsonb;
    grp text;
    retried bigint[]; -- outbox numbers of this push the log has, or will have
    seen cc.push_log;
    verdict jsonb;
    taken jsonb[];
    results jsonb[] := '{}';
    applied jsonb[] := '{}'; -- the verdicts to log (not the retries')
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
    SELECT array_agg(l.outbox_seq) INTO retried FROM cc.push_log l
     WHERE l.client_id = push.client_id
       AND l.outbox_seq IN (SELECT (x->>'seq')::bigint FROM jsonb_array_elements(entries) x);
    WHILE i < n AND (i = 0 OR clock_timestamp() - locked < budget) LOOP
        e := entries->i;
        IF (e->>'seq')::bigint = ANY(retried) THEN
            SELECT * INTO seen FROM cc.push_log WHERE push_log.client_id = push.client_id
                                                  AND outbox_seq = (e->>'seq')::bigint;
            IF NOT FOUND THEN -- the same outbox number twice in this push: a retry of the first
                SELECT v->>'status', v->>'code', v->>'message' INTO seen.status, seen.code, seen.message
                  FROM unnest(applied) v WHERE v->'seq' = e->'seq';
                seen.outbox_seq := (e->>'seq')::bigint;
            END IF;
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
        FOREACH verdict IN ARRAY taken LOOP
            results := array_append(results, verdict);
            applied := array_append(applied, verdict);
            retried := array_append(retried, (verdict->>'seq')::bigint);
        END LOOP;
        i := j;
    END LOOP;
    INSERT INTO cc.push_log (client_id, outbox_seq, user_id, status, code, message)
    SELECT push.client_id, (v->>'seq')::bigint, u.id, v->>'status', COALESCE(v->>'code', ''),
           COALESCE(v->>'message', '')
      FROM unnest(applied) v;
    -- Entries left for the next push go back into the bucket.
    UPDATE cc.push_client p SET tokens = tokens + (n - i) WHERE p.client_id = push.client_id;
    RETURN to_jsonb(results); -- what it applied rang the doorbell (cc.ring)
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cc.push(integer, text, jsonb) TO cc_sync_client;

-- As every schema: the workstations of this build and later.
UPDATE cc.hub_meta SET value = '14' WHERE key = 'min_client_version';
