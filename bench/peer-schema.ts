// Type definitions for the peer: the Neo4j GraphQL Library (@neo4j/graphql 7) over the same
// graph. The library maps one GraphQL field to one Neo4j relationship type and direction, so each
// member of the vocabulary becomes two fields on Actor (`outSpokeWith`, `inSpokeWith`), with the
// relationship's properties on their connections. Evidence articles are an @cypher field on those
// properties (the library cannot join a list of ids to nodes otherwise). Types come from the fixed
// vocabulary, never from input.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../src/graph/vocabulary.js';

/** `DEPLOYED_TO` → `DeployedTo`. */
const pascal = (type: string) =>
  type
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

export interface PeerField {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  /** The field on Actor, e.g. `outDeployedTo`. */
  field: string;
}

export const PEER_FIELDS: readonly PeerField[] = RELATIONSHIP_TYPES.flatMap((type) => [
  { type, direction: 'OUT' as const, field: `out${pascal(type)}` },
  { type, direction: 'IN' as const, field: `in${pascal(type)}` },
]);

export const PEER_TYPE_DEFS = `
type Actor @node(labels: ["Actor"])
  @fulltext(indexes: [{ indexName: "actor_names", queryName: "actorsByName", fields: ["name"] }]) {
  id: ID!
  name: String!
  kind: String!
  aliases: [String!]
  description: String
  wikidataId: String
  country: String
${PEER_FIELDS.map((f) => `  ${f.field}: [Actor!]! @relationship(type: "${f.type}", direction: ${f.direction}, properties: "Rel")`).join('\n')}
}

type Rel @relationshipProperties {
  id: ID!
  startDate: String
  endDate: String
  startDay: Date
  endDay: Date
  description: String
  quantity: Int
  dateBasis: String
  evidenceArticles: [String!]
  evidenceQuotes: [String!]
  """The articles of evidenceArticles, in the same order (a quote's article is at its index)."""
  evidenceArticleNodes: [Article!]!
    @cypher(statement: "UNWIND this.evidenceArticles AS articleId MATCH (a:Article {id: articleId}) RETURN a", columnName: "a")
}

type Article @node(labels: ["Article"]) {
  id: ID!
  title: String!
  publisher: String
  publishedAt: String
  url: String
}
`;
