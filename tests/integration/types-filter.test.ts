// `types` reads the same on every field that filters relationships by type: omitted or null is
// every type, `[]` is none, and a list is those types only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { query, startTestApp } from '../helpers/app.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** The `types` argument as written in a query: left out, null, empty, or one type. */
const VARIANTS = { omitted: '', null: ', types: null', empty: ', types: []', allied: ', types: [ALLIED_WITH]' } as const;
type Variant = keyof typeof VARIANTS;

async function each<T>(ask: (types: string) => Promise<T>): Promise<Record<Variant, T>> {
  const entries = await Promise.all((Object.keys(VARIANTS) as Variant[]).map(async (v) => [v, await ask(VARIANTS[v])] as const));
  return Object.fromEntries(entries) as Record<Variant, T>;
}

describe('types: omitted or null is every type, [] is none', () => {
  it('relationshipGraph', async () => {
    const graphs = await each(async (types) => {
      const data = await query(app, `{ relationshipGraph(actorId: "niger"${types}) { nodes { id } edges { type } } }`);
      return data.relationshipGraph as { nodes: { id: string }[]; edges: { type: string }[] };
    });
    expect(new Set(graphs.omitted.edges.map((e) => e.type)).size).toBeGreaterThan(1);
    expect(graphs.null).toEqual(graphs.omitted);
    expect(graphs.empty).toEqual({ nodes: [{ id: 'niger' }], edges: [] });
    expect(graphs.allied.edges.length).toBeGreaterThan(0);
    expect(graphs.allied.edges.length).toBeLessThan(graphs.omitted.edges.length);
    expect(graphs.allied.edges.every((e) => e.type === 'ALLIED_WITH')).toBe(true);
  });

  it('shortestPath', async () => {
    const paths = await each(async (types) => {
      const data = await query(app, `{ shortestPath(fromId: "niger-junta", toId: "russia"${types}) { length relationships { type } } }`);
      return data.shortestPath as { length: number; relationships: { type: string }[] } | null;
    });
    expect(paths.omitted?.length).toBeGreaterThan(0);
    expect(paths.null).toEqual(paths.omitted);
    expect(paths.empty).toBeNull();
    expect(paths.allied?.relationships.every((r) => r.type === 'ALLIED_WITH')).toBe(true);
  });

  it('Actor.relationships and Actor.neighbors', async () => {
    const actors = await each(async (types) => {
      const data = await query(app, `{ actor(id: "niger-junta") { relationships(direction: BOTH${types}) { type } neighbors(direction: BOTH${types}) { id } } }`);
      return data.actor as { relationships: { type: string }[]; neighbors: { id: string }[] };
    });
    expect(new Set(actors.omitted.relationships.map((r) => r.type)).size).toBeGreaterThan(1);
    expect(actors.null).toEqual(actors.omitted);
    expect(actors.empty).toEqual({ relationships: [], neighbors: [] });
    expect(actors.allied.relationships.length).toBeGreaterThan(0);
    expect(actors.allied.relationships.length).toBeLessThan(actors.omitted.relationships.length);
    expect(actors.allied.relationships.every((r) => r.type === 'ALLIED_WITH')).toBe(true);
    expect(actors.allied.neighbors.length).toBeLessThan(actors.omitted.neighbors.length);
  });

  it('relationships(filter: { types })', async () => {
    const lists = await each(async (types) => {
      const filter = types ? `filter: { actorId: "niger-junta"${types} }` : 'filter: { actorId: "niger-junta" }';
      const data = await query(app, `{ relationships(first: 100, ${filter}) { totalCount edges { node { type } } } }`);
      return data.relationships as { totalCount: number; edges: { node: { type: string } }[] };
    });
    expect(lists.omitted.totalCount).toBeGreaterThan(1);
    expect(lists.null).toEqual(lists.omitted);
    expect(lists.empty).toEqual({ totalCount: 0, edges: [] });
    expect(lists.allied.totalCount).toBeGreaterThan(0);
    expect(lists.allied.totalCount).toBeLessThan(lists.omitted.totalCount);
    expect(lists.allied.edges.every((e) => e.node.type === 'ALLIED_WITH')).toBe(true);
  });

  it('says so in the description of every `types` in the schema', async () => {
    const data = await query(app, `{ __schema { types { name
      fields { name args { name description } }
      inputFields { name description } } } }`);
    const found: { where: string; description: string | null }[] = [];
    for (const type of data.__schema.types as any[]) {
      if (type.name.startsWith('__')) continue;
      for (const field of type.fields ?? []) {
        for (const arg of field.args) if (arg.name === 'types') found.push({ where: `${type.name}.${field.name}(types)`, description: arg.description });
      }
      for (const input of type.inputFields ?? []) if (input.name === 'types') found.push({ where: `${type.name}.types`, description: input.description });
    }
    expect(found.map((f) => f.where).sort()).toEqual(
      ['Actor.neighbors(types)', 'Actor.relationships(types)', 'Query.relationshipGraph(types)', 'Query.shortestPath(types)', 'RelationshipFilter.types'].sort(),
    );
    for (const f of found) expect(f.description, f.where).toMatch(/Omitted or null: every type; an empty list: none/);
  });
});
