-- The town's basemap (docs/map.md, "The town basemap"): what the map draws beneath the
-- grids when no raster basemap is set, so a workstation with no network access still shows
-- the town. Areas in the order they are drawn (fid): fields, the town's land, blocks,
-- walled places (compounds, schools, markets …), water.
CREATE TABLE basemap_area (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom POLYGON,
    kind TEXT NOT NULL,           -- fields, town, block, water, compound, school, hospital,
                                  -- market, landmark, park, plaza, sports
    name TEXT NOT NULL DEFAULT ''
);
