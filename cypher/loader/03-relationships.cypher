// Writes relationships between actors: the seed loader, createRelationship, upsertRelationship
// and importGraph all run this one statement (src/graph/writes.ts), after checking the rows
// (known actors and articles, ids not taken by another relationship). Parameter: $batch.rows, a list of
// {id, type, source, target, startDate, endDate, startDay, endDay, description, quantity,
//  dateBasis, evidence: [{articleId, quote}]}; `type` is a member of the fixed vocabulary,
// startDay/endDay the earliest day ("YYYY-MM-DD") of the partial dates, or null. JavaScript
// numbers reach Neo4j as floats, hence toInteger on the count.
// Evidence is kept as two parallel lists, since a property cannot hold maps.
// MERGE on (source, type, id, target). updatedAt moves only when a field changes, so writing the
// same rows again leaves the same graph.
// replan=skip: the plan (index seeks) suits a graph of any size, so a large batch that changes
// the statistics does not wait for a new one.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
MERGE (s)-[r:$(row.type) {id: row.id}]->(t)
WITH r, {startDate: row.startDate,
         endDate: row.endDate,
         startDay: CASE WHEN row.startDay IS NULL THEN null ELSE date(row.startDay) END,
         endDay: CASE WHEN row.endDay IS NULL THEN null ELSE date(row.endDay) END,
         description: row.description,
         quantity: toInteger(row.quantity),
         dateBasis: row.dateBasis,
         evidenceArticles: [e IN row.evidence | e.articleId],
         evidenceQuotes: [e IN row.evidence | e.quote]} AS props
WITH r, props,
     any(k IN keys(props) WHERE NOT coalesce(r[k] = props[k], r[k] IS NULL AND props[k] IS NULL)) AS changed
SET r += props,
    r.createdAt = coalesce(r.createdAt, datetime()),
    r.updatedAt = CASE WHEN changed OR r.updatedAt IS NULL THEN datetime() ELSE r.updatedAt END
RETURN count(r) AS relationships;
