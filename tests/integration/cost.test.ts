// The cost limit: a request's cost multiplies by the lengths of its lists, judged by the graph it
// runs on, and a request over the budget is refused before any Cypher runs. The examples and the
// explorer's own queries stay well within the default budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { REPO_ROOT } from '../../src/paths.js';
import { EXAMPLES } from '../../src/server/examples.js';
import { OPERATIONS } from '../../web/explorer/api.js';
import { auth, CLIENT_ACCEPT, gql, startTestApp } from '../helpers/app.js';

// The 130-byte query that took the server down: eight levels of neighbours.
const NESTED = '{ actor(id: "russia") { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { id } } } } } } } } } }';

interface Cost {
  estimated: number;
  budget: number;
}
const costOf = (res: { extensions?: Record<string, unknown> }) => (res.extensions?.cost as Cost).estimated;

/** The graph's own numbers, read here with plain Cypher, independently of the server's. */
async function graphDegreeP99(app: RunningApp): Promise<number> {
  const [row] = await app.db.read<{ p99: number }>('MATCH (a:Actor) RETURN percentileDisc(COUNT { (a)--(:Actor) }, 0.99) AS p99');
  return row!.p99;
}

describe('cost limit (development server, which reports costs and round trips)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'development' });
  });
  afterAll(() => app?.stop());

  it('refuses the eight-level neighbours query with 400, its cost and the budget, and runs no Cypher', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: CLIENT_ACCEPT },
      body: JSON.stringify({ query: NESTED }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[]; extensions: Record<string, unknown> };
    expect(body.data).toBeUndefined();
    const [error] = body.errors;
    expect(error!.extensions.code).toBe('QUERY_TOO_COSTLY');
    const { cost, budget } = error!.extensions as { cost: number; budget: number };
    expect(cost).toBeGreaterThan(budget);
    expect(error!.message).toContain(`estimated cost is ${cost}`);
    expect(error!.message).toContain(`budget of ${budget}`);
    expect(body.extensions.dbRoundTrips).toBe(0);
  });

  it('multiplies by the graph’s own list lengths (the 99th percentile of degrees)', async () => {
    const degree = await graphDegreeP99(app);
    expect(degree).toBeGreaterThan(1);
    const one = await gql(app, '{ actor(id: "russia") { neighbors { id } } }');
    const two = await gql(app, '{ actor(id: "russia") { neighbors { neighbors { id } } } }');
    // actor (1) + neighbors (1 + degree × its children).
    expect(costOf(one)).toBe(1 + 1 + degree * 1);
    expect(costOf(two)).toBe(1 + 1 + degree * (1 + degree * 1));
  });

  it('multiplies by first and limit where a list takes one', async () => {
    const ten = await gql(app, '{ actors(first: 10) { edges { node { id name } } } }');
    const twenty = await gql(app, '{ actors(first: 20) { edges { node { id name } } } }');
    expect(costOf(ten)).toBe(1 + 10 * 4); // edges, node, id, name
    expect(costOf(twenty)).toBe(1 + 20 * 4);
  });

  it('cannot be dodged with fragments, aliases or variables', async () => {
    const viaFragments = await gql(app, `
      query($id: ID!) { a: actor(id: $id) { ...N } b: actor(id: $id) { ...N } }
      fragment N on Actor { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { id } } } } } } }`, { id: 'niger' });
    expect(viaFragments.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(viaFragments.extensions?.dbRoundTrips).toBe(0);
    const viaVariables = await gql(app, 'query($n: Int) { actors(first: $n) { edges { node { relationships { evidence { article { actors { relationships { id } } } } } } } } }', { n: 100 });
    expect(viaVariables.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('lets through every GraphiQL example, every query of the README and every query the explorer sends, at their largest', async () => {
    const largest: Record<string, Record<string, unknown>> = {
      ExplorerSearch: { text: 'niger' },
      ExplorerGraph: { actorId: 'niger-junta', depth: 3 },
      ExplorerActor: { id: 'niger-junta' },
      ExplorerRelationship: { id: 'russia-deployed-to-niger-2024-04-10' },
      ExplorerPath: { fromId: 'africa-corps', toId: 'ecowas', maxLength: 6 },
    };
    const costs: Record<string, number> = {};
    for (const [name, query] of Object.entries(OPERATIONS)) {
      const res = await gql(app, query, largest[name]);
      expect(res.errors, name).toBeUndefined();
      costs[name] = costOf(res);
    }
    for (const example of EXAMPLES) {
      const res = await gql(app, example.query, example.variables, example.mutation ? auth : {});
      expect(res.errors?.filter((e) => e.extensions.code === 'QUERY_TOO_COSTLY'), example.title).toBeUndefined();
      costs[example.title] = costOf(res);
    }
    const readme = [...readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(readme.length).toBeGreaterThan(5);
    for (const [i, query] of readme.entries()) {
      const res = await gql(app, query);
      expect(res.errors, query).toBeUndefined();
      costs[`README #${i + 1}`] = costOf(res);
    }
    const budget = (((await gql(app, '{ __typename }')).extensions?.cost) as Cost).budget;
    // Room to spare: a graph several times denser than the seed graph still lets them through.
    for (const [name, cost] of Object.entries(costs)) expect(cost, name).toBeLessThan(budget / 4);
    console.log(costs);
  });
});

describe('cost budget is configurable', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production', QUERY_COST_LIMIT: '40' });
  });
  afterAll(() => app?.stop());

  it('refuses what a larger budget lets through, and says so in production too', async () => {
    const small = await gql(app, '{ actors(first: 5) { edges { node { id } } } }');
    expect(small.errors).toBeUndefined();
    expect(small.extensions).toBeUndefined(); // production reports no costs
    const large = await gql(app, '{ actors(first: 20) { edges { node { id } } } }');
    expect(large.status).toBe(400);
    expect(large.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(large.errors?.[0]?.message).toMatch(/estimated cost is 61, over the budget of 40/);
  });
});
