// Every request the explorer makes: GraphQL queries to the public API at /graphql on the page's
// own origin, nothing else. Failures become an ApiError with a code (the server's
// extensions.code, or NETWORK when the server could not be reached) so the page can say what
// went wrong and what to do.
import { graphql } from './gql/gql.js';
import type {
  ExplorerActorQuery,
  ExplorerGraphQuery,
  ExplorerPathQuery,
  ExplorerRelationshipQuery,
  ExplorerSearchQuery,
  RelationshipType,
} from './gql/graphql.js';
import type { TypedDocumentString } from './gql/graphql.js';

// The page's types are the generated ones (web/codegen.ts, from schema.graphql and the operations
// below), named for what the page does with them.

export interface Scope {
  /** null: every type. */
  types: RelationshipType[] | null;
  /** null: every relationship, whenever it held. */
  asOf: string | null;
}

export type ActorHit = ExplorerSearchQuery['search'][number];
export type Graph = ExplorerGraphQuery['relationshipGraph'];
export type GraphNode = Graph['nodes'][number];
export type GraphEdge = Graph['edges'][number];
export type TimelineEntry = ExplorerActorQuery['timeline'][number];
export type ActorDetails = NonNullable<ExplorerActorQuery['actor']> & { timeline: TimelineEntry[] };
export type RelationshipDetails = NonNullable<ExplorerRelationshipQuery['relationship']>;
export type Evidence = RelationshipDetails['evidence'][number];
export type Path = NonNullable<ExplorerPathQuery['shortestPath']>;
export type ActorSummary = Pick<GraphNode, 'id' | 'name' | 'kind'>;
export type ActorRef = Pick<GraphNode, 'id' | 'name'>;

export class ApiError extends Error {
  constructor(
    message: string,
    /** The server's extensions.code, NETWORK, or HTTP_<status> when the answer was not GraphQL. */
    readonly code: string,
    readonly requestId: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
}

async function post<T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached.', 'NETWORK', null);
  }
  const requestId = response.headers.get('x-request-id');
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    // A proxy's error page, or the connection dropped mid-answer.
    throw new ApiError(`The server answered HTTP ${response.status} without a GraphQL response.`, `HTTP_${response.status}`, requestId);
  }
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.extensions?.requestId ?? requestId);
  if (!body.data) throw new ApiError('The server answered without data.', 'INTERNAL_SERVER_ERROR', requestId);
  return body.data;
}

const SEARCH = graphql(`query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) { id name kind aliases }
}`);

const GRAPH = graphql(`query ExplorerGraph($actorId: ID!, $depth: Int!, $types: [RelationshipType!], $asOf: Date) {
  relationshipGraph(actorId: $actorId, depth: $depth, types: $types, asOf: $asOf) {
    id rootId truncated
    nodes { id name kind }
    edges { id type source target startDate endDate }
  }
}`);

const ACTOR = graphql(`query ExplorerActor($id: ID!) {
  actor(id: $id) { id name kind aliases description }
  timeline(actorId: $id) { id type startDate endDate source { id name } target { id name } }
}`);

const RELATIONSHIP = graphql(`query ExplorerRelationship($id: ID!) {
  relationship(id: $id) {
    id type startDate endDate description amount { value unit qualifier } dateBasis
    source { id name } target { id name }
    evidence { id quote article { id title publisher publishedAt url } }
  }
}`);

/** The longest path looked for (the API's default). */
export const PATH_MAX_LENGTH = 6;

const PATH = graphql(`query ExplorerPath($fromId: ID!, $toId: ID!, $types: [RelationshipType!], $asOf: Date, $maxLength: Int!) {
  shortestPath(fromId: $fromId, toId: $toId, types: $types, asOf: $asOf, maxLength: $maxLength) {
    length
    nodes { id name kind }
    relationships { id type startDate endDate source { id } target { id } }
  }
}`);

/** Every operation the page sends, by name (the server's tests run each of them). */
export const OPERATIONS = {
  ExplorerSearch: SEARCH.toString(),
  ExplorerGraph: GRAPH.toString(),
  ExplorerActor: ACTOR.toString(),
  ExplorerRelationship: RELATIONSHIP.toString(),
  ExplorerPath: PATH.toString(),
};

export async function searchActors(text: string): Promise<ActorHit[]> {
  return (await post(SEARCH, { text })).search;
}

export async function fetchGraph(actorId: string, depth: number, scope: Scope): Promise<Graph> {
  return (await post(GRAPH, { actorId, depth, ...scope })).relationshipGraph;
}

/** The actor with its timeline, or null when there is no such actor. */
export async function fetchActor(id: string): Promise<ActorDetails | null> {
  const data = await post(ACTOR, { id });
  return data.actor && { ...data.actor, timeline: data.timeline };
}

export async function fetchRelationship(id: string): Promise<RelationshipDetails | null> {
  return (await post(RELATIONSHIP, { id })).relationship;
}

/** The shortest path in scope, or null when there is none. */
export async function fetchPath(fromId: string, toId: string, scope: Scope): Promise<Path | null> {
  return (await post(PATH, { fromId, toId, ...scope, maxLength: PATH_MAX_LENGTH })).shortestPath;
}
