-- Intersections (交叉口) of the gazetteer's streets, derived from their centrelines whenever
-- streets are imported (docs/gazetteer.md): one row per place two differently named streets
-- cross or meet, the names in code-point order.
CREATE TABLE gazetteer_intersection (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom POINT,
    street_a TEXT NOT NULL,
    street_b TEXT NOT NULL
);
CREATE INDEX gazetteer_intersection_by_names ON gazetteer_intersection(street_a, street_b);
