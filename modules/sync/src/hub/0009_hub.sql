-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 9: citygate's hub login acts for the users it authenticated
-- (docs/citygate.md, "Hub mode"; docs/hub.md, "Gateways").
-- citygate serves collectors' phones, the 12345 platform and the WeChat portal through one hub
-- login of its own. A member of the role cc_gateway (created by `cityctl hub init`, granted by
-- the administrator: GRANT cc_gateway TO gate01) may push entries whose actor is another
-- active user; the hub then checks that user exactly as if they had pushed it themselves: the
-- role held, the department's scope, the transition table, the bounds of time. Nothing else
-- changes: an ordinary login pushing someone else's action is still `sync.actor-mismatch`.
-- Touches cc.apply_entry by wrapping it (the one of the schemas before is kept as
-- cc.apply_entry_as_caller), so it composes with any earlier schema's routing.

CREATE FUNCTION cc.is_gateway() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, 'cc_gateway', 'MEMBER')
       AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
$$;

ALTER FUNCTION cc.apply_entry(cc.app_user, jsonb) RENAME TO apply_entry_as_caller;

CREATE FUNCTION cc.apply_entry(u cc.app_user, e jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    actor_id text := e->'payload'->>'actorId';
    acting cc.app_user;
BEGIN
    -- Only what citygate writes for others: case steps, collectors' fixes, survey counts (a
    -- gateway never edits the map, users or settings on someone's behalf).
    IF actor_id IS NOT NULL AND actor_id IS DISTINCT FROM u.id
       AND e->>'entity' IN ('case_event', 'collector_position', 'survey_result') AND cc.is_gateway() THEN
        SELECT * INTO acting FROM cc.app_user WHERE id = actor_id AND active <> 0;
        IF NOT FOUND THEN
            RETURN cc.refusal(e, 'sync.actor-mismatch',
                format('The gateway %s acted for user %s, who is not an active user of the hub.',
                       u.login, left(actor_id, 40)));
        END IF;
        RETURN cc.apply_entry_as_caller(acting, e);
    END IF;
    RETURN cc.apply_entry_as_caller(u, e);
END $$;

-- Whether the connection is a gateway's: citygate refuses to start in hub mode without it.
CREATE FUNCTION cc.gateway_check(client_version integer) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = cc, public, pg_temp AS $$
BEGIN
    PERFORM cc.check_client(client_version);
    PERFORM cc.caller();
    RETURN cc.is_gateway();
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cc.gateway_check(integer) TO cc_sync_client;

-- As every schema: the workstations of this build and later (one protocol at a time to
-- reason about; an older one is told to upgrade, nothing else changes for it).
UPDATE cc.hub_meta SET value = '9' WHERE key = 'min_client_version';
