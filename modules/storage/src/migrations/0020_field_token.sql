-- SPDX-License-Identifier: GPL-3.0-or-later
-- The field API's bearer tokens (docs/citygate.md, "Field API v1"): one per login of a
-- collector's phone, kept as the token's SHA-256 only (256 random bits, as for api_key), with
-- an expiry; logout revokes it. And the answers given to requests that carried an
-- Idempotency-Key, so a phone that resends after a lost answer gets the first answer again
-- instead of a second case. Local to this database: not synced through the hub.
CREATE TABLE field_token (
    fid INTEGER PRIMARY KEY,
    token_sha256 TEXT NOT NULL UNIQUE,
    login TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE TABLE field_idempotency (
    fid INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    route TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (login, idem_key)
);
