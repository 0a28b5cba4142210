// Writes places (the seeds' places.json). Parameter: $batch.rows, a list of
// {id, name, kind, country, latitude, longitude, within, coordinatesSource} (in a map: see
// src/graph/writes.ts). `within` is kept as the id, for the API, and as a WITHIN edge, for
// analysts' paths; the edge is found or made once both places exist, so a batch may name a
// parent that comes later in it. MERGE on the stable id: writing twice leaves the same graph.
UNWIND $batch.rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name,
    p.kind = row.kind,
    p.country = row.country,
    p.latitude = row.latitude,
    p.longitude = row.longitude,
    p.within = row.within,
    p.coordinatesSource = row.coordinatesSource
WITH collect(row) AS rows
UNWIND rows AS row
MATCH (p:Place {id: row.id})
OPTIONAL MATCH (p)-[old:WITHIN]->(up:Place)
WHERE row.within IS NULL OR up.id <> row.within
DELETE old
WITH DISTINCT p, row
CALL (p, row) {
  MATCH (up:Place {id: row.within})
  MERGE (p)-[:WITHIN]->(up)
}
RETURN count(p) AS places;
