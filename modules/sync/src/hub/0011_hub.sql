-- SPDX-License-Identifier: GPL-3.0-or-later
-- CityCommand hub, schema 11: the 督办单 travels with its 督办 (issue 14; docs/notify.md, "The
-- case timeline and the 督办单"; docs/hub.md, "documents").
-- A 督办 taken on a workstation gets a 督办单 from the notifier (a one-page PDF, attachment
-- kind `document`). Its bytes go ahead of the step in the step's push group, as a photo's do
-- (entity attachment_content: checked against the SHA-256, at most 20 MB, only with a step of
-- the group that names them), and the step lists it among its attachments; the hub keeps it
-- like a photo, so every workstation pulls it with the case.
-- The hub trusts no workstation with documents: only a 督办 (action `supervise`) may carry
-- one, exactly one, a PDF (MIME application/pdf and bytes that begin with %PDF-) whose bytes
-- are on the hub; anything else is refused (`attachment.missing`, as a photo that did not
-- arrive). Touches cc.apply_case_action by wrapping it (the one of the schemas before is kept
-- as cc.apply_case_action_photos, and checks and stores the photos as before), so it
-- composes with whichever earlier schema defined it last. Needs nothing of schema 10.

ALTER FUNCTION cc.apply_case_action(cc.app_user, jsonb) RENAME TO apply_case_action_photos;

CREATE FUNCTION cc.apply_case_action(u cc.app_user, entry jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    p jsonb := entry->'payload';
    documents jsonb;
    verdict jsonb;
    uuid_form text := '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
BEGIN
    IF jsonb_typeof(p->'attachments') IS DISTINCT FROM 'array'
       OR NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p->'attachments') a WHERE a->>'kind' = 'document') THEN
        RETURN cc.apply_case_action_photos(u, entry);
    END IF;
    SELECT jsonb_agg(a) INTO documents FROM jsonb_array_elements(p->'attachments') a WHERE a->>'kind' = 'document';
    IF p->>'action' IS DISTINCT FROM 'supervise' OR jsonb_array_length(documents) <> 1
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(documents) d
                   WHERE d->>'mime' IS DISTINCT FROM 'application/pdf'
                      OR COALESCE(d->>'id', '') !~ uuid_form
                      OR length(COALESCE(d->>'fileName', '')) > 255
                      OR NOT EXISTS (SELECT 1 FROM cc.attachment_content ac
                                      WHERE ac.sha256 = d->>'sha256'
                                        AND substring(ac.data FROM 1 FOR 5) = '\x255044462d'::bytea)) THEN
        RETURN cc.refusal(entry, 'attachment.missing',
            'A step may carry one document, the 督办单 of a 督办: a PDF whose bytes reached the hub with it.');
    END IF;
    -- The step as before, with its photos; then its document, when the hub took the step.
    verdict := cc.apply_case_action_photos(u, jsonb_set(entry, '{payload,attachments}',
        COALESCE((SELECT jsonb_agg(a) FROM jsonb_array_elements(p->'attachments') a
                   WHERE a->>'kind' IS DISTINCT FROM 'document'), '[]')));
    IF verdict->>'status' = 'applied' THEN
        INSERT INTO cc.attachment (id, case_id, event_id, kind, sha256, mime, file_name, created_at)
        SELECT d->>'id', p->>'caseId', p->>'id', 'document', d->>'sha256', 'application/pdf',
               COALESCE(d->>'fileName', ''), cc.iso(cc.parse_time(p->>'at'))
          FROM jsonb_array_elements(documents) d
        ON CONFLICT (id) DO NOTHING;
    END IF;
    RETURN verdict;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cc FROM PUBLIC;

-- As every schema: the workstations of this build and later (one protocol at a time to
-- reason about; an older one is told to upgrade, nothing else changes for it).
UPDATE cc.hub_meta SET value = '11' WHERE key = 'min_client_version';
