// Loads articles (the seeds). Parameter: $batch.rows, a list of
// {id, title, publisher, publishedAt, url, file} (in a map: see src/graph/writes.ts).
// MERGE on the stable id: loading twice leaves the same graph.
UNWIND $batch.rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.publisher = row.publisher,
    a.publishedAt = row.publishedAt,
    a.url = row.url,
    a.file = row.file;
