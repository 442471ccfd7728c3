-- SPDX-License-Identifier: GPL-3.0-or-later
-- API keys of the integrations citygate serves (docs/citygate.md, "API keys"): each key acts
-- as one user of this database in the operator role, so a report through the API passes the
-- same checks as one registered at the desk. Only the key's SHA-256 is kept (keys are 256-bit
-- random, so a fast hash is enough); the key itself is shown once, by `cityctl api key add`.
-- Local to this database: not synced through the hub.
CREATE TABLE api_key (
    fid INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    key_sha256 TEXT NOT NULL UNIQUE,
    login TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
