-- The basemap's lines (docs/map.md, "The town basemap"): street centrelines drawn at their
-- width, and bridges over the water, in the order they are drawn (fid).
CREATE TABLE basemap_line (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom LINESTRING,
    kind TEXT NOT NULL,           -- arterial, secondary, alley, road (out of town), bridge
    name TEXT NOT NULL DEFAULT '',
    width_m REAL NOT NULL DEFAULT 0
);
