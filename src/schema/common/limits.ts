// Bounds on arguments, in one place so the schema, the validators and the docs agree.
export const LIMITS = {
  pageSize: 100,
  searchResults: 50,
  searchText: 200,
  graphNodes: 1000,
  timeline: 500,
  id: 120,
  name: 200,
  aliases: 50,
  description: 2000,
  quote: 1000,
  evidence: 20,
  unit: 100,
} as const;

/** The largest importGraph batch; AUTHENTICATED_BODY_LIMIT_KB's default is sized for it. */
export const IMPORT_LIMITS = { actors: 500, relationships: 2000 } as const;
