// Loads articles (the seeds). Parameter: $batch.rows, a list of
// {id, title, publisher, publishedAt, publishedBy, url, file} (in a map: see src/graph/writes.ts);
// publishedBy is the day by which the article had certainly appeared ("2024-04" → 2024-05-01),
// the lower bound of the facts it reports whose start is unknown (README, "Time travel").
// MERGE on the stable id: loading twice leaves the same graph.
UNWIND $batch.rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.publisher = row.publisher,
    a.publishedAt = row.publishedAt,
    a.publishedBy = CASE WHEN row.publishedBy IS NULL THEN null ELSE date(row.publishedBy) END,
    a.url = row.url,
    a.file = row.file;
