// Upgrading a database of the previous version (tests/fixtures/previous-version: its seeds and
// loader statements, from git d13b4ff): starting this version migrates it once and leaves exactly
// the graph a fresh load gives, plus what users had added, converted with the write path's defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { readStatement } from '../../src/db/cypher-file.js';
import { RETIRED_SEED_IDS } from '../../src/graph/data-migrations.js';
import { earliestDay } from '../../src/graph/dates.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import { loadSeeds, readSeeds } from '../../src/graph/seed.js';
import { KIND_LABELS, type ActorKind } from '../../src/graph/vocabulary.js';
import { REPO_ROOT } from '../../src/paths.js';
import { query, startTestApp } from '../helpers/app.js';

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'previous-version');
const previous = (file: string) => JSON.parse(readFileSync(join(FIXTURE, file), 'utf8')) as Record<string, any>[];
const USER_ID = 'user-russia-supplied-mali-2024-02';

/** The previous version's graph, written by its own loader statements, plus one user's relationship. */
async function loadPreviousVersion(db: GraphExecutor): Promise<void> {
  const run = (file: string, rows: unknown[]) => db.write(readStatement(join(FIXTURE, file)), { rows });
  await run('01-articles.cypher', previous('articles.json'));
  await run('02-actors.cypher', previous('actors.json').map((a) => ({ ...a, label: KIND_LABELS[a.kind as ActorKind] })));
  const user = {
    id: USER_ID,
    type: 'SUPPLIED',
    source: 'russia',
    target: 'mali',
    startDate: null,
    endDate: null,
    description: 'Added by a user of the previous version.',
    quantity: 12,
    dateBasis: null,
    evidence: [{ articleId: 'russian-instructors-equipment-arrive-niger-april-2024', quote: 'Neighbouring Mali and Burkina Faso' }],
  };
  await run(
    '03-relationships.cypher',
    [...previous('relationships.json'), user].map((r) => ({ ...r, startDay: earliestDay(r.startDate), endDay: earliestDay(r.endDate) })),
  );
}

/** Everything but timestamps, migration records and the user's relationship, comparable. */
async function fingerprint(db: GraphExecutor) {
  const strip = (props: Record<string, unknown>) => {
    const { createdAt: _c, updatedAt: _u, ...rest } = props;
    return rest;
  };
  const nodes = await db.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:Migration RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
  );
  const rels = await db.read<{ key: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) WHERE r.id IS NULL OR r.id <> $user
     RETURN a.id + ' ' + type(r) + ' ' + coalesce(r.id, '') + ' ' + b.id AS key, properties(r) AS props ORDER BY key`,
    { user: USER_ID },
  );
  return { nodes: nodes.map((n) => ({ ...n, props: strip(n.props) })), rels: rels.map((r) => ({ ...r, props: strip(r.props) })) };
}

let app: RunningApp;
let upgraded: Awaited<ReturnType<typeof fingerprint>>;
let ranAt: unknown;
beforeAll(async () => {
  const old = await startTestApp();
  await old.db.write('MATCH (n) DETACH DELETE n');
  await loadPreviousVersion(old.db);
  await old.stop();
  // "npm start" of this version on that database.
  app = await startTestApp();
  upgraded = await fingerprint(app.db);
  ranAt = (await app.db.read('MATCH (m:Migration {id: "V001__knowledge_model"}) RETURN m.ranAt AS ranAt'))[0]?.ranAt;
});
afterAll(async () => {
  await app?.db.write('MATCH ()-[r {id: $id}]->() DELETE r', { id: USER_ID });
  await app?.stop();
});

describe('upgrading a database of the previous version', () => {
  it('had the previous graph to upgrade: its retired ids and bare quantities', () => {
    expect(previous('relationships.json').map((r) => r.id)).toEqual(expect.arrayContaining([...RETIRED_SEED_IDS]));
    expect(previous('relationships.json').some((r) => typeof r.quantity === 'number')).toBe(true);
  });

  it('leaves exactly the graph a fresh load of the seeds gives', async () => {
    const fresh = await startTestApp();
    try {
      await fresh.db.write('MATCH (n) DETACH DELETE n');
      await loadSeeds(fresh.db, readSeeds());
      const expected = await fingerprint(fresh.db);
      expect(upgraded.nodes).toEqual(expected.nodes);
      expect(upgraded.rels.map((r) => r.key)).toEqual(expected.rels.map((r) => r.key));
      expect(upgraded.rels).toEqual(expected.rels);
      for (const id of RETIRED_SEED_IDS) expect(upgraded.rels.some((r) => r.key.includes(` ${id} `)), id).toBe(false);
    } finally {
      // Put the upgraded graph back for the tests below.
      await fresh.db.write('MATCH (n) DETACH DELETE n');
      await loadPreviousVersion(fresh.db);
      await fresh.stop();
      await app.stop();
      app = await startTestApp();
    }
  });

  it("keeps a user's relationship, converted: default kind, modality and certainty, its count as an amount, in time travel", async () => {
    const { relationship } = await query(
      app,
      `{ relationship(id: "${USER_ID}") { type kind modality certainty reportedBy { id } place { id } amount { value unit qualifier } quantity
          source { id } target { id } } }`,
    );
    expect(relationship).toEqual({
      type: 'SUPPLIED',
      kind: 'EVENT',
      modality: 'ACTUAL',
      certainty: 'REPORTED',
      reportedBy: [],
      place: null,
      amount: { value: 12, unit: 'unspecified', qualifier: null },
      quantity: 12,
      source: { id: 'russia' },
      target: { id: 'mali' },
    });
    // No date: asserted once its article (April 2024) had appeared.
    const at = async (asOf: string) =>
      (await query(app, `{ actor(id: "mali") { relationships(asOf: "${asOf}", types: [SUPPLIED]) { id } } }`)).actor.relationships;
    expect(await at('2024-04-15')).toEqual([]);
    expect(await at('2024-05-01')).toEqual([{ id: USER_ID }]);
  });

  it('runs once, and records that it ran', async () => {
    expect(ranAt).toBeDefined();
    // (The test above wiped and re-upgraded the database: the record is the latest run's.)
    const [first] = await app.db.read('MATCH (m:Migration {id: "V001__knowledge_model"}) RETURN m.ranAt AS ranAt');
    await app.stop();
    app = await startTestApp();
    const [again] = await app.db.read('MATCH (m:Migration {id: "V001__knowledge_model"}) RETURN m.ranAt AS ranAt, count(*) AS n');
    expect(again).toEqual({ ranAt: first?.ranAt, n: 1 });
  });
});
