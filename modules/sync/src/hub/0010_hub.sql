-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 10: departments, users and their bindings edited by an
-- administrator on a workstation (issue 15, docs/org.md). Until schema 9 they changed only
-- here (SQL, `cityctl hub user add`) and flowed down.
-- An administrator's change (Cases::OrgStore on a workstation: the 部门与人员 page or
-- `cityctl org`) arrives as ONE entry, entity org_change: the rows after it (departments;
-- users with their roles, department, grid and unit head — never a hash), the users it
-- deletes, and beside the row the new password hashes of a reset. The hub takes it only from
-- an administrator, checks every row again on its own data with the service's codes (org.*),
-- applies it whole or not at all, and records it as a row of cc.org_change stamped BEFORE the
-- rows it carries: a workstation that pulls any of those rows pulls the change first and
-- applies all of them in that one transaction. The change's document is rewritten at the end
-- with the hub's rows (no hashes), so every workstation receives the same thing.
-- Adds two columns (department.active: retired, never deleted; app_user.unit_head: 单位正职,
-- whom notifications text), a table and functions; routes the entity by wrapping
-- cc.apply_entry_as_caller (0009) and cc.refusal; and closes the plain row-change route to
-- departments and users' other columns than the password (it would skip these checks).

ALTER TABLE cc.department ADD COLUMN active integer NOT NULL DEFAULT 1;
ALTER TABLE cc.app_user ADD COLUMN unit_head integer NOT NULL DEFAULT 0;

CREATE TABLE cc.org_change (id text PRIMARY KEY, changed_at text NOT NULL, changed_by text NOT NULL,
    changed_by_name text NOT NULL, summary text NOT NULL DEFAULT '', note text NOT NULL DEFAULT '',
    document text NOT NULL, change_seq bigint NOT NULL DEFAULT 0);
INSERT INTO cc.synced_table (position, name, has_geom, key_columns) VALUES (24, 'org_change', false, '{id}');
-- Stamped when written only: the document filled in at the end of the change keeps the
-- change's place before its rows.
CREATE TRIGGER org_change_stamp BEFORE INSERT ON cc.org_change FOR EACH ROW EXECUTE FUNCTION cc.stamp();
CREATE INDEX org_change_by_change_seq ON cc.org_change (change_seq);
CREATE FUNCTION cc.org_change_written_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.document <> '' THEN
        RAISE EXCEPTION 'cc.org_change is written once' USING ERRCODE = 'CCW01';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER org_change_written_once BEFORE UPDATE OR DELETE ON cc.org_change
    FOR EACH ROW EXECUTE FUNCTION cc.org_change_written_once();
CREATE TRIGGER org_change_ring AFTER INSERT OR UPDATE ON cc.org_change
    FOR EACH STATEMENT EXECUTE FUNCTION cc.ring();

-- Only the org_change route changes departments and the users' columns (a password change
-- by the user themself or an administrator stays a row change).
DELETE FROM cc.row_field WHERE entity = 'department';
DELETE FROM cc.row_rule WHERE entity = 'department';
UPDATE cc.row_field SET columns = '{password_hash,updated_at}' WHERE entity = 'app_user';

-- A retired department takes no new cases: a 派遣/二次派遣 to it is refused (the workstation's
-- CaseService refuses it first as case.department-retired; here it is the push's refusal,
-- sync.invalid-entry with that code in its message).
CREATE FUNCTION cc.department_taking_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.department_id IS NOT NULL AND NEW.department_id IS DISTINCT FROM OLD.department_id
       AND EXISTS (SELECT 1 FROM cc.department WHERE id = NEW.department_id AND active = 0) THEN
        RAISE EXCEPTION '[case.department-retired] The department % is retired and takes no new cases.',
            NEW.department_id USING ERRCODE = 'CCR01';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_record_department_taking_cases BEFORE UPDATE OF department_id ON cc.case_record
    FOR EACH ROW EXECUTE FUNCTION cc.department_taking_cases();

-- ---------------------------------------------------------------- checks
CREATE FUNCTION cc.org_roles() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT '{operator,shift-leader,dispatcher,department,collector,supervisor,admin}'::text[]
$$;

-- The stale check of one row: the hub's updated_at must be the one the change was made on
-- (none for a new row).
CREATE FUNCTION cc.org_stale(kind text, row_id text, hub_updated text, found boolean, base text)
RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN (found AND hub_updated IS DISTINCT FROM base) OR (NOT found AND COALESCE(base, '') <> '')
        THEN ARRAY['org.stale', format('The %s %s was changed on the hub meanwhile (or is gone): reload and edit again.',
                                        kind, left(row_id, 40))] END
$$;

-- One department row of a change: checked, then written (its code stays: cases name it).
CREATE FUNCTION cc.org_apply_department(d jsonb) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE hub cc.department; problem text[];
BEGIN
    IF jsonb_typeof(d) <> 'object' OR NOT COALESCE(d->>'code', '') ~ '^[A-Za-z0-9_-]{1,20}$'
       OR COALESCE(d->>'name_zh', '') = '' OR length(d->>'name_zh') > 80
       OR NOT COALESCE(d->>'level', '1') IN ('1', '2', '3') OR NOT COALESCE(d->>'active', '1') IN ('0', '1')
       OR COALESCE(d->>'id', '') = '' THEN
        RETURN ARRAY['org.bad-field', format('The department "%s" needs a code of 1–20 letters, digits, - or _, a name of 1–80 characters and a level from 1 to 3.',
                                              left(COALESCE(d->>'code', ''), 40))];
    END IF;
    SELECT * INTO hub FROM cc.department WHERE id = d->>'id' FOR UPDATE;
    problem := cc.org_stale('department', d->>'code', hub.updated_at, FOUND, d->>'base_updated_at');
    IF problem IS NOT NULL THEN
        RETURN problem;
    ELSIF EXISTS (SELECT 1 FROM cc.department WHERE code = d->>'code' AND id <> d->>'id') THEN
        RETURN ARRAY['org.duplicate-code', format('The department code %s is taken.', d->>'code')];
    ELSIF d->>'parent_id' IS NOT NULL AND (d->>'parent_id' = d->>'id'
          OR NOT EXISTS (SELECT 1 FROM cc.department WHERE id = d->>'parent_id')) THEN
        RETURN ARRAY['org.unknown-department', format('The parent of department %s is no other department.', d->>'code')];
    END IF;
    INSERT INTO cc.department (id, code, name_zh, name_en, level, parent_id, department_type, phone, active, updated_at)
    VALUES (d->>'id', d->>'code', d->>'name_zh', COALESCE(d->>'name_en', ''), COALESCE((d->>'level')::integer, 1),
            d->>'parent_id', COALESCE(d->>'department_type', ''), COALESCE(d->>'phone', ''),
            COALESCE((d->>'active')::integer, 1), COALESCE(d->>'updated_at', cc.iso(now())))
    ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, level = excluded.level,
        parent_id = excluded.parent_id, department_type = excluded.department_type, phone = excluded.phone,
        active = excluded.active, updated_at = excluded.updated_at;
    RETURN NULL;
END $$;

-- Roles, department and grid of one user row (before anything is written).
CREATE FUNCTION cc.org_user_problem(u jsonb) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
DECLARE bad text; roles text[];
BEGIN
    IF jsonb_typeof(u) <> 'object' OR NOT COALESCE(u->>'login', '') ~ '^[A-Za-z0-9_.@-]{1,40}$'
       OR COALESCE(u->>'display_name', '') = '' OR length(u->>'display_name') > 80 OR COALESCE(u->>'id', '') = ''
       OR jsonb_typeof(u->'roles') IS DISTINCT FROM 'array' OR NOT COALESCE(u->>'active', '1') IN ('0', '1')
       OR NOT COALESCE(u->>'unit_head', '0') IN ('0', '1') THEN
        RETURN ARRAY['org.bad-field', format('The user "%s" needs a login of 1–40 letters, digits, ., @, - or _, a name of 1–80 characters and a list of roles.',
                                              left(COALESCE(u->>'login', ''), 40))];
    END IF;
    roles := ARRAY(SELECT jsonb_array_elements_text(u->'roles'));
    SELECT r INTO bad FROM unnest(roles) r WHERE NOT r = ANY(cc.org_roles()) LIMIT 1;
    IF FOUND THEN
        RETURN ARRAY['org.unknown-role', format('User %s: "%s" is no role.', u->>'login', left(bad, 40))];
    ELSIF COALESCE(u->>'active', '1') = '1' AND cardinality(roles) = 0 THEN
        RETURN ARRAY['org.no-roles', format('User %s would hold no role: give them one, or deactivate them.', u->>'login')];
    ELSIF 'department' = ANY(roles) AND u->>'department_id' IS NULL THEN
        RETURN ARRAY['org.department-required', format('User %s works for a department but names none.', u->>'login')];
    ELSIF u->>'department_id' IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cc.department d WHERE d.id = u->>'department_id'
                                                          AND (d.active = 1 OR COALESCE(u->>'active', '1') = '0')) THEN
        RETURN ARRAY['org.unknown-department', format('User %s: the department does not exist or is retired.', u->>'login')];
    ELSIF COALESCE(u->>'responsibility_code', '') <> ''
          AND NOT EXISTS (SELECT 1 FROM cc.app_user a WHERE a.id = u->>'id' AND a.responsibility_code = u->>'responsibility_code')
          AND NOT EXISTS (SELECT 1 FROM cc.grid_responsibility g WHERE g.code = u->>'responsibility_code') THEN
        RETURN ARRAY['org.unknown-area', format('User %s: the grid "%s" is no responsibility grid.', u->>'login',
                                                 left(u->>'responsibility_code', 40))];
    ELSIF EXISTS (SELECT 1 FROM cc.app_user a WHERE lower(a.login) = lower(u->>'login') AND a.id <> u->>'id') THEN
        RETURN ARRAY['org.duplicate-login', format('The login %s is taken by another user.', u->>'login')];
    END IF;
    RETURN NULL;
END $$;

-- One user row of a change, with a reset's hash (NULL: the password stays). A login keeps its
-- name: it ties the user to their PostgreSQL role.
CREATE FUNCTION cc.org_apply_user(u jsonb, hash text) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE hub cc.app_user; problem text[];
BEGIN
    problem := cc.org_user_problem(u);
    IF problem IS NOT NULL THEN
        RETURN problem;
    END IF;
    SELECT * INTO hub FROM cc.app_user WHERE id = u->>'id' FOR UPDATE;
    problem := cc.org_stale('user', u->>'login', hub.updated_at, FOUND, u->>'base_updated_at');
    IF problem IS NOT NULL THEN
        RETURN problem;
    ELSIF hash IS NOT NULL AND NOT hash ~ '^\$argon2id\$v=19\$m=[0-9]+,t=[0-9]+,p=[0-9]+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$' THEN
        RETURN ARRAY['org.bad-field', format('The new password of %s does not come as an argon2id hash.', u->>'login')];
    END IF;
    INSERT INTO cc.app_user (id, login, display_name, password_hash, department_id, responsibility_code, phone,
                             active, unit_head, updated_at)
    VALUES (u->>'id', u->>'login', u->>'display_name', COALESCE(hash, ''), u->>'department_id',
            COALESCE(u->>'responsibility_code', ''), COALESCE(u->>'phone', ''), COALESCE((u->>'active')::integer, 1),
            COALESCE((u->>'unit_head')::integer, 0), COALESCE(u->>'updated_at', cc.iso(now())))
    ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name,
        password_hash = COALESCE(hash, cc.app_user.password_hash), department_id = excluded.department_id,
        responsibility_code = excluded.responsibility_code, phone = excluded.phone, active = excluded.active,
        unit_head = excluded.unit_head, updated_at = excluded.updated_at;
    DELETE FROM cc.user_role WHERE user_id = u->>'id';
    INSERT INTO cc.user_role (user_id, role) SELECT DISTINCT u->>'id', r FROM jsonb_array_elements_text(u->'roles') r;
    RETURN NULL;
END $$;

-- A user deleted: only one who never acted on a case (history names its actors).
CREATE FUNCTION cc.org_delete_user(user_id text) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE who text := (SELECT login FROM cc.app_user WHERE id = user_id);
BEGIN
    IF who IS NULL THEN
        RETURN ARRAY['org.stale', format('The hub has no user %s (any more).', left(user_id, 40))];
    ELSIF EXISTS (SELECT 1 FROM cc.case_event WHERE actor_id = user_id)
          OR EXISTS (SELECT 1 FROM cc.case_record WHERE created_by = user_id)
          OR EXISTS (SELECT 1 FROM cc.push_client p WHERE p.user_id = org_delete_user.user_id) THEN
        RETURN ARRAY['org.user-has-acted', format('User %s has acted on cases and stays in their history: deactivate them instead of deleting.', who)];
    END IF;
    DELETE FROM cc.user_role r WHERE r.user_id = org_delete_user.user_id;
    DELETE FROM cc.hub_login l WHERE l.user_id = org_delete_user.user_id;
    DELETE FROM cc.app_user WHERE id = user_id;
    RETURN NULL;
END $$;

-- After the rows: a department the change retires is in use by no open case, no route of
-- the rules in force (before the first version: no binding) and no active user; an active
-- administrator is left.
CREATE FUNCTION cc.org_state_problem(doc jsonb) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
DECLARE d record; routing jsonb;
BEGIN
    SELECT cc.try_jsonb(document)->'routing' INTO routing FROM cc.config_version ORDER BY version DESC LIMIT 1;
    FOR d IN SELECT x.id, x.code FROM cc.department x
              WHERE x.active = 0 AND x.id IN (SELECT e->>'id' FROM jsonb_array_elements(doc->'departments') e) LOOP
        IF EXISTS (SELECT 1 FROM cc.case_record c WHERE c.department_id = d.id
                    AND c.state NOT IN ('closed', 'rejected', 'cancelled')) THEN
            RETURN ARRAY['org.department-in-use', format('Department %s cannot be retired: open cases are with it.', d.code)];
        ELSIF (routing IS NOT NULL AND (routing->>'default' = d.code
                  OR EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(routing->'routes', '[]')) r WHERE r->>'department' = d.code)))
              OR (routing IS NULL AND EXISTS (SELECT 1 FROM cc.department_category b WHERE b.department_id = d.id)) THEN
            RETURN ARRAY['org.department-in-use', format('Department %s cannot be retired: the routing in force sends cases to it.', d.code)];
        ELSIF EXISTS (SELECT 1 FROM cc.app_user a WHERE a.department_id = d.id AND a.active = 1) THEN
            RETURN ARRAY['org.department-in-use', format('Department %s cannot be retired: active users belong to it.', d.code)];
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM cc.app_user a JOIN cc.user_role r ON r.user_id = a.id WHERE a.active = 1 AND r.role = 'admin') THEN
        RETURN ARRAY['org.last-admin', 'No active administrator would be left: keep at least one.'];
    END IF;
    RETURN NULL;
END $$;

-- The change as workstations receive it: the hub's rows after it, never a hash.
CREATE FUNCTION cc.org_document(doc jsonb) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'departments', COALESCE((SELECT jsonb_agg(to_jsonb(d) - 'change_seq' ORDER BY d.code) FROM cc.department d
                                  WHERE d.id IN (SELECT e->>'id' FROM jsonb_array_elements(doc->'departments') e)), '[]'),
        'users', COALESCE((SELECT jsonb_agg((to_jsonb(a) - 'change_seq' - 'password_hash')
                                            || jsonb_build_object('roles', COALESCE((SELECT jsonb_agg(r.role ORDER BY r.role)
                                                                                     FROM cc.user_role r WHERE r.user_id = a.id), '[]'))
                                            ORDER BY a.login) FROM cc.app_user a
                            WHERE a.id IN (SELECT e->>'id' FROM jsonb_array_elements(doc->'users') e)), '[]'),
        'deletedUsers', COALESCE(doc->'deletedUsers', '[]'))::text
$$;

-- ---------------------------------------------------------------- applying
CREATE FUNCTION cc.apply_org_change(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    r jsonb := entry->'payload'->'row';
    passwords jsonb := COALESCE(entry->'payload'->'passwords', '{}');
    doc jsonb;
    e jsonb;
    problem text[];
BEGIN
    IF entry->>'op' <> 'insert' THEN
        RETURN cc.refusal(entry, 'sync.unsupported', 'A change of departments and users stays as made.');
    ELSIF jsonb_typeof(r) IS DISTINCT FROM 'object' OR r->>'id' IS DISTINCT FROM entry->>'rowId' THEN
        RETURN cc.refusal(entry, 'sync.invalid-entry', 'The entry does not carry the change.');
    ELSIF NOT cc.holds(u, '{admin}') THEN
        RETURN cc.refusal(entry, 'auth.role-not-held',
            format('Only an administrator may change departments and users; %s is none.', u.login));
    END IF;
    doc := cc.try_jsonb(r->>'document');
    IF jsonb_typeof(doc) IS DISTINCT FROM 'object' OR jsonb_typeof(doc->'departments') IS DISTINCT FROM 'array'
       OR jsonb_typeof(doc->'users') IS DISTINCT FROM 'array'
       OR jsonb_typeof(COALESCE(doc->'deletedUsers', '[]')) <> 'array' OR jsonb_typeof(passwords) <> 'object' THEN
        RETURN cc.refusal(entry, 'org.bad-json', 'The change is not an object with lists of departments and users.');
    ELSIF EXISTS (SELECT 1 FROM cc.org_change WHERE id = r->>'id') THEN
        RETURN cc.refusal(entry, 'row.exists', format('The hub has the change %s already.', left(r->>'id', 40)));
    END IF;
    -- First, so that it is stamped before its rows (see the top of this file).
    INSERT INTO cc.org_change (id, changed_at, changed_by, changed_by_name, summary, note, document)
    VALUES (r->>'id', cc.iso(now()), u.id, u.display_name, left(COALESCE(r->>'summary', ''), 400),
            left(COALESCE(r->>'note', ''), 500), '');
    FOR e IN SELECT * FROM jsonb_array_elements(doc->'departments') LOOP
        problem := cc.org_apply_department(e);
        EXIT WHEN problem IS NOT NULL;
    END LOOP;
    IF problem IS NULL THEN
        FOR e IN SELECT * FROM jsonb_array_elements(doc->'users') LOOP
            problem := cc.org_apply_user(e, passwords->>(e->>'id'));
            EXIT WHEN problem IS NOT NULL;
        END LOOP;
    END IF;
    IF problem IS NULL THEN
        FOR e IN SELECT * FROM jsonb_array_elements(COALESCE(doc->'deletedUsers', '[]')) LOOP
            problem := cc.org_delete_user(e #>> '{}');
            EXIT WHEN problem IS NOT NULL;
        END LOOP;
    END IF;
    problem := COALESCE(problem, cc.org_state_problem(doc));
    IF problem IS NOT NULL THEN
        -- cc.push rolls the group back to before this entry: nothing of it stays.
        RETURN cc.refusal(entry, problem[1], problem[2]);
    END IF;
    UPDATE cc.org_change SET document = cc.org_document(doc) WHERE id = r->>'id';
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'applied');
END $$;

-- A refused change comes back with the hub's copies of the rows it named, so that the
-- workstation puts them back (and drops those the hub does not have).
ALTER FUNCTION cc.refusal(jsonb, text, text) RENAME TO refusal_before_org;
CREATE FUNCTION cc.refusal(entry jsonb, code text, message text) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE doc jsonb;
BEGIN
    IF entry->>'entity' IS DISTINCT FROM 'org_change' THEN
        RETURN cc.refusal_before_org(entry, code, message);
    END IF;
    doc := COALESCE(cc.try_jsonb(entry->'payload'->'row'->>'document'), '{}');
    IF jsonb_typeof(doc) <> 'object' OR jsonb_typeof(doc->'departments') IS DISTINCT FROM 'array'
       OR jsonb_typeof(doc->'users') IS DISTINCT FROM 'array' THEN
        doc := '{"departments": [], "users": []}';
    END IF;
    doc := doc || jsonb_build_object('users', doc->'users' || COALESCE((SELECT jsonb_agg(jsonb_build_object('id', x))
                                                             FROM jsonb_array_elements_text(COALESCE(doc->'deletedUsers', '[]')) x), '[]'));
    RETURN jsonb_build_object('seq', (entry->>'seq')::bigint, 'status', 'rejected', 'code', code, 'message', message,
        'remote', jsonb_build_object('row', NULL,
            'departments', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', e->>'id', 'row',
                                                      (SELECT to_jsonb(d) - 'change_seq' FROM cc.department d WHERE d.id = e->>'id')))
                                      FROM jsonb_array_elements(doc->'departments') e), '[]'),
            'users', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', e->>'id', 'row',
                                                (SELECT (to_jsonb(a) - 'change_seq' - 'password_hash')
                                                        || jsonb_build_object('roles', COALESCE((SELECT jsonb_agg(x.role ORDER BY x.role)
                                                                                                 FROM cc.user_role x WHERE x.user_id = a.id), '[]'))
                                                   FROM cc.app_user a WHERE a.id = e->>'id')))
                                FROM jsonb_array_elements(doc->'users') e), '[]')));
END $$;

ALTER FUNCTION cc.apply_entry_as_caller(cc.app_user, jsonb) RENAME TO apply_entry_before_org;
CREATE FUNCTION cc.apply_entry_as_caller(u cc.app_user, e jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN
    IF e->>'entity' = 'org_change' THEN
        RETURN cc.apply_org_change(u, e);
    END IF;
    RETURN cc.apply_entry_before_org(u, e);
END $$;

REVOKE ALL ON ALL TABLES IN SCHEMA cc FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;

-- A workstation of schema 9 would not know the table it receives nor the new columns.
UPDATE cc.hub_meta SET value = '10' WHERE key = 'min_client_version';
