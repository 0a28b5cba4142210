// Loads articles. Parameter: $rows, a list of {id, title, publisher, publishedAt, url, file}.
// MERGE on the stable id: loading twice leaves the same graph.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.publisher = row.publisher,
    a.publishedAt = row.publishedAt,
    a.url = row.url,
    a.file = row.file;
