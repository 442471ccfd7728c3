-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 3: the hub derives, the client proposes (docs/hub.md). For a case
-- action a workstation's entry is only what a person decided (the case, the action, the
-- version acted on, the note, the department, hours or result the step asks for, photos, the
-- time of the action); the hub computes everything else itself: the new state, the event's
-- number, the actor's name, the stage, every deadline on the hub's own copy of the work
-- calendar, the in-time flags and the counters. A report is geocoded and numbered here.
-- Applied by `cityctl hub init` after 0002 on a new hub, alone on a schema-2 hub.

-- ---------------------------------------------------------------- settings of this hub
-- Not synced (cc.hub_meta): a client's time of action is taken between the case's previous
-- event and the hub's clock plus a small skew, and no older than the offline window.
INSERT INTO cc.hub_meta VALUES ('offline_window_hours', '72'), ('clock_skew_seconds', '300'),
    ('max_extension_hours', '240')
ON CONFLICT (key) DO NOTHING;

-- (The small helpers called for every action are PL/pgSQL: their plans are kept for the
-- session, where an SQL function with a FROM is planned again at every call.)
CREATE FUNCTION cc.hub_setting(name text) RETURNS numeric LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT value::numeric FROM cc.hub_meta WHERE key = name);
END $$;

-- ---------------------------------------------------------------- the state machine's effects
-- Filled with the transitions by `cityctl hub init` from Core::CaseStateMachine: the step an
-- action belongs to, the resume state after it, what it does to the stage timer, the counters.
ALTER TABLE cc.transition ADD COLUMN stage text NOT NULL DEFAULT '',
    ADD COLUMN resume_after text NOT NULL DEFAULT '', ADD COLUMN timer text NOT NULL DEFAULT 'keep',
    ADD COLUMN counts_dispatch boolean NOT NULL DEFAULT false,
    ADD COLUMN counts_rework boolean NOT NULL DEFAULT false;

-- Per state (also from the core, by `cityctl hub init`): the stage whose timer runs in it,
-- whether the department's disposal deadline runs, the centre's own limit for it ("30m").
CREATE TABLE cc.case_state (state text PRIMARY KEY, timed_stage text NOT NULL,
    in_disposal boolean NOT NULL, stage_limit text NOT NULL);

-- ---------------------------------------------------------------- times
-- Workstations store times as ISO-8601 UTC text with milliseconds (Storage::isoUtc). STABLE
-- like the timestamptz functions they call, so that the planner inlines them.
CREATE FUNCTION cc.iso(t timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- Exactly the form isoUtc writes, else NULL.
CREATE FUNCTION cc.parse_time(text_value text) RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF text_value IS NULL OR text_value !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$' THEN
        RETURN NULL;
    END IF;
    RETURN text_value::timestamptz;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

CREATE FUNCTION cc.ms(t timestamptz) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT floor(extract(epoch FROM t) * 1000)::bigint
$$;

CREATE FUNCTION cc.from_ms(ms bigint) RETURNS timestamptz LANGUAGE sql STABLE AS $$
    SELECT timestamptz 'epoch' + ms * interval '1 millisecond'
$$;

-- ---------------------------------------------------------------- the work calendar
-- The calendar of cc.work_calendar 'default' (the one workstations use; else the shipped
-- one, which `cityctl hub init` keeps in cc.hub_meta 'default_calendar'), unpacked for the
-- arithmetic below by cc.reload_calendar whenever the table changes.
CREATE TABLE cc.calendar_meta (single boolean PRIMARY KEY DEFAULT true CHECK (single),
    zone text NOT NULL, minutes_per_workday integer NOT NULL, known_years integer[] NOT NULL,
    working_dows integer[] NOT NULL, makeup_dow integer);
-- Working periods per ISO day of week (1 = Monday); an end of 00:00 is the end of the day.
CREATE TABLE cc.calendar_period (dow integer NOT NULL, start_t time NOT NULL, end_t time NOT NULL,
    PRIMARY KEY (dow, start_t));
-- Holidays (workday false) and make-up workdays (调休上班, workday true).
CREATE TABLE cc.calendar_day (day date PRIMARY KEY, workday boolean NOT NULL);

-- Mirrors Core::WorkCalendar::fromJson (modules/core/src/workcalendar.cpp).
CREATE FUNCTION cc.load_calendar(def jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    zone text := COALESCE(def->>'timeZone', 'Asia/Shanghai');
    k text;
    v jsonb;
    known integer[] := '{}';
BEGIN
    PERFORM now() AT TIME ZONE zone; -- an unknown zone raises
    DELETE FROM cc.calendar_period;
    DELETE FROM cc.calendar_day;
    DELETE FROM cc.calendar_meta;
    IF def ? 'week' THEN -- replaces the default week entirely
        FOR k, v IN SELECT key, value FROM jsonb_each(def->'week') LOOP
            INSERT INTO cc.calendar_period
            SELECT k::integer, (p->>0)::time,
                   CASE WHEN p->>1 IN ('24:00', '00:00') THEN time '00:00' ELSE (p->>1)::time END
              FROM jsonb_array_elements(v) p;
        END LOOP;
    ELSE
        INSERT INTO cc.calendar_period
        SELECT d, s, e FROM generate_series(1, 5) d,
               (VALUES (time '08:00', time '12:00'), (time '14:00', time '18:00')) AS p(s, e);
    END IF;
    FOR k, v IN SELECT key, value FROM jsonb_each(COALESCE(def->'years', '{}')) LOOP
        INSERT INTO cc.calendar_day SELECT d::date, false FROM jsonb_array_elements_text(COALESCE(v->'holidays', '[]')) d;
        INSERT INTO cc.calendar_day SELECT d::date, true FROM jsonb_array_elements_text(COALESCE(v->'workdays', '[]')) d;
        IF COALESCE((v->>'known')::boolean, true) THEN
            known := known || k::integer;
        END IF;
    END LOOP;
    INSERT INTO cc.calendar_meta (zone, minutes_per_workday, known_years, working_dows, makeup_dow)
    SELECT zone, COALESCE((def->>'minutesPerWorkday')::integer, 480), known,
           COALESCE(array_agg(DISTINCT dow), '{}'), min(dow)
      FROM cc.calendar_period;
    -- True sizes for the planner (a few rows each): without them it guesses thousands and
    -- compiles the walks below with JIT, seconds per deadline.
    ANALYZE cc.calendar_meta, cc.calendar_period, cc.calendar_day;
END $$;

CREATE FUNCTION cc.reload_calendar() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    stored text := (SELECT definition FROM cc.work_calendar WHERE id = 'default');
    shipped text := (SELECT value FROM cc.hub_meta WHERE key = 'default_calendar');
BEGIN
    BEGIN
        PERFORM cc.load_calendar(COALESCE(stored, shipped, '{}')::jsonb);
    EXCEPTION WHEN others THEN
        -- A broken definition: workstations fall back to the shipped calendar, so does the hub.
        PERFORM cc.load_calendar(COALESCE(shipped, '{}')::jsonb);
    END;
END $$;

CREATE FUNCTION cc.work_calendar_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM cc.reload_calendar();
    RETURN NULL;
END $$;
CREATE TRIGGER work_calendar_reload AFTER INSERT OR UPDATE OR DELETE ON cc.work_calendar
    FOR EACH STATEMENT EXECUTE FUNCTION cc.work_calendar_changed();

-- The working blocks of the local days d0 … d1 as instants (ms since the epoch), ascending:
-- WorkCalendar::periodsOn (a make-up workday on a day without a schedule of its own is
-- worked like the first day of the week that has one) and spansOn.
CREATE FUNCTION cc.work_spans(d0 date, d1 date) RETURNS TABLE (day date, s bigint, e bigint)
LANGUAGE sql STABLE ROWS 40 AS $$
    SELECT day, s, e FROM (
        SELECT d.day,
               cc.ms((d.day + p.start_t) AT TIME ZONE m.zone) AS s,
               cc.ms(CASE WHEN p.end_t = time '00:00' THEN (d.day + 1) + time '00:00'
                          ELSE d.day + p.end_t END AT TIME ZONE m.zone) AS e
          FROM cc.calendar_meta m
         CROSS JOIN LATERAL (SELECT g::date AS day, extract(isodow FROM g)::integer AS dow
                               FROM generate_series(d0::timestamp, d1::timestamp, interval '1 day') g) d
          LEFT JOIN cc.calendar_day x ON x.day = d.day
          JOIN cc.calendar_period p ON p.dow = CASE WHEN x.workday AND NOT d.dow = ANY(m.working_dows)
                                                    THEN m.makeup_dow ELSE d.dow END
         WHERE x.workday IS DISTINCT FROM false) spans
     WHERE e > s
     ORDER BY s
$$;

CREATE FUNCTION cc.local_day(t timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
    SELECT (t AT TIME ZONE (SELECT zone FROM cc.calendar_meta))::date
$$;

-- Whether the holiday data of some year between a and b is missing.
CREATE FUNCTION cc.beyond_known(a date, b date) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM cc.calendar_meta m,
                                 generate_series(extract(year FROM least(a, b))::integer,
                                                 extract(year FROM greatest(a, b))::integer) y
                    WHERE NOT y = ANY(m.known_years))
$$;

-- start + minutes of working time (WorkCalendar::addWorkingMinutes, minutes ≥ 0): a start
-- outside working time counts from the next block; ten years without any working time is a
-- calendar without any (at NULL). The walk takes the days in growing chunks.
CREATE FUNCTION cc.add_working_minutes(start timestamptz, minutes bigint, OUT at timestamptz, OUT beyond boolean)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    first_day date;
    day0 date;
    chunk integer := 16;
    remaining bigint := minutes * 60000;
    cursor_ms bigint;
    last_work_day date;
    walk record;
BEGIN
    at := NULL;
    beyond := true;
    IF start IS NULL OR minutes IS NULL OR minutes < 0 THEN
        RETURN;
    END IF;
    first_day := cc.local_day(start);
    day0 := first_day;
    last_work_day := first_day - 1;
    cursor_ms := cc.ms(start);
    LOOP
        -- The chunk's blocks after the cursor: the working time they hold in all, and the
        -- instant where the remaining time runs out, if it does in them.
        SELECT min(c.day) AS first_span, max(c.day) AS last_span, max(c.cum) AS total, max(c.e) AS last_end,
               (array_agg(c.e - (c.cum - remaining) ORDER BY c.cum) FILTER (WHERE c.cum >= remaining))[1] AS hit_ms
          INTO walk
          FROM (SELECT sp.day, sp.e, sum(sp.e - greatest(sp.s, cursor_ms)) OVER (ORDER BY sp.s) AS cum
                  FROM cc.work_spans(day0, day0 + chunk - 1) sp WHERE sp.e > cursor_ms) c;
        IF walk.first_span IS NOT NULL AND walk.first_span - last_work_day - 1 >= 3660 THEN
            RETURN;
        END IF;
        IF walk.hit_ms IS NOT NULL THEN
            at := cc.from_ms(walk.hit_ms::bigint);
            beyond := cc.beyond_known(first_day, cc.local_day(at));
            RETURN;
        END IF;
        IF walk.first_span IS NOT NULL THEN
            remaining := remaining - walk.total::bigint;
            last_work_day := walk.last_span;
            cursor_ms := walk.last_end;
        END IF;
        day0 := day0 + chunk;
        IF day0 - last_work_day - 1 >= 3660 THEN
            RETURN;
        END IF;
        chunk := least(chunk * 2, 366);
    END LOOP;
END $$;

-- Working minutes between a and b, whole minutes, negative when b < a
-- (WorkCalendar::workingMinutesBetween).
CREATE FUNCTION cc.working_minutes_between(a timestamptz, b timestamptz) RETURNS bigint LANGUAGE plpgsql STABLE AS $$
DECLARE lo bigint; hi bigint; total bigint;
BEGIN
    IF a IS NULL OR b IS NULL THEN
        RETURN 0;
    END IF;
    lo := cc.ms(least(a, b));
    hi := cc.ms(greatest(a, b));
    SELECT COALESCE(sum(greatest(0, least(hi, sp.e) - greatest(lo, sp.s))), 0) INTO total
      FROM cc.work_spans(cc.local_day(least(a, b)), cc.local_day(greatest(a, b))) sp;
    RETURN CASE WHEN b < a THEN -(total / 60000) ELSE total / 60000 END;
END $$;

-- A limit's text ("4wh", "5wd", "30m", "6h": Core::TimeLimit::parse) as its amount in
-- minutes of its own kind of time and whether that is working time; NULL: no valid limit.
CREATE FUNCTION cc.limit_minutes(limit_text text, OUT minutes bigint, OUT working boolean)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    SELECT CASE WHEN x.amount BETWEEN 1 AND 99999 THEN
                CASE x.unit WHEN 'wd' THEN x.amount * cm.minutes_per_workday WHEN 'm' THEN x.amount ELSE x.amount * 60 END END,
           CASE WHEN x.amount BETWEEN 1 AND 99999 THEN x.unit IN ('wh', 'wd') END
      INTO minutes, working
      FROM (SELECT CASE WHEN length(m[1]) <= 9 THEN m[1]::bigint END AS amount, lower(m[2]) AS unit
              FROM regexp_match(btrim(COALESCE(limit_text, ''), E' \t\n\r\f\v'), '^([0-9]+)(wh|wd|m|h)$', 'i') m) x
      LEFT JOIN cc.calendar_meta cm ON true;
END $$;

-- start + limit (WorkCalendar::deadline): NULL for no limit.
CREATE FUNCTION cc.deadline(start timestamptz, limit_text text, OUT at timestamptz, OUT beyond boolean)
LANGUAGE plpgsql STABLE AS $$
DECLARE l record := cc.limit_minutes(limit_text);
BEGIN
    at := NULL;
    beyond := false;
    IF l.minutes IS NULL OR start IS NULL THEN
        RETURN;
    END IF;
    IF l.working THEN
        SELECT w.at, w.beyond INTO at, beyond FROM cc.add_working_minutes(start, l.minutes) w;
    ELSE
        at := start + l.minutes * interval '1 minute';
    END IF;
END $$;

-- Minutes of a limit used between a and b, in the limit's kind of time (WorkCalendar::minutesUsed).
CREATE FUNCTION cc.minutes_used(a timestamptz, b timestamptz, limit_text text) RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF (cc.limit_minutes(limit_text)).working THEN
        RETURN cc.working_minutes_between(a, b);
    END IF;
    IF a IS NULL OR b IS NULL THEN
        RETURN 0;
    END IF;
    RETURN trunc((cc.ms(b) - cc.ms(a))::numeric / 60000)::bigint;
END $$;

-- The limit of the timer that runs in `state` (CaseService::limitFor): the category's
-- disposal limit by level in the disposal states, else the centre's own limit.
CREATE FUNCTION cc.limit_for(category_key text, level text, state text) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT CASE WHEN s.in_disposal
                        THEN (SELECT CASE WHEN limit_for.level = 'urgent' THEN c.limit_urgent ELSE c.limit_normal END
                                FROM cc.category c WHERE c.key = limit_for.category_key)
                        ELSE s.stage_limit END
              FROM cc.case_state s WHERE s.state = limit_for.state);
END $$;

-- ---------------------------------------------------------------- case numbers
-- "2026-000123" → 2026 (part 1) and 123 (part 2); NULL for any other form. Indexed, so the
-- year's highest number is one index probe (as CaseRepository::maxNumberSequence).
CREATE FUNCTION cc.number_part(number text, part integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN number ~ '^[0-9]{4}-[0-9]{1,9}$' THEN split_part(number, '-', part)::integer END
$$;
CREATE INDEX case_record_by_number_parts ON cc.case_record (cc.number_part(number, 1), cc.number_part(number, 2));

-- The year's next number (pushes are serialised by the writer lock, see cc.push).
CREATE FUNCTION cc.next_case_number(year integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE n integer; candidate text;
BEGIN
    SELECT COALESCE(max(cc.number_part(number, 2)), 0) INTO n FROM cc.case_record
     WHERE cc.number_part(number, 1) = next_case_number.year;
    LOOP
        n := n + 1;
        candidate := year || '-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM cc.case_record WHERE number = candidate);
    END LOOP;
    RETURN candidate;
END $$;

-- ---------------------------------------------------------------- case actions
-- Why a client's time of action is not taken, or NULL: not in the form workstations write,
-- later than the hub's clock plus the skew, or older than the offline window. (Before the
-- case's previous event: cc.apply_case_action says stale.)
CREATE FUNCTION cc.refuse_time(at_text text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE at timestamptz := cc.parse_time(at_text);
BEGIN
    IF at IS NULL THEN
        RETURN format('The time of the action “%s” is not a UTC time such as 2026-12-01T08:30:00.000Z.', left(at_text, 40));
    END IF;
    IF at > now() + cc.hub_setting('clock_skew_seconds') * interval '1 second' THEN
        RETURN format('The time of the action %s is ahead of the hub''s clock (%s): check the workstation''s clock.',
                      at_text, cc.iso(now()));
    END IF;
    IF at < now() - cc.hub_setting('offline_window_hours') * interval '1 hour' THEN
        RETURN format('The action of %s is older than the hub takes work done offline (%s hours).',
                      at_text, cc.hub_setting('offline_window_hours'));
    END IF;
    RETURN NULL;
END $$;

-- The photos of a step: their bytes are on the hub already (cc.apply_case_action checked).
CREATE FUNCTION cc.insert_attachments(p jsonb, at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF jsonb_array_length(COALESCE(p->'attachments', '[]')) = 0 THEN
        RETURN;
    END IF;
    INSERT INTO cc.attachment (id, case_id, event_id, kind, sha256, mime, file_name, created_at)
    SELECT a->>'id', p->>'caseId', p->>'id', a->>'kind', a->>'sha256', a->>'mime',
           COALESCE(a->>'fileName', ''), cc.iso(at)
      FROM jsonb_array_elements(p->'attachments') a
    ON CONFLICT (id) DO NOTHING;
END $$;

-- (PL/pgSQL, not SQL: its plan is kept for the session, an SQL function's is made per call.)
CREATE FUNCTION cc.insert_event(e cc.case_event) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cc.case_event (id, case_id, seq, stage, action, from_state, to_state, actor_id, actor_name,
                               role, department_id, at, deadline, in_time, used_minutes, note, payload)
    VALUES (e.id, e.case_id, e.seq, e.stage, e.action, e.from_state, e.to_state, e.actor_id, e.actor_name,
            e.role, e.department_id, e.at, e.deadline, e.in_time, e.used_minutes, e.note, e.payload);
END $$;

-- A report: only what the reporter decided (channel, category, level, texts, component, the
-- point or else a unit grid) is taken; the hub checks it, geocodes the point on its own grids
-- (ST_Covers, the chosen grid first when it covers the point, else the first by code, as
-- CaseService::gridAt), numbers the case and derives the rest (CaseService::report).
CREATE FUNCTION cc.apply_report(u cc.app_user, entry jsonb, at timestamptz, t cc.transition) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    p jsonb := entry->'payload';
    rep jsonb := p->'case';
    r cc.case_record;
    e cc.case_event;
    cat cc.category;
    g cc.grid_unit;
    point geometry;
    wanted text := COALESCE(rep->>'number', '');
BEGIN
    IF jsonb_typeof(rep) IS DISTINCT FROM 'object' OR rep->>'id' IS DISTINCT FROM p->>'caseId'
       OR (p->>'caseVersion') IS DISTINCT FROM '1' THEN
        RETURN cc.refusal(entry, 'sync.invalid-entry', 'A report must carry the new case, at version 1.');
    END IF;
    IF EXISTS (SELECT 1 FROM cc.case_record WHERE id = p->>'caseId') THEN
        RETURN cc.refusal(entry, 'case.stale', format('Case %s already exists on the hub.', p->>'caseId'));
    END IF;
    SELECT * INTO cat FROM cc.category WHERE key = rep->>'categoryKey';
    IF NOT FOUND THEN
        RETURN cc.refusal(entry, 'case.unknown-category', format('The hub has no category “%s”.', left(rep->>'categoryKey', 40)));
    END IF;
    IF NOT COALESCE(rep->>'channel', '') = ANY('{collector,hotline-12319,hotline-12345,video,wechat,superior}') THEN
        RETURN cc.refusal(entry, 'case.unknown-channel', format('Unknown channel “%s”.', left(rep->>'channel', 40)));
    END IF;
    IF (t.role = 'collector') <> (rep->>'channel' = 'collector') THEN
        RETURN cc.refusal(entry, 'case.channel-role',
            format('Channel “%s” does not fit the role %s: collectors report through the collector channel, operators register the other channels.',
                   rep->>'channel', t.role));
    END IF;
    IF NOT COALESCE(rep->>'level', '') IN ('urgent', 'normal') THEN
        RETURN cc.refusal(entry, 'case.unknown-level', format('Unknown level “%s”.', left(rep->>'level', 20)));
    END IF;
    IF jsonb_typeof(p->'after'->'geom') = 'string' THEN
        point := cc.geom_from_gpkg(p->'after'->>'geom');
    ELSIF jsonb_typeof(rep->'lonLat') = 'array' THEN
        point := ST_SetSRID(ST_MakePoint((rep->'lonLat'->>0)::float8, (rep->'lonLat'->>1)::float8), 4490);
    END IF;
    IF point IS NOT NULL THEN
        IF GeometryType(point) <> 'POINT' OR ST_IsEmpty(point) OR NOT ST_IsValid(point) THEN
            RETURN cc.refusal(entry, 'case.bad-location', 'The location of the report is not a point.');
        END IF;
        SELECT * INTO g FROM cc.grid_unit WHERE ST_Covers(geom, point)
         ORDER BY code = COALESCE(rep->>'gridCode', '') DESC, code LIMIT 1;
        IF NOT FOUND THEN
            RETURN cc.refusal(entry, 'case.outside-city',
                format('The point (%s, %s) lies in no unit grid of the city.', ST_X(point), ST_Y(point)));
        END IF;
    ELSIF COALESCE(rep->>'gridCode', '') <> '' THEN
        SELECT * INTO g FROM cc.grid_unit WHERE code = rep->>'gridCode';
        IF NOT FOUND THEN
            RETURN cc.refusal(entry, 'case.unknown-grid', format('The hub has no unit grid %s.', left(rep->>'gridCode', 40)));
        END IF;
    END IF;

    r.id := p->>'caseId';
    r.number := cc.next_case_number(extract(year FROM at AT TIME ZONE (SELECT zone FROM cc.calendar_meta))::integer);
    r.channel := rep->>'channel';
    r.kind := cat.kind;
    r.category_key := cat.key;
    r.level := rep->>'level';
    r.description := COALESCE(rep->>'description', '');
    r.address := COALESCE(rep->>'address', '');
    r.component_code := COALESCE(rep->>'componentCode', '');
    r.grid_code := COALESCE(g.code, '');
    r.responsibility_code := COALESCE(g.responsibility_code, '');
    r.community_code := COALESCE(g.community_code, '');
    r.reporter := COALESCE(rep->>'reporter', '');
    r.state := t.to_state;
    r.resume_state := t.resume_after;
    r.stage := (SELECT timed_stage FROM cc.case_state WHERE state = t.to_state);
    r.stage_started_at := cc.iso(at);
    r.stage_deadline := cc.iso((cc.deadline(at, cc.limit_for(r.category_key, r.level, t.to_state))).at);
    r.reported_at := cc.iso(at);
    r.hung := 0;
    r.rework_count := 0; r.dispatch_count := 0; r.postpone_count := 0; r.supervise_count := 0; r.urge_count := 0;
    r.created_by := u.id;
    r.version := 1;
    r.updated_at := cc.iso(at);
    r.geom := point;
    INSERT INTO cc.case_record SELECT r.*;

    e := cc.new_event(u, p, t, at, r, NULL);
    e.note := r.description;
    e.payload := '{}';
    PERFORM cc.insert_event(e);
    PERFORM cc.insert_attachments(p, at);
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied')
        || CASE WHEN r.number IS DISTINCT FROM wanted THEN jsonb_build_object('number', r.number) ELSE '{}' END;
END $$;

-- The event of a step as the hub writes it: who (from the users table), the step, the states,
-- the event number after the case's last one, the time taken.
CREATE FUNCTION cc.new_event(u cc.app_user, p jsonb, t cc.transition, at timestamptz, r cc.case_record,
                             department text) RETURNS cc.case_event LANGUAGE plpgsql STABLE AS $$
DECLARE e cc.case_event;
BEGIN
    e.id := p->>'id';
    e.case_id := r.id;
    e.seq := r.version;
    e.stage := t.stage;
    e.action := t.action;
    e.from_state := t.from_state;
    e.to_state := t.to_state;
    e.actor_id := u.id;
    e.actor_name := u.display_name;
    e.role := t.role;
    -- The department the case is with when the step happens: KPIs charge it by this.
    e.department_id := COALESCE(department, r.department_id);
    e.at := cc.iso(at);
    e.note := COALESCE(p->>'note', '');
    RETURN e;
END $$;

-- What the person decided beyond the action, as the event keeps it: the client's payload
-- object (its text kept when the hub agrees with it), the hours of a postponement checked.
CREATE FUNCTION cc.step_payload(entry jsonb, c cc.case_record, t cc.transition) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE
    p jsonb := entry->'payload';
    payload jsonb := COALESCE((p->>'payloadText')::jsonb, p->'payload', '{}');
    hours jsonb;
BEGIN
    IF jsonb_typeof(payload) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'The payload of the action is not a JSON object.' USING ERRCODE = 'CCP01';
    END IF;
    payload := payload - 'deadlineBeyondKnownCalendar'; -- the hub's to say (cc.apply_step)
    IF t.action NOT IN ('request-postpone', 'approve-postpone') THEN
        RETURN payload;
    END IF;
    hours := payload->'extensionHours';
    IF t.action = 'approve-postpone'
       AND (hours IS NULL OR (jsonb_typeof(hours) = 'number' AND hours::text::numeric <= 0)) THEN
        -- Grant what was asked: the extension of the latest request.
        SELECT ev.payload::jsonb->'extensionHours' INTO hours FROM cc.case_event ev
         WHERE ev.case_id = c.id AND ev.action = 'request-postpone' ORDER BY ev.seq DESC LIMIT 1;
    END IF;
    IF jsonb_typeof(hours) IS DISTINCT FROM 'number' OR hours::text !~ '^[0-9]+$'
       OR hours::text::numeric < 1 OR hours::text::numeric > cc.hub_setting('max_extension_hours') THEN
        RAISE EXCEPTION 'An extension must be a whole number of working hours between 1 and %, not %.',
            cc.hub_setting('max_extension_hours'), COALESCE(left(hours::text, 20), 'none') USING ERRCODE = 'CCP02';
    END IF;
    RETURN payload || jsonb_build_object('extensionHours', hours);
END $$;

-- What a step does to the case row (CaseService::applyAction): the action's own effect, the
-- counters, then the stage timer (restart, extend, stop) on the hub's calendar. A deadline
-- past the calendar's known years is said in the event's payload, as the workstation does.
CREATE FUNCTION cc.step_row(c cc.case_record, t cc.transition, at timestamptz, department text,
                            INOUT payload jsonb, OUT r cc.case_record) LANGUAGE plpgsql STABLE AS $$
DECLARE d record;
BEGIN
    r := c;
    CASE t.action
        WHEN 'dispatch', 'redispatch' THEN
            r.department_id := department;
            r.dispatched_at := COALESCE(r.dispatched_at, cc.iso(at));
        WHEN 'file' THEN r.filed_at := cc.iso(at);
        WHEN 'feedback' THEN r.disposed_at := cc.iso(at);
        WHEN 'approve-return' THEN r.department_id := NULL; -- back with the centre until re-dispatched
        WHEN 'approve-hang' THEN r.hung := 1;
        WHEN 'resume-hang' THEN r.hung := 0;
        WHEN 'close' THEN
            r.closed_at := cc.iso(at);
            -- 按期结案: the department finished within its (possibly extended) limit.
            r.closed_in_time := CASE WHEN r.disposal_deadline IS NULL
                                       OR cc.parse_time(r.disposed_at) <= cc.parse_time(r.disposal_deadline)
                                     THEN 1 ELSE 0 END;
        WHEN 'supervise' THEN r.supervise_count := r.supervise_count + 1;
        WHEN 'urge' THEN r.urge_count := r.urge_count + 1;
        ELSE NULL;
    END CASE;
    IF t.counts_dispatch THEN r.dispatch_count := r.dispatch_count + 1; END IF;
    IF t.counts_rework THEN r.rework_count := r.rework_count + 1; END IF;
    CASE t.timer
        WHEN 'restart' THEN
            d := cc.deadline(at, cc.limit_for(r.category_key, r.level, t.to_state));
            r.stage_started_at := cc.iso(at);
            r.stage_deadline := cc.iso(d.at);
            IF (SELECT in_disposal FROM cc.case_state WHERE state = t.to_state) THEN
                r.disposal_deadline := r.stage_deadline;
            END IF;
            IF d.beyond THEN
                payload := payload || '{"deadlineBeyondKnownCalendar": true}';
            END IF;
        WHEN 'extend' THEN
            d := cc.add_working_minutes(COALESCE(cc.parse_time(r.disposal_deadline), at),
                                        (payload->>'extensionHours')::bigint * 60);
            r.disposal_deadline := cc.iso(d.at);
            r.stage_deadline := r.disposal_deadline;
            r.postpone_count := r.postpone_count + 1;
        WHEN 'stop' THEN
            r.stage_deadline := NULL;
            r.stage_started_at := NULL;
        ELSE NULL;
    END CASE;
    r.state := t.to_state;
    r.resume_state := t.resume_after;
    r.stage := COALESCE((SELECT timed_stage FROM cc.case_state WHERE state = t.to_state), '');
    r.version := c.version + 1;
    r.updated_at := cc.iso(at);
END $$;

-- The department a dispatch sends the case to: the one chosen (by id or code), else the one
-- responsible for the category there (DepartmentRepository::responsibleFor); NULL: none.
CREATE FUNCTION cc.dispatch_target(chosen text, c cc.case_record) RETURNS cc.department LANGUAGE sql STABLE AS $$
    SELECT d.* FROM cc.department d WHERE chosen <> '' AND (d.id = chosen OR d.code = chosen)
    UNION ALL
    (SELECT dd.* FROM cc.department dd JOIN cc.department_category dc ON dc.department_id = dd.id
      WHERE COALESCE(chosen, '') = '' AND dc.category_key = c.category_key
        AND (dc.responsibility_code = '' OR (c.responsibility_code <> '' AND dc.responsibility_code = c.responsibility_code))
      GROUP BY dd.id ORDER BY min((dc.responsibility_code = '')::integer), dd.code LIMIT 1)
    LIMIT 1
$$;

-- One step on an existing case, derived as CaseService::applyAction does: the event keeps the
-- deadline of the stage that ends, whether the step met it and the minutes it used.
CREATE FUNCTION cc.apply_step(u cc.app_user, entry jsonb, at timestamptz, t cc.transition, c cc.case_record)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    p jsonb := entry->'payload';
    r cc.case_record;
    e cc.case_event;
    payload jsonb;
    chosen cc.department;
    stepped record;
    ending text := cc.limit_for(c.category_key, c.level, c.state);
BEGIN
    BEGIN
        payload := cc.step_payload(entry, c, t);
    EXCEPTION WHEN sqlstate 'CCP01' OR sqlstate 'CCP02' OR invalid_text_representation THEN
        RETURN cc.refusal(entry, 'case.bad-payload', SQLERRM);
    END;
    IF t.action IN ('dispatch', 'redispatch') THEN
        chosen := cc.dispatch_target(p->>'departmentId', c);
        IF chosen.id IS NULL THEN
            RETURN cc.refusal(entry, 'case.unknown-department',
                format('The hub has no department “%s” for this case.', left(p->>'departmentId', 40)));
        END IF;
        IF t.action = 'redispatch' AND chosen.id = c.department_id THEN
            RETURN cc.refusal(entry, 'case.same-department', format('Case %s is already with %s.', c.number, chosen.name_zh));
        END IF;
    END IF;
    stepped := cc.step_row(c, t, at, chosen.id, payload);
    r := stepped.r;
    payload := stepped.payload;
    UPDATE cc.case_record SET state = r.state, resume_state = r.resume_state,
        department_id = r.department_id, stage = r.stage, stage_started_at = r.stage_started_at,
        stage_deadline = r.stage_deadline, disposal_deadline = r.disposal_deadline,
        filed_at = r.filed_at, dispatched_at = r.dispatched_at, disposed_at = r.disposed_at,
        closed_at = r.closed_at, closed_in_time = r.closed_in_time, hung = r.hung,
        rework_count = r.rework_count, dispatch_count = r.dispatch_count,
        postpone_count = r.postpone_count, supervise_count = r.supervise_count,
        urge_count = r.urge_count, version = r.version, updated_at = r.updated_at
     WHERE id = r.id;
    -- 同意回退: the event names the department that returned the case.
    e := cc.new_event(u, p, t, at, r, CASE WHEN t.action = 'approve-return' THEN c.department_id END);
    IF c.stage_deadline IS NOT NULL THEN
        e.deadline := c.stage_deadline;
        e.in_time := CASE WHEN at <= cc.parse_time(c.stage_deadline) THEN 1 ELSE 0 END;
        IF (cc.limit_minutes(ending)).minutes IS NOT NULL AND c.stage_started_at IS NOT NULL THEN
            e.used_minutes := cc.minutes_used(cc.parse_time(c.stage_started_at), at, ending);
        END IF;
    END IF;
    -- The client's own text when the hub agrees with it (jsonb would respace it).
    e.payload := CASE WHEN payload = COALESCE((p->>'payloadText')::jsonb, p->'payload', '{}')
                      THEN COALESCE(p->>'payloadText', (p->'payload')::text, '{}') ELSE payload::text END;
    PERFORM cc.insert_event(e);
    PERFORM cc.insert_attachments(p, at);
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- One pushed case action. Checked: the caller is the actor and holds the role, the photos
-- are here, the time is within bounds, the case version acted on is the hub's, the
-- department scope and the transition table; then the hub derives the step itself.
CREATE OR REPLACE FUNCTION cc.apply_case_action(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    p jsonb := entry->'payload';
    act text := p->>'action';
    actor_role text := p->>'role';
    c cc.case_record;
    t cc.transition;
    at timestamptz;
    why text;
    uuid_form text := '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
BEGIN
    IF p->>'actorId' IS DISTINCT FROM u.id THEN
        RETURN cc.refusal(entry, 'sync.actor-mismatch',
            format('The action was taken by user %s, but this connection is %s.', left(p->>'actorId', 40), u.login));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cc.user_role WHERE user_id = u.id AND role = actor_role) THEN
        RETURN cc.refusal(entry, 'auth.role-not-held',
            format('User %s does not hold the role %s on the hub.', u.login, left(actor_role, 40)));
    END IF;
    IF COALESCE(p->>'id', '') !~ uuid_form OR COALESCE(p->>'caseId', '') !~ uuid_form
       OR jsonb_typeof(p->'caseVersion') IS DISTINCT FROM 'number' THEN
        RETURN cc.refusal(entry, 'sync.invalid-entry', 'The entry does not name its event, case and case version.');
    END IF;
    IF EXISTS (SELECT 1 FROM cc.case_event WHERE id = p->>'id') THEN
        RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied', 'duplicate', true);
    END IF;
    -- Photos travel ahead of their step (own outbox entries): all must be here.
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(p->'attachments', '[]')) a
                WHERE NOT EXISTS (SELECT 1 FROM cc.attachment_content ac WHERE ac.sha256 = a->>'sha256')
                   OR NOT COALESCE(a->>'kind', '') = ANY('{before,after,check,snapshot,voice}')) THEN
        RETURN cc.refusal(entry, 'attachment.missing', 'A photo of this step has not reached the hub.');
    END IF;
    IF act <> 'report' THEN
        SELECT * INTO c FROM cc.case_record WHERE id = p->>'caseId' FOR UPDATE;
        IF NOT FOUND THEN
            RETURN cc.refusal(entry, 'case.not-found', format('The hub has no case %s.', p->>'caseId'));
        END IF;
        IF c.version <> (p->>'caseVersion')::numeric - 1 THEN
            RETURN cc.refusal(entry, 'case.stale',
                format('Case %s was changed by someone else first (the hub has version %s, the action was taken on version %s).',
                       c.number, c.version, (p->>'caseVersion')::numeric - 1));
        END IF;
        IF actor_role = 'department' AND c.department_id IS DISTINCT FROM u.department_id THEN
            RETURN cc.refusal(entry, 'workflow.out-of-scope', format('Case %s belongs to another department.', c.number));
        END IF;
    END IF;
    IF p ? 'fromState' AND p->>'fromState' IS DISTINCT FROM COALESCE(c.state, '') THEN
        RETURN cc.refusal(entry, 'case.stale',
            format('Case %s is in state %s on the hub, the action was taken in state %s.', c.number, c.state, left(p->>'fromState', 40)));
    END IF;
    SELECT * INTO t FROM cc.transition
     WHERE from_state = COALESCE(c.state, '') AND resume_state = COALESCE(c.resume_state, '') AND action = act AND role = actor_role;
    IF NOT FOUND THEN
        IF EXISTS (SELECT 1 FROM cc.transition WHERE from_state = COALESCE(c.state, '') AND action = act) THEN
            RETURN cc.refusal(entry, 'workflow.forbidden-role',
                format('A %s may not %s a case in state %s.', actor_role, act, COALESCE(c.state, 'new')));
        END IF;
        RETURN cc.refusal(entry, 'workflow.illegal-step', format('%s is not possible for a case in state %s.', left(act, 40), COALESCE(c.state, 'new')));
    END IF;
    why := cc.refuse_time(p->>'at');
    IF why IS NOT NULL THEN
        RETURN cc.refusal(entry, 'case.time-out-of-bounds', why);
    END IF;
    at := cc.parse_time(p->>'at');
    -- Taken before the case's last change on the hub: without knowing it (a race lost to a
    -- change pushed first, which the version alone may not show), or with a forged time.
    IF at < cc.parse_time(c.updated_at) THEN
        RETURN cc.refusal(entry, 'case.stale',
            format('The action of %s was taken before case %s last changed on the hub (%s), without knowing that change.',
                   p->>'at', c.number, c.updated_at));
    END IF;
    IF act = 'report' THEN
        RETURN cc.apply_report(u, entry, at, t);
    END IF;
    RETURN cc.apply_step(u, entry, at, t, c);
END $$;

-- ---------------------------------------------------------------- row changes
-- The columns a workstation may set, per table and role (the rest the hub keeps: a login's
-- name, which ties it to its PostgreSQL role, is changed on the hub only). A user without an
-- editing role may change their own password (password_hash, updated_at) and nothing else.
CREATE TABLE cc.row_field (entity text NOT NULL REFERENCES cc.row_rule(entity), role text NOT NULL,
    columns text[] NOT NULL, PRIMARY KEY (entity, role));
INSERT INTO cc.row_field
SELECT r.entity, role, CASE r.entity
        WHEN 'street' THEN '{code,name,geom}'
        WHEN 'community' THEN '{code,name,street_code,geom}'
        WHEN 'grid_responsibility' THEN '{code,name,geom}'
        WHEN 'grid_unit' THEN '{code,community_code,responsibility_code,area_m2,version,updated_at,geom}'
        WHEN 'component' THEN '{object_code,category_code,name,state,department_id,grid_code,installed_on,updated_at,geom}'
        WHEN 'camera' THEN '{component_code,name,url_main,url_sub,ptz,grid_code,group_name,updated_at,geom}'
        WHEN 'department' THEN '{code,name_zh,name_en,level,parent_id,department_type,phone,updated_at}'
        WHEN 'work_calendar' THEN '{definition,updated_at}'
        WHEN 'app_user' THEN '{display_name,password_hash,department_id,responsibility_code,phone,active,updated_at}'
        WHEN 'collector_position' THEN '{user_id,at,accuracy_m,geom}' END::text[]
  FROM cc.row_rule r, unnest(r.roles) role;

-- Whose positions a login may record: a collector its own; the centre's posts relay the
-- positioning feed, so theirs may name any collector the hub knows.
CREATE FUNCTION cc.may_record_position(u cc.app_user, collector text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT collector = u.id
        OR (EXISTS (SELECT 1 FROM cc.user_role WHERE user_id = u.id
                     AND role IN ('operator', 'shift-leader', 'dispatcher', 'supervisor', 'admin'))
            AND EXISTS (SELECT 1 FROM cc.user_role WHERE user_id = collector AND role = 'collector'))
$$;

ALTER FUNCTION cc.apply_row_change(cc.app_user, jsonb) RENAME TO apply_row_change_checked;

-- One row change: only the columns the caller's editing roles may set go on (the others are
-- dropped from the entry), positions only the caller's own or relayed ones, a unit grid's
-- version one up from the version edited; then cc.apply_row_change_checked (0002).
CREATE FUNCTION cc.apply_row_change(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    tbl text := entry->>'entity';
    after jsonb := entry->'payload'->'row';
    allowed text[];
    expected integer;
BEGIN
    IF jsonb_typeof(after) = 'object' THEN
        SELECT array_agg(DISTINCT c) INTO allowed FROM cc.row_field f, unnest(f.columns) c
         WHERE f.entity = tbl AND f.role IN (SELECT role FROM cc.user_role WHERE user_id = u.id);
        -- (Without an editing role: the checked change allows one's own password only.)
        IF allowed IS NOT NULL THEN
            after := after - ARRAY(SELECT k FROM jsonb_object_keys(after) k WHERE NOT k = ANY(allowed || '{id}'::text[]));
            entry := jsonb_set(entry, '{payload,row}', after);
        END IF;
    END IF;
    IF tbl = 'collector_position' AND entry->>'op' = 'insert'
       AND NOT cc.may_record_position(u, after->>'user_id') THEN
        RETURN cc.refusal(entry, 'auth.not-own-position',
            format('%s may record only their own positions, not those of %s.', u.login, left(after->>'user_id', 40)));
    END IF;
    IF tbl = 'collector_position' AND entry->>'op' = 'insert' AND cc.parse_time(after->>'at') IS NULL THEN
        RETURN cc.refusal(entry, 'row.bad-time', 'A position needs its time as 2026-12-01T08:30:00.000Z.');
    END IF;
    expected := CASE WHEN entry->>'op' = 'insert' THEN 1
                     ELSE COALESCE((entry->'payload'->'base'->>'version')::integer, 0) + 1 END;
    IF tbl = 'grid_unit' AND entry->>'op' IN ('insert', 'update') AND (after->'version') IS DISTINCT FROM to_jsonb(expected) THEN
        RETURN cc.refusal(entry, 'grid.bad-version',
            format('An edit of grid %s makes its version one more than the version edited.', left(after->>'code', 40)));
    END IF;
    RETURN cc.apply_row_change_checked(u, entry);
END $$;

-- New functions and tables: nobody's but the owner's (the grants of 0001 stay).
REVOKE ALL ON ALL TABLES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;

UPDATE cc.hub_meta SET value = '3' WHERE key = 'min_client_version';
