// Writes relationships between actors: the seed loader, createRelationship, upsertRelationship
// and importGraph all run this one statement (src/graph/writes.ts), after checking the rows
// (known actors and articles, ids not taken by another relationship). Parameter: $batch.rows, a list of
// {id, type, kind, modality, certainty, reportedBy, source, target, startDate, endDate,
//  notBefore, startDay, endDay, placeId, description, amountValue, amountUnit, amountQualifier,
//  dateBasis, possibleFrom, assertedFrom, assertedUntil, possibleUntil,
//  evidence: [{articleId, quote}]}; `type` is a member of the fixed vocabulary,
// startDay/endDay the earliest day ("YYYY-MM-DD") of the partial dates, or null, and the four
// bounds its time window (src/graph/dates.ts timeWindow): with neither a start nor a lower bound,
// the sources assert it from the day its earliest dated article had certainly appeared.
// Evidence is kept as two parallel lists and the amount as three properties, since a property
// cannot hold maps; reportedBy and placeId hold ids (a relationship cannot point at a node).
// MERGE on (source, type, id, target). updatedAt moves only when a field changes, so writing the
// same rows again leaves the same graph. `quantity` (the old model's bare count, now an amount)
// is set to null, which removes it.
// replan=skip: the plan (index seeks) suits a graph of any size, so a large batch that changes
// the statistics does not wait for a new one.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
MERGE (s)-[r:$(row.type) {id: row.id}]->(t)
WITH r, row
CALL (row) {
  UNWIND row.evidence AS e
  OPTIONAL MATCH (x:Article {id: e.articleId})
  RETURN min(x.publishedBy) AS publishedBy
}
WITH r, {kind: row.kind,
         modality: row.modality,
         certainty: row.certainty,
         reportedBy: row.reportedBy,
         startDate: row.startDate,
         endDate: row.endDate,
         notBefore: row.notBefore,
         startDay: CASE WHEN row.startDay IS NULL THEN null ELSE date(row.startDay) END,
         endDay: CASE WHEN row.endDay IS NULL THEN null ELSE date(row.endDay) END,
         possibleFrom: CASE WHEN row.possibleFrom IS NULL THEN null ELSE date(row.possibleFrom) END,
         assertedFrom: CASE WHEN row.assertedFrom IS NOT NULL THEN date(row.assertedFrom)
                            WHEN row.startDate IS NULL AND row.notBefore IS NULL THEN publishedBy END,
         assertedUntil: CASE WHEN row.assertedUntil IS NULL THEN null ELSE date(row.assertedUntil) END,
         possibleUntil: CASE WHEN row.possibleUntil IS NULL THEN null ELSE date(row.possibleUntil) END,
         placeId: row.placeId,
         description: row.description,
         amountValue: row.amountValue,
         amountUnit: row.amountUnit,
         amountQualifier: row.amountQualifier,
         quantity: null,
         dateBasis: row.dateBasis,
         evidenceArticles: [e IN row.evidence | e.articleId],
         evidenceQuotes: [e IN row.evidence | e.quote]} AS props
WITH r, props,
     any(k IN keys(props) WHERE NOT coalesce(r[k] = props[k], r[k] IS NULL AND props[k] IS NULL)) AS changed
SET r += props,
    r.createdAt = coalesce(r.createdAt, datetime()),
    r.updatedAt = CASE WHEN changed OR r.updatedAt IS NULL THEN datetime() ELSE r.updatedAt END
RETURN count(r) AS relationships;
