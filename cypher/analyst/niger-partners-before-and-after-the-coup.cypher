// Who were Niger's partners just before the July 2023 coup, and who are they after it?
//
// The coup is the junta's DEPOSED relationship: "before" is the day before it, "after" the day
// given. Niger's side is the junta, the state it governs and the state's own bodies (its army,
// its broadcaster). A partner is an actor allied or cooperating with one of them, or deploying
// to or supplying one of them, on that day, as the articles support it (the API's asOf, README
// "Time travel": the assertedFrom and assertedUntil bounds the loader stores). The articles
// place Niger's Western alliances only "in 2023", so before the coup they are not asserted.
//
// Parameters (CLI: --param after=2024-04-15; Neo4j Browser: run these lines first):
//   :param juntaId => "niger-junta"
//   :param after => "2024-05"
//
// Returns one row per period and partner: period ("before" or "after"), day, partner (id),
// partnerName, links (e.g. "niger-junta ALLIED_WITH russia").
MATCH (junta:Actor {id: coalesce($juntaId, 'niger-junta')})-[coup:DEPOSED]->(:Actor)
MATCH (junta)-[:GOVERNS]->(state:Actor)
WITH junta, state, min(coup.startDay) AS coupDay
WITH [junta, state] + COLLECT { MATCH (body:Actor)-[:PART_OF]->(state) RETURN body } AS side,
     [{period: 'before', day: coupDay - duration({days: 1})},
      {period: 'after', day: date(toString(coalesce($after, '2024-05')))}] AS periods
UNWIND periods AS p
UNWIND side AS own
MATCH (own)-[r:ALLIED_WITH|COOPERATES_WITH|DEPLOYED_TO|SUPPLIED]-(partner:Actor)
WHERE NOT partner IN side
  AND (type(r) IN ['ALLIED_WITH', 'COOPERATES_WITH'] OR endNode(r) = own)
  AND r.assertedFrom <= p.day AND (r.assertedUntil IS NULL OR p.day < r.assertedUntil)
WITH p, partner, startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS link ORDER BY link
WITH p, partner, collect(DISTINCT link) AS links
RETURN p.period AS period, p.day AS day, partner.id AS partner, partner.name AS partnerName, links
ORDER BY day, partner;
