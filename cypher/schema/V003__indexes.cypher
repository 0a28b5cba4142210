// Full-text search over actor names and aliases (`search` in GraphQL). The folding analyzer
// matches accented and unaccented spellings alike.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (a:Actor) ON EACH [a.name, a.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
// Listing and filtering actors by kind and by name.
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
