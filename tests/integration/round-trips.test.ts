// One request costs a bounded number of Neo4j round trips, whatever the size of its result:
// loaders batch each level of the selection into one statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gql, startTestApp } from '../helpers/app.js';

let app: RunningApp;
beforeAll(async () => {
  // DEEP at 34 actors is far over the default cost budget, on purpose: the point is that even a
  // huge answer costs no more round trips than a small one.
  app = await startTestApp({ QUERY_COST_LIMIT: '100000000' });
});
afterAll(async () => {
  await app?.stop();
});

const DEEP = `query($n: Int) {
  actors(first: $n) { edges { node {
    name
    neighbors { name }
    mentionedIn { title actors { name } }
    relationships {
      type source { name } target { name relationships(direction: OUT) { target { name } evidence { quote article { title } } } }
      evidence { quote article { title actors { id } } }
    }
  } } }
}`;

async function cost(n: number) {
  const res = await gql(app, DEEP, { n });
  expect(res.errors).toBeUndefined();
  const size = JSON.stringify(res.data).length;
  return { roundTrips: res.extensions?.dbRoundTrips as number, size };
}

describe('database round trips per request', () => {
  it('do not grow with the result size', async () => {
    const small = await cost(2);
    const large = await cost(34);
    expect(large.size).toBeGreaterThan(small.size * 5);
    expect(large.roundTrips).toBe(small.roundTrips);
    // actors list + count, relationships, mentionedIn, articles, article actors, nested relationships.
    expect(large.roundTrips).toBeLessThanOrEqual(10);
  });

  it('stay bounded for the graph and path queries', async () => {
    const graph = await gql(app, '{ relationshipGraph(actorId: "niger", depth: 3) { nodes { id } edges { id } } }');
    expect(graph.extensions?.dbRoundTrips).toBeLessThanOrEqual(4);
    const path = await gql(app, '{ shortestPath(fromId: "africa-corps", toId: "ecowas") { nodes { name mentionedIn { title } } relationships { source { name } target { name } evidence { article { title } } } } }');
    expect(path.extensions?.dbRoundTrips).toBeLessThanOrEqual(5);
  });
});
