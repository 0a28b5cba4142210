// Starts the real server (real HTTP, real Neo4j from global-setup) on a free port, and sends
// GraphQL requests to it the way a client does.
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startApp, type RunningApp } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';

export const TEST_API_KEY = 'test-key-0123456789abcdef';

export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    API_KEYS: TEST_API_KEY,
    RATE_LIMIT_PER_MINUTE: '0',
    // Tests share two cores with a Neo4j and a browser: the production deadline would turn a slow
    // moment into a failure. The deadline's own tests set theirs.
    REQUEST_TIMEOUT_MS: '120000',
    ...overrides,
  };
}

export async function startTestApp(overrides: Record<string, string> = {}): Promise<RunningApp> {
  const config = loadConfig(testEnv(overrides));
  return startApp(config, createLogger(config.logLevel));
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions: { code: string; [k: string]: unknown } }[];
  extensions?: Record<string, unknown>;
}

/**
 * The accept header Apollo Client sends (urql and graphql-request send the same preference): the
 * spec's own media type first, under which a request that cannot run is a 400. Under plain
 * application/json it would be a 200 (tests/integration/graphql-over-http.test.ts).
 */
export const CLIENT_ACCEPT = 'application/graphql-response+json,application/json;q=0.9';

export async function gql<T = Record<string, any>>(
  app: RunningApp,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: CLIENT_ACCEPT, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Like gql, but fails the test on any error and returns the data. */
export async function query<T = Record<string, any>>(app: RunningApp, text: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(app, text, variables);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

export const auth = { authorization: `Bearer ${TEST_API_KEY}` };
