-- SPDX-License-Identifier: GPL-3.0-or-later
-- 专项整治 campaigns (issue 13, docs/domain.md "专项整治"): a name, a period of local dates,
-- an area (street, community, responsibility or unit grid codes, or a drawn polygon) and
-- categories, lists as JSON arrays of codes; the cases that match are tagged in campaign_case
-- (Cases::CampaignStore: when a case is reported, and for all cases when a campaign is added
-- or reported). Local to a workstation for now: not synced through the hub.
CREATE TABLE campaign (
    fid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    starts_on TEXT NOT NULL,           -- YYYY-MM-DD, the city's local date, inclusive
    ends_on TEXT NOT NULL,             -- inclusive
    street_codes TEXT NOT NULL DEFAULT '[]',
    community_codes TEXT NOT NULL DEFAULT '[]',
    responsibility_codes TEXT NOT NULL DEFAULT '[]',
    grid_codes TEXT NOT NULL DEFAULT '[]',
    polygon TEXT NOT NULL DEFAULT '[]', -- rings of [lon, lat] pairs
    categories TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL
);
CREATE TABLE campaign_case (
    fid INTEGER PRIMARY KEY,
    campaign_id TEXT NOT NULL,
    case_id TEXT NOT NULL,
    UNIQUE (campaign_id, case_id)
);
CREATE INDEX campaign_case_by_case ON campaign_case(case_id);
-- A case deleted (a sync rewind, a tombstone) leaves its campaigns.
CREATE TRIGGER campaign_case_case_delete AFTER DELETE ON case_record
BEGIN DELETE FROM campaign_case WHERE case_id = OLD.id; END;
