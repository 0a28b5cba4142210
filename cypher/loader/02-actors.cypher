// Writes actors: the seed loader, upsertActor and importGraph all run this one statement
// (src/graph/writes.ts). Parameters: $batch.rows, a list of
// {id, name, kind, label, aliases, description, wikidataId, country}, where `label` is the kind's
// extra label (State, Person, ...); $kindLabels, every kind label of the fixed vocabulary
// (src/graph/vocabulary.ts), removed first so that a changed kind leaves exactly one.
// MERGE on the stable id. updatedAt moves only when a field changes, so writing the same rows
// again leaves the same graph (reloading the seeds, a retried import).
// replan=skip: the plan (index seeks) suits a graph of any size, so a large batch that changes
// the statistics does not wait for a new one.
CYPHER replan=skip
UNWIND $batch.rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row, {name: row.name, kind: row.kind, aliases: row.aliases, description: row.description,
              wikidataId: row.wikidataId, country: row.country} AS props
WITH a, row, props,
     any(k IN keys(props) WHERE NOT coalesce(a[k] = props[k], a[k] IS NULL AND props[k] IS NULL)) AS changed
SET a += props,
    a.createdAt = coalesce(a.createdAt, datetime()),
    a.updatedAt = CASE WHEN changed OR a.updatedAt IS NULL THEN datetime() ELSE a.updatedAt END
REMOVE a:$($kindLabels)
SET a:$(row.label)
RETURN count(a) AS actors;
