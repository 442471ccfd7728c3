-- SPDX-License-Identifier: GPL-3.0-or-later
-- citygate's security (docs/citygate.md, "Security"). Local to this database: not synced.
--
-- api_audit: every write request citygate answered (who, with which key or token, from which
-- address, what, and the answer's status), refused ones included; `cityctl api audit` reads it.
CREATE TABLE api_audit (
    fid INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    login TEXT NOT NULL DEFAULT '',      -- the user the request acted as ('' when unknown)
    credential TEXT NOT NULL DEFAULT '', -- 'key:NAME', 'token', or '' (none or not valid)
    ip TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    status INTEGER NOT NULL,
    what TEXT NOT NULL DEFAULT ''        -- the case written ('case 2026-000123'), or the error code
);
CREATE INDEX api_audit_by_at ON api_audit(at);
-- The field API's failed logins: ten in fifteen minutes lock the login (as the hub does,
-- docs/hub.md "wrong passwords"), counted here so that a restart does not unlock it.
CREATE TABLE field_login_failure (
    fid INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX field_login_failure_by_login ON field_login_failure(login, at);
-- A replayed Idempotency-Key must carry the same request: its SHA-256 (body, or the parts of
-- a multipart body) is kept with the answer; another request under the same key is refused.
ALTER TABLE field_idempotency ADD COLUMN request_sha256 TEXT;
-- What an API key may do: a comma list of open311, hotline, citizen; '' (keys made before):
-- all of them.
ALTER TABLE api_key ADD COLUMN scopes TEXT NOT NULL DEFAULT '';
