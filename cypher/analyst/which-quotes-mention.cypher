// Which evidence quotes mention a word, and what do they support?
//
// A case-insensitive search for the text in every verbatim quote.
//
// Parameters (CLI: --param text="air defence"; Neo4j Browser: run this line first):
//   :param text => "instructors"
//
// Returns one row per matching quote: relationship (id), source (id), type, target (id),
// article (id), quote.
WITH toLower(toString(coalesce($text, 'instructors'))) AS needle
MATCH (s:Actor)-[r]->(t:Actor)
UNWIND range(0, size(r.evidenceQuotes) - 1) AS i
WITH s, r, t, i, needle
WHERE toLower(r.evidenceQuotes[i]) CONTAINS needle
RETURN r.id AS relationship, s.id AS source, type(r) AS type, t.id AS target,
       r.evidenceArticles[i] AS article, r.evidenceQuotes[i] AS quote
ORDER BY relationship, i;
