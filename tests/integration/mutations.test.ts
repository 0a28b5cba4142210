// Writes: API key required, validated inputs, one transaction each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { auth, gql, query, startTestApp } from '../helpers/app.js';

let app: RunningApp;
const ARTICLE = 'russian-instructors-equipment-arrive-niger-april-2024';
const QUOTE = 'Niger received Russian military instructors and equipment this week';
const counts = async () =>
  (await app.db.read<{ nodes: number; rels: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels'))[0];
const cleanUp = () => app.db.write("MATCH (a:Actor) WHERE a.id STARTS WITH 'test-' DETACH DELETE a");

beforeAll(async () => {
  app = await startTestApp();
  await cleanUp();
});
afterAll(async () => {
  await cleanUp();
  await app?.stop();
});

const UPSERT_ACTOR = 'mutation($input: ActorInput!) { upsertActor(input: $input) { id name kind aliases } }';
const CREATE_REL = 'mutation($input: RelationshipInput!) { createRelationship(input: $input) { id type source { id } target { id } startDate evidence { quote article { id } } } }';
const UPSERT_REL = 'mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { id startDate description } }';
const actorInput = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Test ${id}`, kind: 'GROUP', ...extra });
const relInput = (extra: Record<string, unknown> = {}) => ({
  type: 'COOPERATES_WITH',
  sourceId: 'test-alpha',
  targetId: 'niger',
  startDate: '2024-06',
  evidence: [{ articleId: ARTICLE, quote: QUOTE }],
  ...extra,
});

describe('without an API key', () => {
  it('every mutation is UNAUTHENTICATED and writes nothing', async () => {
    const before = await counts();
    for (const headers of [{}, { authorization: 'Bearer wrong-key-0123456789' }, { authorization: 'Basic abc' }] as Record<string, string>[]) {
      const res = await gql(app, UPSERT_ACTOR, { input: actorInput('test-sneaky') }, headers);
      expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    }
    const del = await gql(app, 'mutation { deleteActor(id: "niger", detach: true) }');
    expect(del.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });

  it('queries stay public', async () => {
    expect((await gql(app, '{ actor(id: "niger") { id } }')).data).toEqual({ actor: { id: 'niger' } });
  });
});

describe('actors', () => {
  it('upsertActor creates, then replaces fields and kind label', async () => {
    const created = await gql(app, UPSERT_ACTOR, { input: actorInput('test-alpha', { aliases: ['Alpha'] }) }, auth);
    expect(created.data?.upsertActor).toEqual({ id: 'test-alpha', name: 'Test test-alpha', kind: 'GROUP', aliases: ['Alpha'] });
    const updated = await gql(app, UPSERT_ACTOR, { input: actorInput('test-alpha', { name: 'Alpha Force', kind: 'ARMED_FORCE' }) }, auth);
    expect(updated.data?.upsertActor).toMatchObject({ name: 'Alpha Force', kind: 'ARMED_FORCE', aliases: [] });
    const labels = await app.db.read<{ labels: string[] }>("MATCH (a:Actor {id: 'test-alpha'}) RETURN labels(a) AS labels");
    expect(labels[0]?.labels.sort()).toEqual(['Actor', 'ArmedForce']);
    expect((await query(app, '{ search(text: "Alpha Force") { id } }')).search[0].id).toBe('test-alpha');
  });

  it('validates inputs on the input class', async () => {
    const bad = [
      actorInput('Not A Slug'),
      actorInput('test-x', { name: '' }),
      actorInput('test-x', { name: 'x'.repeat(201) }),
      actorInput('test-x', { wikidataId: 'wd:159' }),
      actorInput('test-x', { country: 'niger' }),
      actorInput('test-x', { aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }),
    ];
    for (const input of bad) {
      const res = await gql(app, UPSERT_ACTOR, { input }, auth);
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(input).slice(0, 80)).toBe('BAD_USER_INPUT');
    }
    const kind = await gql(app, UPSERT_ACTOR, { input: actorInput('test-x', { kind: 'EMPIRE' }) }, auth);
    expect(kind.status).toBe(400);
    expect(kind.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await query(app, '{ actor(id: "test-x") { id } }')).actor).toBeNull();
  });
});

describe('relationships', () => {
  it('createRelationship links known actors with evidence, and deleteRelationship removes it', async () => {
    const res = await gql(app, CREATE_REL, { input: relInput() }, auth);
    expect(res.errors).toBeUndefined();
    const rel = res.data?.createRelationship;
    expect(rel).toMatchObject({ type: 'COOPERATES_WITH', source: { id: 'test-alpha' }, target: { id: 'niger' }, startDate: '2024-06' });
    expect(rel.evidence).toEqual([{ quote: QUOTE, article: { id: ARTICLE } }]);
    // Started in June 2024: certain from July, left open within June (README, "Time travel").
    const asOf = await query(
      app,
      `{ actor(id: "test-alpha") { before: neighbors(asOf: "2024-05") { id } during: neighbors(asOf: "2024-06-15") { id }
           open: neighbors(asOf: "2024-06-15", includeUncertain: true) { id } after: neighbors(asOf: "2024-07") { id } } }`,
    );
    expect(asOf.actor).toEqual({ before: [], during: [], open: [{ id: 'niger' }], after: [{ id: 'niger' }] });
    expect((await gql(app, 'mutation($id: ID!) { deleteRelationship(id: $id) }', { id: rel.id }, auth)).data).toEqual({ deleteRelationship: true });
    const again = await gql(app, 'mutation($id: ID!) { deleteRelationship(id: $id) }', { id: rel.id }, auth);
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('createRelationship refuses a taken id', async () => {
    const first = await gql(app, CREATE_REL, { input: relInput({ id: 'test-rel-fixed' }) }, auth);
    expect(first.errors).toBeUndefined();
    const second = await gql(app, CREATE_REL, { input: relInput({ id: 'test-rel-fixed', type: 'OPPOSED' }) }, auth);
    expect(second.errors?.[0]).toMatchObject({ message: 'A relationship with id "test-rel-fixed" already exists', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('upsertRelationship is idempotent on (source, type, target, startDate)', async () => {
    const a = await gql(app, UPSERT_REL, { input: relInput({ type: 'ALLIED_WITH', description: 'first' }) }, auth);
    const b = await gql(app, UPSERT_REL, { input: relInput({ type: 'ALLIED_WITH', description: 'second' }) }, auth);
    expect(a.data?.upsertRelationship.id).toBe(b.data?.upsertRelationship.id);
    expect(b.data?.upsertRelationship.description).toBe('second');
    const other = await gql(app, UPSERT_REL, { input: relInput({ type: 'ALLIED_WITH', startDate: '2024-07' }) }, auth);
    expect(other.data?.upsertRelationship.id).not.toBe(a.data?.upsertRelationship.id);
    const all = await query(app, '{ actor(id: "test-alpha") { relationships(types: [ALLIED_WITH]) { id } } }');
    expect(all.actor.relationships).toHaveLength(2);
  });

  it('refuses unknown actors, unknown articles, missing evidence, bad dates and enums', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, RegExp][] = [
      [relInput({ sourceId: 'test-ghost' }), /Unknown source actor "test-ghost"/],
      [relInput({ targetId: 'atlantis' }), /Unknown target actor "atlantis"/],
      [relInput({ evidence: [{ articleId: 'no-such-article', quote: 'x' }] }), /unknown article\(s\): no-such-article/],
      [relInput({ evidence: [] }), /evidence needs at least one quote/],
      [relInput({ startDate: '2024-06', endDate: '2024-05' }), /endDate 2024-05 is before startDate 2024-06/],
      [relInput({ startDate: '2024-02-30' }), /has no day 30/],
      [relInput({ startDate: 'last July' }), /is not a date/],
      [relInput({ type: 'INVADED' }), /RelationshipType/],
      [relInput({ evidence: [{ articleId: ARTICLE, quote: 'q'.repeat(1001) }] }), /quote must be shorter than or equal to 1000 characters/],
    ];
    for (const [input, message] of cases) {
      const res = await gql(app, CREATE_REL, { input }, auth);
      expect(res.errors?.[0]?.extensions.code, String(message)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('deleteActor', () => {
  it('refuses while relationships remain, then detaches them when asked', async () => {
    const refused = await gql(app, 'mutation { deleteActor(id: "test-alpha") }', {}, auth);
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/still has \d+ relationship\(s\).*detach: true/);
    expect((await query(app, '{ actor(id: "test-alpha") { id } }')).actor).toEqual({ id: 'test-alpha' });
    const done = await gql(app, 'mutation { deleteActor(id: "test-alpha", detach: true) }', {}, auth);
    expect(done.data).toEqual({ deleteActor: true });
    expect((await query(app, '{ actor(id: "test-alpha") { id } }')).actor).toBeNull();
    const missing = await gql(app, 'mutation { deleteActor(id: "test-alpha") }', {}, auth);
    expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('regression: deleteActor with detach: null was masked as an internal error (found by fuzzing)', () => {
  it('treats null as the default', async () => {
    const res = await gql(app, 'mutation($d: Boolean) { deleteActor(id: "test-none", detach: $d) }', { d: null }, auth);
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('importGraph', () => {
  const IMPORT = 'mutation($input: GraphImportInput!) { importGraph(input: $input) { actors relationships } }';

  it('writes a batch of actors and relationships together', async () => {
    const res = await gql(
      app,
      IMPORT,
      {
        input: {
          actors: [actorInput('test-one'), actorInput('test-two')],
          relationships: [relInput({ sourceId: 'test-one', targetId: 'test-two' }), relInput({ sourceId: 'test-two', targetId: 'niger' })],
        },
      },
      auth,
    );
    expect(res.data).toEqual({ importGraph: { actors: 2, relationships: 2 } });
    expect((await query(app, '{ shortestPath(fromId: "test-one", toId: "niger") { length } }')).shortestPath).toEqual({ length: 2 });
  });

  it('fails half way and leaves nothing behind', async () => {
    const before = await counts();
    const res = await gql(
      app,
      IMPORT,
      {
        input: {
          actors: [actorInput('test-three'), actorInput('test-four')],
          // The first relationship is good and the second bad: neither, nor the actors, remain.
          relationships: [relInput({ sourceId: 'test-three', targetId: 'test-four' }), relInput({ sourceId: 'test-four', targetId: 'test-nobody' })],
        },
      },
      auth,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'relationships[1]: Unknown target actor "test-nobody"',
      extensions: { code: 'BAD_USER_INPUT', record: 'relationships[1]', field: 'targetId' },
    });
    expect(await counts()).toEqual(before);
    expect((await query(app, '{ a: actor(id: "test-three") { id } b: actor(id: "test-four") { id } }'))).toEqual({ a: null, b: null });
  });
});
