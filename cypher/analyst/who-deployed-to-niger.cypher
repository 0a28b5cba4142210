// Who deployed forces or equipment to Niger, how many, and when?
//
// Every DEPLOYED_TO relationship into the target actor, in date order; undated deployments
// (already there before the period the articles cover) come last.
//
// Parameters (CLI: --param targetId=mali; Neo4j Browser: run this line first):
//   :param targetId => "niger"
//
// Returns one row per deployment: deployer (id), deployerName, startDate, endDate (null: not
// ended), notBefore (the sources' lower bound for an unknown start), amount, unit and qualifier
// (null: not stated), certainty, place (id, or null), description, articles (ids of the articles
// that state it).
MATCH (s:Actor)-[r:DEPLOYED_TO]->(:Actor {id: coalesce($targetId, 'niger')})
RETURN s.id AS deployer, s.name AS deployerName, r.startDate AS startDate, r.endDate AS endDate,
       r.notBefore AS notBefore, r.amountValue AS amount, r.amountUnit AS unit, r.amountQualifier AS qualifier,
       r.certainty AS certainty, r.placeId AS place, r.description AS description,
       COLLECT { UNWIND r.evidenceArticles AS article RETURN DISTINCT article } AS articles
ORDER BY r.startDay IS NULL, r.startDay, deployer, r.id;
