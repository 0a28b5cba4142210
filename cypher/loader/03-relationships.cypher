// Loads (or updates) relationships between actors. Parameter: $rows, a list of
// {id, type, source, target, startDate, endDate, startDay, endDay, description, quantity,
//  dateBasis, evidence: [{articleId, quote}]}; `type` is a member of the fixed vocabulary,
// startDay/endDay the earliest day ("YYYY-MM-DD") of the partial dates, or null. JavaScript
// numbers reach Neo4j as floats, hence toInteger on the count.
// Evidence is kept as two parallel lists, since a property cannot hold maps.
// MERGE on (source, type, id, target): loading twice leaves the same graph.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
MERGE (s)-[r:$(row.type) {id: row.id}]->(t)
SET r.startDate = row.startDate,
    r.endDate = row.endDate,
    r.startDay = CASE WHEN row.startDay IS NULL THEN null ELSE date(row.startDay) END,
    r.endDay = CASE WHEN row.endDay IS NULL THEN null ELSE date(row.endDay) END,
    r.description = row.description,
    r.quantity = toInteger(row.quantity),
    r.dateBasis = row.dateBasis,
    r.evidenceArticles = [e IN row.evidence | e.articleId],
    r.evidenceQuotes = [e IN row.evidence | e.quote]
RETURN count(r) AS relationships;
