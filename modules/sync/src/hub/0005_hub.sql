-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 5: 回访 and 重办 (issue 13; docs/domain.md "回访 and 重办", docs/hub.md).
-- The transitions themselves (回访 by an operator on a closed case, 重办 by a shift leader
-- back to the department) reach cc.transition from Core::CaseStateMachine with every
-- `cityctl hub init`; this file adds what the table cannot say, exactly as CaseService does:
-- a 回访 only on a hotline or WeChat case (case.revisit-channel), with one of the three
-- answers (case.revisit-result), a note of at most 2,000 characters (case.note-too-long),
-- once per closing (case.already-revisited); a 重办 only after a 不满意 of this round
-- (case.reopen-not-unsatisfied), which clears closed_at and closed_in_time. No other step may
-- carry an answer in its payload. Applied by `cityctl hub init` after 0004, alone on a hub of
-- schema 4; touches cc.step_payload, cc.step_row and cc.apply_step, nothing else.

CREATE OR REPLACE FUNCTION cc.step_payload(entry jsonb, c cc.case_record, t cc.transition) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE
    p jsonb := entry->'payload';
    payload jsonb := COALESCE((p->>'payloadText')::jsonb, p->'payload', '{}');
    hours jsonb;
BEGIN
    IF jsonb_typeof(payload) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'The payload of the action is not a JSON object.' USING ERRCODE = 'CCP01';
    END IF;
    payload := payload - 'deadlineBeyondKnownCalendar'; -- the hub's to say (cc.apply_step)
    -- Only a 回访 says how satisfied the caller was (CaseService::applyEffects); its answer is
    -- one of the three (CaseService::checkRevisit).
    IF t.action <> 'revisit' THEN
        payload := payload - 'revisitResult';
    ELSIF jsonb_typeof(payload->'revisitResult') IS DISTINCT FROM 'string'
          OR NOT payload->>'revisitResult' IN ('satisfied', 'basic', 'unsatisfied') THEN
        RAISE EXCEPTION 'Say how the caller judged the result: one of satisfied, basic, unsatisfied (not “%”).',
            COALESCE(left(payload->>'revisitResult', 40), '') USING ERRCODE = 'CCR02';
    END IF;
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

CREATE OR REPLACE FUNCTION cc.step_row(c cc.case_record, t cc.transition, at timestamptz, department text,
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
        -- 重办: open again, no longer counted as closed until the new round is closed.
        WHEN 'reopen' THEN
            r.closed_at := NULL;
            r.closed_in_time := NULL;
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

-- The 回访 answer of the case's current round (after its last 结案), or NULL.
CREATE FUNCTION cc.revisit_of_round(case_id text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE last cc.case_event;
BEGIN
    SELECT * INTO last FROM cc.case_event e
     WHERE e.case_id = revisit_of_round.case_id AND e.action IN ('close', 'revisit')
     ORDER BY e.seq DESC LIMIT 1;
    IF last.action IS DISTINCT FROM 'revisit' THEN
        RETURN NULL;
    END IF;
    RETURN COALESCE(last.payload::jsonb->>'revisitResult', '');
END $$;

-- Why a 回访 or 重办 may not be taken on this case, as a refusal, or NULL.
CREATE FUNCTION cc.refuse_evaluation_step(entry jsonb, t cc.transition, c cc.case_record) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE earlier text := cc.revisit_of_round(c.id);
BEGIN
    IF t.action = 'revisit' THEN
        IF NOT c.channel IN ('hotline-12319', 'hotline-12345', 'wechat') THEN
            RETURN cc.refusal(entry, 'case.revisit-channel',
                format('Case %s came in through %s; only cases of the hotlines and WeChat are called back.', c.number, c.channel));
        END IF;
        IF length(COALESCE(entry->'payload'->>'note', '')) > 2000 THEN
            RETURN cc.refusal(entry, 'case.note-too-long', 'A call-back note may have at most 2000 characters.');
        END IF;
        IF earlier IS NOT NULL THEN
            RETURN cc.refusal(entry, 'case.already-revisited',
                format('Case %s has been called back since it was closed (%s).', c.number, earlier));
        END IF;
    ELSIF t.action = 'reopen' THEN
        IF earlier IS DISTINCT FROM 'unsatisfied' THEN
            RETURN cc.refusal(entry, 'case.reopen-not-unsatisfied',
                format('Case %s is reopened only after the caller said unsatisfied at the call-back.', c.number));
        END IF;
        IF c.department_id IS NULL THEN
            RETURN cc.refusal(entry, 'case.no-department', format('Case %s has no department to dispose of it again.', c.number));
        END IF;
    END IF;
    RETURN NULL;
END $$;

ALTER FUNCTION cc.apply_step(cc.app_user, jsonb, timestamptz, cc.transition, cc.case_record) RENAME TO apply_step_derived;

-- One step on an existing case: the checks of 回访 and 重办, then cc.apply_step_derived (0003).
-- An answer that is none of the three is refused with its own code, as on the workstation.
CREATE FUNCTION cc.apply_step(u cc.app_user, entry jsonb, at timestamptz, t cc.transition, c cc.case_record)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE why jsonb := cc.refuse_evaluation_step(entry, t, c);
BEGIN
    IF why IS NOT NULL THEN
        RETURN why;
    END IF;
    IF t.action = 'revisit' THEN -- (a subtransaction only for the steps that need it)
        BEGIN
            PERFORM cc.step_payload(entry, c, t);
        EXCEPTION
            WHEN sqlstate 'CCR02' THEN
                RETURN cc.refusal(entry, 'case.revisit-result', SQLERRM);
            WHEN sqlstate 'CCP01' OR sqlstate 'CCP02' OR invalid_text_representation THEN
                NULL; -- cc.apply_step_derived refuses it as case.bad-payload
        END;
    END IF;
    RETURN cc.apply_step_derived(u, entry, at, t, c);
END $$;

-- New functions: nobody's but the owner's (the grants of 0001 stay).
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;

-- Workstations need schema 5: an older one would show the new steps' events and a reopened
-- case without knowing them (an unknown action, a 重办 it cannot explain).
UPDATE cc.hub_meta SET value = '5' WHERE key = 'min_client_version';
