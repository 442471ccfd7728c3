-- 地名地址 (docs/gazetteer.md): the address gazetteer intake geocodes against.
-- Streets are centrelines, one row per stretch (usually a block between two crossings),
-- with house-number ranges per side: left and right as seen walking from the first point to
-- the last; from_* is the number at the first point, to_* at the last (0 = no numbers).
CREATE TABLE gazetteer_street (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom LINESTRING,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '',   -- other names, separated by '|'
    kind TEXT NOT NULL DEFAULT 'street', -- arterial, secondary, alley, street
    left_from INTEGER NOT NULL DEFAULT 0,
    left_to INTEGER NOT NULL DEFAULT 0,
    right_from INTEGER NOT NULL DEFAULT 0,
    right_to INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT ''      -- the file or generator it came from
);
CREATE INDEX gazetteer_street_by_name ON gazetteer_street(name);

-- Points of interest (schools, markets, hospitals, residential compounds 小区) and
-- landmarks: a point with the half-size of the place, so "东门" lies on its east edge.
CREATE TABLE gazetteer_place (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom POINT,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'poi',    -- school, market, hospital, compound, landmark, poi
    extent_m REAL NOT NULL DEFAULT 0,
    address TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX gazetteer_place_by_name ON gazetteer_place(name);
