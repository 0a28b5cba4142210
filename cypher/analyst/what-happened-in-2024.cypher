// What happened in 2024, in order?
//
// The timeline: relationships that started between two dates, both inclusive at their
// precision ("2024" is the whole year, "2024-04" all of April). A partial start date counts as
// its first day; relationships with no known start are left out.
//
// Parameters (CLI: --param from=2023-07 --param to=2023-12; Neo4j Browser: run these first):
//   :param from => "2024"
//   :param to => "2024"
//
// Returns one row per relationship, in date order: date, source (id), type, target (id),
// kind, modality, amount, unit, relationship (id).
WITH toString(coalesce($from, '2024')) AS from, toString(coalesce($to, '2024')) AS to
WITH date(from) AS fromDay,
     date(to) + CASE size(to) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1})
                              ELSE duration({days: 1}) END AS untilDay
MATCH (s:Actor)-[r]->(t:Actor)
WHERE fromDay <= r.startDay < untilDay
RETURN r.startDate AS date, s.id AS source, type(r) AS type, t.id AS target, r.kind AS kind,
       r.modality AS modality, r.amountValue AS amount, r.amountUnit AS unit, r.id AS relationship
ORDER BY r.startDay, date, relationship;
