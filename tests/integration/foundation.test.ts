// The chain end to end: real HTTP server, real Neo4j, the seeded graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadSeeds, readSeeds } from '../../src/graph/seed.js';
import { gql, query, startTestApp } from '../helpers/app.js';

// Everything in the graph, as one comparable value: every node with its labels and properties,
// every relationship with its type, ends and properties.
const FINGERPRINT = `
CALL () { MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id }
WITH collect([id, labels, props]) AS nodes
CALL () { MATCH (a)-[r]->(b) RETURN [a.id, type(r), r.id, b.id, properties(r)] AS rel ORDER BY r.id }
RETURN nodes, collect(rel) AS rels`;

describe('the seeded graph over GraphQL', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('is healthy and ready', async () => {
    expect(await (await fetch(`${app.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', neo4j: true, schemaApplied: true, seedsLoaded: true });
  });

  it('holds at least 25 actors and 40 relationships, from the five articles', async () => {
    const data = await query(app, '{ actors(first: 1) { totalCount } relationships(first: 1) { totalCount } articles { id title } }');
    expect(data.actors.totalCount).toBeGreaterThanOrEqual(25);
    expect(data.relationships.totalCount).toBeGreaterThanOrEqual(40);
    expect(data.articles).toHaveLength(5);
  });

  it('finds Tiani by any spelling the articles use', async () => {
    for (const text of ['Tchiani', 'Tiani', 'Abdulrahmane Chiani', 'tchia']) {
      const data = await query(app, 'query($text: String!) { search(text: $text) { id name } }', { text });
      expect(data.search[0]?.id, text).toBe('abdourahamane-tiani');
    }
  });

  it("answers an actor's relationships with dates and verbatim evidence", async () => {
    const data = await query(
      app,
      `{ actor(id: "russia") { name kind relationships(direction: OUT, types: [DEPLOYED_TO]) {
           type source { id } target { id name } startDate quantity evidence { quote article { title } } } } }`,
    );
    expect(data.actor).toMatchObject({ name: 'Russia', kind: 'STATE' });
    const toNiger = data.actor.relationships.filter((r: any) => r.target.id === 'niger');
    expect(toNiger.length).toBeGreaterThan(0);
    const first = toNiger.find((r: any) => r.startDate === '2024-04-10');
    expect(first, JSON.stringify(toNiger)).toBeDefined();
    expect(first.quantity).toBe(100);
    expect(first.evidence.length).toBeGreaterThanOrEqual(2);
    expect(first.evidence.map((e: any) => e.quote).join(' ')).toMatch(/100 Russian (military )?instructors/);
    expect(toNiger.some((r: any) => r.startDate === '2024-05-04')).toBe(true);
  });

  it('states the coup: the junta deposed Bazoum in July 2023 and Tiani leads it', async () => {
    const data = await query(
      app,
      `{ junta: actor(id: "niger-junta") { relationships { type source { id } target { id } startDate } } }`,
    );
    const rels = data.junta.relationships as { type: string; source: { id: string }; target: { id: string }; startDate: string }[];
    expect(rels).toContainEqual(expect.objectContaining({ type: 'DEPOSED', target: { id: 'mohamed-bazoum' }, startDate: '2023-07' }));
    expect(rels).toContainEqual(expect.objectContaining({ type: 'LEADS', source: { id: 'abdourahamane-tiani' } }));
    expect(rels).toContainEqual(expect.objectContaining({ type: 'EXPELLED', target: { id: 'france' } }));
  });

  it('stores amounts as a number with its unit, and no bare quantity', async () => {
    const rows = await app.db.read(`
      MATCH ()-[r]->() WHERE r.amountValue IS NOT NULL OR r.quantity IS NOT NULL
      RETURN collect(DISTINCT valueType(r.amountValue)) AS values, count(r.amountUnit) AS units,
             count(r.quantity) AS bare, count(r) AS total`);
    expect(rows).toEqual([{ values: ['FLOAT NOT NULL'], units: 6, bare: 0, total: 6 }]);
  });

  it('serves the explorer at / with its bundle compressed and cached for good', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    const script = /src="(\/static\/assets\/explorer-[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const res = await fetch(`${app.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000, immutable/);
  });

  it('answers a missing actor with null', async () => {
    expect(await query(app, '{ actor(id: "atlantis") { id } }')).toEqual({ actor: null });
  });

  it('pages through actors with a Relay connection', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const data: any = await query(
        app,
        'query($after: String) { actors(first: 7, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      total = data.actors.totalCount;
      seen.push(...data.actors.edges.map((e: any) => e.node.id));
      after = data.actors.pageInfo.hasNextPage ? data.actors.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('loading the seeds again leaves the same graph', async () => {
    const before = await app.db.read(FINGERPRINT);
    await loadSeeds(app.db, readSeeds());
    await loadSeeds(app.db, readSeeds());
    expect(await app.db.read(FINGERPRINT)).toEqual(before);
  });

  it('keeps the data, without duplicates, across a restart of the server', async () => {
    const before = await app.db.read(FINGERPRINT);
    await app.stop();
    app = await startTestApp();
    expect(await app.db.read(FINGERPRINT)).toEqual(before);
    const res = await gql(app, '{ actor(id: "niger") { name } }');
    expect(res.data).toEqual({ actor: { name: 'Niger' } });
  });
});
