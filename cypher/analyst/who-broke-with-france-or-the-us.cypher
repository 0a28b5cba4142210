// Which actors broke with France or the United States, how, and when?
//
// A break is an expulsion, an ended agreement, distancing, opposition, a rejection, a
// denunciation or a protest aimed at a target actor or at a group it is a member of (Mali
// distanced itself from "the Western powers"), dated by its start or, when the articles give none,
// by their lower bound (notBefore: "since the coup"); or an alliance with a target that ended
// (dated by its end). In date order, undated last.
//
// Parameters (CLI: --param 'targetIds=["france"]'; Neo4j Browser: run this line first):
//   :param targetIds => ["france", "united-states"]
//
// Returns one row per break: actor (id), actorName, break (the relationship type, or
// ALLIANCE_ENDED), target (id), date, description.
WITH coalesce($targetIds, ['france', 'united-states']) AS targetIds
MATCH (t:Actor)
WHERE t.id IN targetIds OR EXISTS { (m:Actor)-[:MEMBER_OF]->(t) WHERE m.id IN targetIds }
CALL (t) {
  MATCH (a:Actor)-[r:EXPELLED|TERMINATED_AGREEMENT_WITH|DISTANCED_FROM|OPPOSED|REJECTED|DENOUNCED|PROTESTED_AGAINST]->(t)
  RETURN a, type(r) AS break, coalesce(r.startDate, r.notBefore) AS date, coalesce(r.startDay, r.assertedFrom) AS day,
         r.description AS description
  UNION
  MATCH (a:Actor)-[r:ALLIED_WITH]-(t)
  WHERE r.endDate IS NOT NULL
  RETURN a, 'ALLIANCE_ENDED' AS break, r.endDate AS date, r.endDay AS day, r.description AS description
}
RETURN a.id AS actor, a.name AS actorName, break, t.id AS target, date, description
ORDER BY day IS NULL, day, actor, break, target;
