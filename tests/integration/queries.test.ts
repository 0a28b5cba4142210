// Every query of the API against the seeded graph, asserting answers the articles support.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { EXAMPLES } from '../../src/server/examples.js';
import { auth, gql, query, startTestApp } from '../helpers/app.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

describe('search', () => {
  it('ranks the best match first and finds aliases, prefixes and misspellings', async () => {
    const cases: [string, string][] = [
      ['Tchiani', 'abdourahamane-tiani'],
      ['CNSP', 'niger-junta'],
      ['Telesahel', 'tele-sahel'],
      ['Pentagon', 'us-department-of-defense'],
      ['Putn', 'vladimir-putin'],
      ['Bazum', 'mohamed-bazoum'],
      ['Africa Corps', 'africa-corps'],
      ['Economic Community of West African States', 'ecowas'],
    ];
    for (const [text, id] of cases) {
      const data = await query(app, 'query($t: String!) { search(text: $t, first: 3) { id } }', { t: text });
      expect(data.search[0]?.id, text).toBe(id);
    }
  });

  it('answers an empty list for text with nothing searchable, and honours first', async () => {
    expect((await query(app, '{ search(text: "()") { id } }')).search).toEqual([]);
    expect((await query(app, '{ search(text: "niger", first: 2) { id } }')).search).toHaveLength(2);
  });
});

describe('actors', () => {
  it('filters by kind, text and relationship types', async () => {
    const states = await query(app, '{ actors(first: 100, filter: { kinds: [STATE] }) { totalCount edges { node { id kind } } } }');
    expect(states.actors.edges.every((e: any) => e.node.kind === 'STATE')).toBe(true);
    expect(states.actors.edges.map((e: any) => e.node.id)).toEqual(
      expect.arrayContaining(['russia', 'niger', 'united-states', 'france', 'mali', 'burkina-faso', 'iran']),
    );
    expect(states.actors.totalCount).toBe(states.actors.edges.length);

    const text = await query(app, '{ actors(filter: { text: "tchiani" }) { edges { node { id } } } }');
    expect(text.actors.edges.map((e: any) => e.node.id)).toEqual(['abdourahamane-tiani']);

    const expellers = await query(app, '{ actors(filter: { relationshipTypes: [EXPELLED] }) { edges { node { id } } } }');
    expect(expellers.actors.edges.map((e: any) => e.node.id).sort()).toEqual(['france', 'niger-junta']);
  });

  it('pages without gaps or repeats, and says where the pages end', async () => {
    const first = await query(app, '{ actors(first: 10) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }');
    const page1 = first.actors;
    expect(page1.edges).toHaveLength(10);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: page1.edges[0].cursor });
    const second = await query(app, 'query($a: String) { actors(first: 100, after: $a) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }', {
      a: page1.pageInfo.endCursor,
    });
    expect(second.actors.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const ids = [...page1.edges, ...second.actors.edges].map((e: any) => e.node.id);
    expect(ids).toHaveLength(page1.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('articles', () => {
  it('lists the five articles with the actors each mentions', async () => {
    const data = await query(app, '{ articles { id title publishedAt file: url actors { id } } }');
    expect(data.articles).toHaveLength(5);
    for (const a of data.articles) expect(a.actors.length, a.id).toBeGreaterThan(2);
    const april = data.articles.find((a: any) => a.id === 'russian-instructors-equipment-arrive-niger-april-2024');
    expect(april.title).toBe('Russian military instructors and equipment arrive in Niger');
    expect(april.actors.map((a: any) => a.id)).toEqual(expect.arrayContaining(['russia', 'niger-junta', 'vladimir-putin', 'tele-sahel']));
  });

  it('answers one article by id, and null for an unknown one', async () => {
    const data = await query(app, '{ a: article(id: "russian-instructors-equipment-arrive-niger-april-2024") { title } b: article(id: "nope") { title } }');
    expect(data).toEqual({ a: { title: 'Russian military instructors and equipment arrive in Niger' }, b: null });
  });

  it('tells in which articles an actor is mentioned', async () => {
    const data = await query(app, '{ actor(id: "lloyd-austin") { mentionedIn { id } } }');
    expect(data.actor.mentionedIn.map((a: any) => a.id)).toEqual(['russia-reinforcements-niger-may-2024']);
  });
});

describe('relationships', () => {
  it('filters by types, actor and direction', async () => {
    const data = await query(
      app,
      '{ relationships(filter: { types: [EXPELLED], actorId: "niger-junta", direction: OUT }) { totalCount edges { node { type source { id } target { id } } } } }',
    );
    expect(data.relationships.edges.map((e: any) => e.node)).toEqual([{ type: 'EXPELLED', source: { id: 'niger-junta' }, target: { id: 'france' } }]);
    const incoming = await query(app, '{ relationships(filter: { actorId: "niger-junta", direction: IN, types: [LEADS] }) { edges { node { source { id } } } } }');
    expect(incoming.relationships.edges.map((e: any) => e.node.source.id)).toEqual(['abdourahamane-tiani']);
  });

  it('filters by a date range, inclusive at the precision given', async () => {
    const data = await query(app, '{ relationships(first: 100, filter: { from: "2024-04", to: "2024-04" }) { edges { node { startDate } } } }');
    const dates = data.relationships.edges.map((e: any) => e.node.startDate as string);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.every((d: string) => d.startsWith('2024-04'))).toBe(true);
    expect(dates).toEqual([...dates].sort());
  });

  it('filters by article', async () => {
    const data = await query(app, '{ relationships(first: 100, filter: { articleId: "russia-reinforcements-niger-may-2024" }) { totalCount edges { node { evidence { article { id } } } } } }');
    expect(data.relationships.totalCount).toBeGreaterThan(5);
    for (const e of data.relationships.edges) {
      expect(e.node.evidence.map((x: any) => x.article.id)).toContain('russia-reinforcements-niger-may-2024');
    }
  });

  it('pages across all relationships in date order, undated last', async () => {
    const all: any[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const data: any = await query(app, 'query($a: String) { relationships(first: 15, after: $a) { totalCount edges { node { id startDate } } pageInfo { hasNextPage endCursor } } }', { a: after });
      total = data.relationships.totalCount;
      all.push(...data.relationships.edges.map((e: any) => e.node));
      after = data.relationships.pageInfo.hasNextPage ? data.relationships.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBeGreaterThan(2);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((r) => r.id)).size).toBe(total);
    const firstUndated = all.findIndex((r) => r.startDate === null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(all.slice(firstUndated).every((r) => r.startDate === null)).toBe(true);
  });

  it('answers one relationship by id', async () => {
    const list = await query(app, '{ relationships(first: 1) { edges { node { id type } } } }');
    const { id, type } = list.relationships.edges[0].node;
    expect(await query(app, 'query($id: ID!) { relationship(id: $id) { id type } }', { id })).toEqual({ relationship: { id, type } });
  });
});

describe('Actor.relationships and Actor.neighbors', () => {
  it('follow direction and types', async () => {
    const data = await query(
      app,
      `{ actor(id: "niger-junta") {
          out: relationships(direction: OUT, types: [DEPOSED]) { target { id } }
          in: relationships(direction: IN) { source { id } target { id } }
          neighbors(types: [LEADS]) { id } } }`,
    );
    expect(data.actor.out).toEqual([{ target: { id: 'mohamed-bazoum' } }]);
    expect(data.actor.in.every((r: any) => r.target.id === 'niger-junta')).toBe(true);
    expect(data.actor.neighbors).toEqual([{ id: 'abdourahamane-tiani' }]);
  });
});

describe('relationshipGraph', () => {
  it('draws the neighbourhood as flat nodes and edges whose ends are all nodes', async () => {
    const data = await query(app, '{ relationshipGraph(actorId: "abdourahamane-tiani", depth: 2) { rootId truncated nodes { id name kind } edges { id type source target } distances { nodeId distance } } }');
    const g = data.relationshipGraph;
    const ids = new Set(g.nodes.map((n: any) => n.id));
    const distance = new Map(g.distances.map((d: any) => [d.nodeId, d.distance]));
    expect(g.rootId).toBe('abdourahamane-tiani');
    expect(g.truncated).toBe(false);
    expect(g.distances.map((d: any) => d.nodeId)).toEqual(g.nodes.map((n: any) => n.id));
    expect(distance.get('abdourahamane-tiani')).toBe(0);
    expect(g.nodes.filter((n: any) => distance.get(n.id) === 1).map((n: any) => n.id)).toEqual(expect.arrayContaining(['niger-junta', 'vladimir-putin']));
    expect(ids).toContain('russia');
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
    }
    const depth1 = await query(app, '{ relationshipGraph(actorId: "abdourahamane-tiani") { distances { distance } } }');
    expect(Math.max(...depth1.relationshipGraph.distances.map((d: any) => d.distance))).toBe(1);
  });

  it('still answers the deprecated GraphNode.distance, equal to Graph.distances', async () => {
    const data = await query(app, '{ relationshipGraph(actorId: "niger", depth: 2) { nodes { id distance } distances { nodeId distance } } }');
    const g = data.relationshipGraph;
    expect(g.nodes.map((n: any) => ({ nodeId: n.id, distance: n.distance }))).toEqual(g.distances);
  });

  it('caps nodes at limit, keeps the nearest, and says it cut', async () => {
    const data = await query(app, '{ relationshipGraph(actorId: "niger", depth: 3, limit: 5) { truncated nodes { id } edges { source target } distances { nodeId distance } } }');
    const g = data.relationshipGraph;
    expect(g.truncated).toBe(true);
    expect(g.nodes).toHaveLength(5);
    expect(g.nodes[0]).toEqual({ id: 'niger' });
    expect(g.distances[0]).toEqual({ nodeId: 'niger', distance: 0 });
    const ids = new Set(g.nodes.map((n: any) => n.id));
    expect(g.edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('has an id made from its arguments: the same for the same graph, another for any other', async () => {
    const ask = async (args: string) => (await query(app, `{ relationshipGraph(${args}) { id } }`)).relationshipGraph.id;
    const base = await ask('actorId: "niger", depth: 2, types: [ALLIED_WITH, DEPLOYED_TO], asOf: "2024-05"');
    expect(await ask('actorId: "niger", depth: 2, types: [DEPLOYED_TO, ALLIED_WITH, DEPLOYED_TO], asOf: "2024-05"')).toBe(base);
    const others = await Promise.all(
      [
        'actorId: "russia", depth: 2, types: [ALLIED_WITH, DEPLOYED_TO], asOf: "2024-05"',
        'actorId: "niger", depth: 1, types: [ALLIED_WITH, DEPLOYED_TO], asOf: "2024-05"',
        'actorId: "niger", depth: 2, types: [ALLIED_WITH], asOf: "2024-05"',
        'actorId: "niger", depth: 2, asOf: "2024-05"',
        'actorId: "niger", depth: 2, types: [], asOf: "2024-05"',
        'actorId: "niger", depth: 2, types: [ALLIED_WITH, DEPLOYED_TO]',
        'actorId: "niger", depth: 2, types: [ALLIED_WITH, DEPLOYED_TO], asOf: "2024-05", limit: 10',
      ].map(ask),
    );
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it('gives a node the same fields in every graph it is in (normalized caches key it by id alone)', async () => {
    const fields = '{ nodes { id name kind } edges { id type source target startDate endDate } }';
    const a = (await query(app, `{ relationshipGraph(actorId: "russia", depth: 2) ${fields} }`)).relationshipGraph;
    const b = (await query(app, `{ relationshipGraph(actorId: "niger", depth: 1, asOf: "2024-05") ${fields} }`)).relationshipGraph;
    const shared = b.nodes.filter((n: any) => a.nodes.some((m: any) => m.id === n.id));
    expect(shared.length).toBeGreaterThan(1);
    for (const node of shared) expect(a.nodes.find((m: any) => m.id === node.id)).toEqual(node);
    const sharedEdges = b.edges.filter((e: any) => a.edges.some((f: any) => f.id === e.id));
    expect(sharedEdges.length).toBeGreaterThan(0);
    for (const edge of sharedEdges) expect(a.edges.find((f: any) => f.id === edge.id)).toEqual(edge);
  });

  it('follows only the given types', async () => {
    const data = await query(app, '{ relationshipGraph(actorId: "russia", depth: 3, types: [DEPLOYED_TO]) { edges { type } } }');
    expect(new Set(data.relationshipGraph.edges.map((e: any) => e.type))).toEqual(new Set(['DEPLOYED_TO']));
  });

  it('is NOT_FOUND for an unknown actor', async () => {
    const res = await gql(app, '{ relationshipGraph(actorId: "atlantis") { nodes { id } } }');
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toBe('Actor "atlantis" does not exist');
  });
});

describe('shortestPath', () => {
  it('finds the path from the Africa Corps to ECOWAS', async () => {
    const data = await query(app, '{ shortestPath(fromId: "africa-corps", toId: "ecowas") { length nodes { id } relationships { type source { id } target { id } } } }');
    const p = data.shortestPath;
    expect(p.nodes[0].id).toBe('africa-corps');
    expect(p.nodes.at(-1).id).toBe('ecowas');
    expect(p.length).toBe(p.relationships.length);
    expect(p.nodes).toHaveLength(p.length + 1);
    p.relationships.forEach((r: any, i: number) => {
      expect([r.source.id, r.target.id].sort()).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort());
    });
  });

  it('answers null when no path exists within the types or length given', async () => {
    const none = await query(app, '{ shortestPath(fromId: "africa-corps", toId: "ecowas", types: [LEADS]) { length } }');
    expect(none.shortestPath).toBeNull();
    const short = await query(app, '{ shortestPath(fromId: "lloyd-austin", toId: "ecowas", maxLength: 1) { length } }');
    expect(short.shortestPath).toBeNull();
  });

  it('answers a zero-length path from an actor to itself', async () => {
    expect((await query(app, '{ shortestPath(fromId: "niger", toId: "niger") { length nodes { id } } }')).shortestPath).toEqual({
      length: 0,
      nodes: [{ id: 'niger' }],
    });
  });

  it('is NOT_FOUND when an end does not exist', async () => {
    const res = await gql(app, '{ shortestPath(fromId: "niger", toId: "atlantis") { length } }');
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('timeline', () => {
  it('orders one actor\'s relationships by date, undated last', async () => {
    const data = await query(app, '{ timeline(actorId: "niger") { startDate type source { id } target { id } } }');
    const rows = data.timeline as any[];
    expect(rows.every((r) => r.source.id === 'niger' || r.target.id === 'niger')).toBe(true);
    const dated = rows.filter((r) => r.startDate !== null);
    const days = dated.map((r) => r.startDate.padEnd(10, '-01').slice(0, 10));
    expect(days).toEqual([...days].sort());
    expect(rows.slice(dated.length).every((r) => r.startDate === null)).toBe(true);
  });

  it('covers everyone between two dates', async () => {
    const data = await query(app, '{ timeline(from: "2024-03", to: "2024-05") { startDate type source { id } target { id } } }');
    const rows = data.timeline as any[];
    expect(rows.every((r) => r.startDate >= '2024-03' && r.startDate < '2024-06')).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ type: 'SPOKE_WITH', startDate: '2024-03-26', source: { id: 'abdourahamane-tiani' } }));
    expect(rows.at(-1).startDate.startsWith('2024-05')).toBe(true);
  });
});

describe('the example operations offered in GraphiQL', () => {
  afterAll(async () => {
    // The mutation example writes a new actor and its relationship; take them back out.
    await app.db.write("MATCH (a:Actor {id: 'wagner-group'}) DETACH DELETE a");
  });

  it.each(EXAMPLES.map((e) => [e.title, e] as const))('%s runs without errors', async (_title, example) => {
    const res = await gql(app, example.query, example.variables, example.mutation ? auth : {});
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeTruthy();
  });
});

describe('Evidence.id', () => {
  it('is stable, and one per quote of an article: normalized caches can key it', async () => {
    const text = '{ relationships(first: 100) { edges { node { id evidence { id quote article { id } } } } } }';
    const [first, again] = [await query(app, text), await query(app, text)];
    expect(again).toEqual(first);
    const evidence = first.relationships.edges.flatMap((e: any) => e.node.evidence);
    expect(evidence.length).toBeGreaterThan(50);
    const byId = new Map<string, string>();
    for (const e of evidence) {
      expect(e.id).toMatch(/^[\w-]{22}$/);
      const content = `${e.article.id}\n${e.quote}`;
      expect(byId.get(e.id) ?? content).toBe(content);
      byId.set(e.id, content);
    }
    expect(new Set(evidence.map((e: any) => `${e.article.id}\n${e.quote}`)).size).toBe(byId.size);
  });
});
