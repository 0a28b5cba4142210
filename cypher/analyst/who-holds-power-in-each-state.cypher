// Who holds power in each state: its leaders, and the leaders of the bodies that rule it or belong to it?
//
// A person's chain of LEADS, GOVERNS and PART_OF relationships up to a state: Tiani leads the
// junta, which governs Niger; Austin leads the Department of Defense, part of the United States.
// With a day, only chains whose every link the articles support on it (the API's asOf, README
// "Time travel"); with null, every chain whatever its dates.
//
// Parameters (CLI: --param asOf=2022-06; Neo4j Browser: run this line first):
//   :param asOf => null
//
// Returns: state (id), person (id), chain (e.g. "abdourahamane-tiani -[LEADS]-> niger-junta
// -[GOVERNS]-> niger"), since (the latest start on the chain), until (the earliest end).
WITH CASE WHEN $asOf IS NULL THEN null ELSE date(toString($asOf)) END AS day
MATCH p = (person:Person)-[:LEADS|GOVERNS|PART_OF*1..3]->(state:State)
WHERE day IS NULL
   OR all(r IN relationships(p) WHERE r.assertedFrom <= day AND (r.assertedUntil IS NULL OR day < r.assertedUntil))
CALL (p) {
  UNWIND relationships(p) AS r
  // Partial ISO dates sort as text in the order of their first days.
  RETURN max(r.startDate) AS since, min(r.endDate) AS until
}
RETURN state.id AS state, person.id AS person,
       reduce(chain = person.id, r IN relationships(p) | chain + ' -[' + type(r) + ']-> ' + endNode(r).id) AS chain,
       since, until
ORDER BY state, since IS NOT NULL, since, person;
