// Who were Niger's partners just before the July 2023 coup, and who are they after it?
//
// The coup is the junta's DEPOSED relationship: "before" is the day before it, "after" the day
// given. Niger's side is the junta, the state it governs and the state's own bodies (its army,
// its broadcaster). A partner is an actor allied or cooperating with one of them, or deploying
// to or supplying one of them, on that day. A relationship holds on day D when its start <= D <
// its end, a partial date counting as its first day and an unknown start as "already true".
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
  AND (r.startDay IS NULL OR r.startDay <= p.day) AND (r.endDay IS NULL OR p.day < r.endDay)
WITH p, partner, startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS link ORDER BY link
WITH p, partner, collect(DISTINCT link) AS links
RETURN p.period AS period, p.day AS day, partner.id AS partner, partner.name AS partnerName, links
ORDER BY day, partner;
