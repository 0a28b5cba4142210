/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ExplorerSearch($text: String!) {\n  search(text: $text, first: 8) { id name kind aliases }\n}": typeof types.ExplorerSearchDocument,
    "query ExplorerGraph($actorId: ID!, $depth: Int!, $types: [RelationshipType!], $asOf: Date) {\n  relationshipGraph(actorId: $actorId, depth: $depth, types: $types, asOf: $asOf) {\n    id rootId truncated\n    nodes { id name kind }\n    edges { id type source target startDate endDate }\n  }\n}": typeof types.ExplorerGraphDocument,
    "query ExplorerActor($id: ID!) {\n  actor(id: $id) { id name kind aliases description }\n  timeline(actorId: $id) { id type startDate endDate source { id name } target { id name } }\n}": typeof types.ExplorerActorDocument,
    "query ExplorerRelationship($id: ID!) {\n  relationship(id: $id) {\n    id type startDate endDate description amount { value unit qualifier } dateBasis\n    source { id name } target { id name }\n    evidence { id quote article { id title publisher publishedAt url } }\n  }\n}": typeof types.ExplorerRelationshipDocument,
    "query ExplorerPath($fromId: ID!, $toId: ID!, $types: [RelationshipType!], $asOf: Date, $maxLength: Int!) {\n  shortestPath(fromId: $fromId, toId: $toId, types: $types, asOf: $asOf, maxLength: $maxLength) {\n    length\n    nodes { id name kind }\n    relationships { id type startDate endDate source { id } target { id } }\n  }\n}": typeof types.ExplorerPathDocument,
};
const documents: Documents = {
    "query ExplorerSearch($text: String!) {\n  search(text: $text, first: 8) { id name kind aliases }\n}": types.ExplorerSearchDocument,
    "query ExplorerGraph($actorId: ID!, $depth: Int!, $types: [RelationshipType!], $asOf: Date) {\n  relationshipGraph(actorId: $actorId, depth: $depth, types: $types, asOf: $asOf) {\n    id rootId truncated\n    nodes { id name kind }\n    edges { id type source target startDate endDate }\n  }\n}": types.ExplorerGraphDocument,
    "query ExplorerActor($id: ID!) {\n  actor(id: $id) { id name kind aliases description }\n  timeline(actorId: $id) { id type startDate endDate source { id name } target { id name } }\n}": types.ExplorerActorDocument,
    "query ExplorerRelationship($id: ID!) {\n  relationship(id: $id) {\n    id type startDate endDate description amount { value unit qualifier } dateBasis\n    source { id name } target { id name }\n    evidence { id quote article { id title publisher publishedAt url } }\n  }\n}": types.ExplorerRelationshipDocument,
    "query ExplorerPath($fromId: ID!, $toId: ID!, $types: [RelationshipType!], $asOf: Date, $maxLength: Int!) {\n  shortestPath(fromId: $fromId, toId: $toId, types: $types, asOf: $asOf, maxLength: $maxLength) {\n    length\n    nodes { id name kind }\n    relationships { id type startDate endDate source { id } target { id } }\n  }\n}": types.ExplorerPathDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerSearch($text: String!) {\n  search(text: $text, first: 8) { id name kind aliases }\n}"): typeof import('./graphql.js').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerGraph($actorId: ID!, $depth: Int!, $types: [RelationshipType!], $asOf: Date) {\n  relationshipGraph(actorId: $actorId, depth: $depth, types: $types, asOf: $asOf) {\n    id rootId truncated\n    nodes { id name kind }\n    edges { id type source target startDate endDate }\n  }\n}"): typeof import('./graphql.js').ExplorerGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerActor($id: ID!) {\n  actor(id: $id) { id name kind aliases description }\n  timeline(actorId: $id) { id type startDate endDate source { id name } target { id name } }\n}"): typeof import('./graphql.js').ExplorerActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerRelationship($id: ID!) {\n  relationship(id: $id) {\n    id type startDate endDate description amount { value unit qualifier } dateBasis\n    source { id name } target { id name }\n    evidence { id quote article { id title publisher publishedAt url } }\n  }\n}"): typeof import('./graphql.js').ExplorerRelationshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerPath($fromId: ID!, $toId: ID!, $types: [RelationshipType!], $asOf: Date, $maxLength: Int!) {\n  shortestPath(fromId: $fromId, toId: $toId, types: $types, asOf: $asOf, maxLength: $maxLength) {\n    length\n    nodes { id name kind }\n    relationships { id type startDate endDate source { id } target { id } }\n  }\n}"): typeof import('./graphql.js').ExplorerPathDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
