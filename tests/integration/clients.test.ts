// The clients frontend developers use, with their default options, running a frontend's sequence
// against the real server from a page on another origin (tests/helpers/browser-fetch.ts plays
// the browser: Origin, preflights, and no answer without Access-Control-Allow-Origin): a search,
// the graph around one actor, around another, the first again (from cache where the client has
// one), an actor, a relationship with its evidence, and the time slider's dates. What each client
// hands the page, and what its cache holds at the end, must equal what the server answered, with
// no warning on the console. The clients are built as the README's "Use it from your frontend"
// shows.
import { ApolloClient, HttpLink, InMemoryCache, gql as apolloGql, type DocumentNode } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { GraphQLClient } from 'graphql-request';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { OPERATIONS } from '../../web/explorer/api.js';
import { browserFetch, type SentRequest } from '../helpers/browser-fetch.js';
import { startTestApp } from '../helpers/app.js';

const ORIGIN = 'http://localhost:5173';

/** The graph as a frontend that draws distances asks for it. */
const GRAPH = `query FrontendGraph($actorId: ID!, $depth: Int!, $asOf: Date) {
  relationshipGraph(actorId: $actorId, depth: $depth, asOf: $asOf) {
    id rootId truncated
    nodes { id name kind }
    edges { id type source target startDate endDate }
    distances { nodeId distance }
  }
}`;

interface Step {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Asked before with the same variables: a client with a cache answers from it. */
  repeat?: boolean;
}

let app: RunningApp;
let steps: Step[];
/** The server's own answer to each step, by plain POST. */
const answers = new Map<Step, unknown>();

async function serverAnswer(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Clients add __typename to every selection (for their caches); the server was not asked for it. */
function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '__typename').map(([k, v]) => [k, withoutTypename(v)]));
  }
  return value;
}

beforeAll(async () => {
  app = await startTestApp();
  const { timeline } = (await serverAnswer('{ timeline(actorId: "russia") { id evidence { id } } }', {})) as { timeline: { id: string; evidence: unknown[] }[] };
  const withEvidence = timeline.find((r) => r.evidence.length > 0)!.id;
  const slider = (asOf: string | null) => ({ actorId: 'niger', depth: 1, types: null, asOf });
  steps = [
    { name: 'search', query: OPERATIONS.ExplorerSearch, variables: { text: 'Tchiani' } },
    { name: 'the graph around the junta', query: GRAPH, variables: { actorId: 'niger-junta', depth: 2 } },
    { name: 'the graph around Russia', query: GRAPH, variables: { actorId: 'russia', depth: 2 } },
    { name: 'the junta again', query: GRAPH, variables: { actorId: 'niger-junta', depth: 2 }, repeat: true },
    { name: 'an actor and its timeline', query: OPERATIONS.ExplorerActor, variables: { id: 'russia' } },
    { name: 'a relationship with its evidence', query: OPERATIONS.ExplorerRelationship, variables: { id: withEvidence } },
    { name: 'Niger before the coup', query: OPERATIONS.ExplorerGraph, variables: slider('2023-06') },
    { name: 'Niger in May 2024', query: OPERATIONS.ExplorerGraph, variables: slider('2024-05') },
    { name: 'Niger at all dates', query: OPERATIONS.ExplorerGraph, variables: slider(null) },
    { name: 'Niger before the coup again', query: OPERATIONS.ExplorerGraph, variables: slider('2023-06'), repeat: true },
  ];
  for (const step of steps) answers.set(step, await serverAnswer(step.query, step.variables));
  // The sequence means something only if the graphs share nodes at other distances.
  const junta = answers.get(steps[1]!) as any;
  const russia = answers.get(steps[2]!) as any;
  const distance = (g: any, id: string) => g.relationshipGraph.distances.find((d: any) => d.nodeId === id)?.distance;
  expect(distance(junta, 'russia')).not.toBe(distance(russia, 'russia'));
});
afterAll(() => app?.stop());

let warn: MockInstance;
let error: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn');
  error = vi.spyOn(console, 'error');
});
afterEach(() => {
  vi.restoreAllMocks();
});

function expectQuietConsole() {
  expect(warn.mock.calls).toEqual([]);
  expect(error.mock.calls).toEqual([]);
}

describe('Apollo Client, InMemoryCache with its defaults', () => {
  // README: Apollo Client
  const apolloClient = (url: string, fetchFn: typeof fetch) =>
    new ApolloClient({ link: new HttpLink({ uri: `${url}/graphql`, fetch: fetchFn }), cache: new InMemoryCache() });

  it('hands the page what the server answered, and its cache still holds every answer at the end', async () => {
    const sent: SentRequest[] = [];
    const client = apolloClient(app.url, browserFetch(ORIGIN, sent));
    const documents = new Map<string, DocumentNode>();
    const doc = (text: string) => documents.get(text) ?? documents.set(text, apolloGql(text)).get(text)!;
    for (const step of steps) {
      const before = sent.length;
      const { data } = await client.query({ query: doc(step.query), variables: step.variables });
      expect(withoutTypename(data), step.name).toEqual(answers.get(step));
      expect(sent.length - before, `${step.name}: requests sent`).toBe(step.repeat ? 0 : 1);
    }
    for (const step of steps) {
      const cached = client.readQuery({ query: doc(step.query), variables: step.variables });
      expect(withoutTypename(cached), `${step.name}, read from the cache at the end`).toEqual(answers.get(step));
    }
    expect(sent.every((r) => r.method === 'POST' && r.preflighted)).toBe(true);
    expectQuietConsole();
  });

  it('is what the deprecated GraphNode.distance broke: a later graph rewrote an earlier one in the cache', async () => {
    const client = apolloClient(app.url, browserFetch(ORIGIN, []));
    const query = apolloGql('query Old($actorId: ID!) { relationshipGraph(actorId: $actorId, depth: 2) { nodes { id distance } } }');
    const first = await client.query({ query, variables: { actorId: 'niger-junta' } });
    await client.query({ query, variables: { actorId: 'russia' } });
    const again = client.readQuery({ query, variables: { actorId: 'niger-junta' } });
    expect(withoutTypename(again)).not.toEqual(withoutTypename(first.data));
  });
});

describe('urql, default options (document cache, GET for short queries)', () => {
  // README: urql
  const urqlClient = (url: string, fetchFn: typeof fetch) => new Client({ url: `${url}/graphql`, exchanges: [cacheExchange, fetchExchange], fetch: fetchFn });

  it('hands the page what the server answered, over plain GETs that need no preflight', async () => {
    const sent: SentRequest[] = [];
    const client = urqlClient(app.url, browserFetch(ORIGIN, sent));
    for (const step of steps) {
      const before = sent.length;
      const result = await client.query(step.query, step.variables).toPromise();
      expect(result.error, step.name).toBeUndefined();
      expect(withoutTypename(result.data), step.name).toEqual(answers.get(step));
      expect(sent.length - before, `${step.name}: requests sent`).toBe(step.repeat ? 0 : 1);
    }
    for (const step of steps) {
      expect(withoutTypename(client.readQuery(step.query, step.variables)?.data), `${step.name}, read from the cache at the end`).toEqual(answers.get(step));
    }
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.method === 'GET' && !r.preflighted)).toBe(true);
    expectQuietConsole();
  });

  it('reports a GraphQL error with its code', async () => {
    const client = urqlClient(app.url, browserFetch(ORIGIN, []));
    const result = await client.query(OPERATIONS.ExplorerActor, { id: 'x'.repeat(1000) }).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expectQuietConsole();
  });
});

describe('graphql-request', () => {
  it('hands the page what the server answered', async () => {
    const sent: SentRequest[] = [];
    const client = new GraphQLClient(`${app.url}/graphql`, { fetch: browserFetch(ORIGIN, sent) });
    for (const step of steps) {
      expect(await client.request(step.query, step.variables), step.name).toEqual(answers.get(step));
    }
    expect(sent).toHaveLength(steps.length);
    expectQuietConsole();
  });
});

describe('plain fetch', () => {
  // README: plain fetch (with the page's fetch passed in here, to play the browser).
  const graphqlWith =
    (url: string, fetchFn: typeof fetch) =>
    async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const res = await fetchFn(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('\n'));
      return body.data as T;
    };

  it('gets what the server answers, and an error with its code', async () => {
    const graphql = graphqlWith(app.url, browserFetch(ORIGIN, []));
    for (const step of steps) expect(await graphql(step.query, step.variables), step.name).toEqual(answers.get(step));
    await expect(graphql(OPERATIONS.ExplorerActor, { id: 'x'.repeat(1000) })).rejects.toThrow(/^BAD_USER_INPUT: /);
  });
});
