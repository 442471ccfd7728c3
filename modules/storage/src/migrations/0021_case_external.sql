-- SPDX-License-Identifier: GPL-3.0-or-later
-- A case that came in from an outside platform through citygate (docs/citygate.md, "12345
-- platform" and "Citizen reports"): the platform (the name of the API key it presents), its
-- own id of the case (the 12345 工单 number, or the ticket citygate gave a citizen) and where
-- it wants the 办结 and 回访 results sent. One link per case; the same platform id twice is the
-- same case (citygate answers the existing one). Read by the notifications' sender, which
-- posts to callback_url. case_id is case_record's integer key (fid: its `id` is the text
-- UUID). Local to this database: not synced through the hub.
CREATE TABLE case_external (
    case_id INTEGER PRIMARY KEY REFERENCES case_record(fid),
    platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    callback_url TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (platform, external_id)
);
