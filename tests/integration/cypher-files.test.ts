// Every .cypher file in the repository runs against a real Neo4j, so that none rots: the schema
// and the loader run cleanly twice (idempotent) here, and the analysts' library is checked
// question by question in analyst-queries.test.ts. A .cypher file that no test runs fails here.
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { ANALYST_DIR } from '../../src/cli/library.js';
import { readCypherFile } from '../../src/db/cypher-file.js';
import { schemaFiles, SCHEMA_DIR } from '../../src/db/migrations.js';
import { loadSeeds, readSeeds, type Seeds } from '../../src/graph/seed.js';
import { actorRow, articleRow, relationshipRow, writeParams } from '../../src/graph/writes.js';
import { CYPHER_DIR } from '../../src/paths.js';
import { startTestApp } from '../helpers/app.js';

const LOADER_DIR = join(CYPHER_DIR, 'loader');

/** The $rows each loader file takes, as src/graph/seed.ts builds them. */
const LOADER_ROWS: Record<string, (seeds: Seeds) => Record<string, unknown>[]> = {
  '01-articles.cypher': (seeds) => seeds.articles.map(articleRow),
  '02-actors.cypher': (seeds) => seeds.actors.map(actorRow),
  '03-relationships.cypher': (seeds) => seeds.relationships.map(relationshipRow),
  '04-places.cypher': (seeds) => seeds.places,
};

// Everything in the graph as one comparable value (element ids aside, which a reload changes).
const FINGERPRINT = `
CALL () { MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id }
WITH collect([id, labels, props]) AS nodes
CALL () { MATCH (a)-[r]->(b) RETURN [a.id, type(r), r.id, b.id, properties(r)] AS rel ORDER BY r.id }
RETURN nodes, collect(rel) AS rels`;

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

let app: RunningApp;
const seeds = readSeeds();

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

describe('every .cypher file', () => {
  it('is run by a test', () => {
    const schema = new Set(schemaFiles());
    const untested = cypherFiles(CYPHER_DIR).filter((file) => {
      if (file.startsWith(`${SCHEMA_DIR}/`)) return !schema.has(file);
      if (file.startsWith(`${LOADER_DIR}/`)) return !(basename(file) in LOADER_ROWS);
      // analyst-queries.test.ts fails when a library file has no question test.
      return !file.startsWith(`${ANALYST_DIR}/`);
    });
    expect(untested.map((f) => relative(CYPHER_DIR, f)), 'add these files to a test').toEqual([]);
    expect(readdirSync(LOADER_DIR).filter((f) => f.endsWith('.cypher')).sort()).toEqual(Object.keys(LOADER_ROWS).sort());
  });
});

describe('cypher/schema', () => {
  const snapshot = async () => ({
    constraints: await app.db.read('SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN * ORDER BY name'),
    indexes: await app.db.read('SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options RETURN * ORDER BY name'),
  });

  it('runs cleanly twice, and the second run changes nothing', async () => {
    // The app applied the schema at start; two more runs leave it exactly as it was.
    const before = await snapshot();
    for (const round of [1, 2]) {
      for (const file of schemaFiles()) {
        for (const statement of readCypherFile(file)) {
          await expect(app.db.write(statement), `${basename(file)}, round ${round}`).resolves.toBeDefined();
        }
      }
      expect(await snapshot()).toEqual(before);
    }
  });

  it('creates every constraint and index it names', async () => {
    const { constraints, indexes } = await snapshot();
    const existing = new Set([...constraints, ...indexes].map((r) => r.name as string));
    const named = schemaFiles().flatMap((file) =>
      readCypherFile(file).flatMap((s) => [...s.matchAll(/^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+)/g)].map((m) => m[1] as string)),
    );
    expect(named.length).toBeGreaterThanOrEqual(20);
    expect(named.filter((n) => !existing.has(n))).toEqual([]);
  });
});

describe('cypher/loader', () => {
  async function runLoader(): Promise<Record<string, unknown>> {
    const returned: Record<string, unknown> = {};
    for (const [file, rows] of Object.entries(LOADER_ROWS)) {
      const [statement, ...more] = readCypherFile(join(LOADER_DIR, file));
      expect(more, `${file} should hold one statement`).toEqual([]);
      returned[file] = await app.db.write(statement as string, writeParams(rows(seeds)));
    }
    return returned;
  }

  it('loads the seed rows into an empty graph, and loading again changes nothing', async () => {
    // Earlier test files may have left extra data; every test file's app loads the seeds at its
    // start, so emptying the shared database here is safe, and it leaves exactly the seeds.
    await app.db.write('MATCH (n) DETACH DELETE n');
    expect(await runLoader()).toEqual({
      '01-articles.cypher': [],
      '02-actors.cypher': [{ actors: seeds.actors.length }],
      '03-relationships.cypher': [{ relationships: seeds.relationships.length }],
      '04-places.cypher': [{ places: seeds.places.length }],
    });
    const loaded = await app.db.read(FINGERPRINT);
    await runLoader();
    expect(await app.db.read(FINGERPRINT)).toEqual(loaded);
    // The app's seeding runs the same files through loadSeeds: the same graph again.
    await loadSeeds(app.db, seeds);
    expect(await app.db.read(FINGERPRINT)).toEqual(loaded);

    const [counts] = await app.db.read(
      `RETURN COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS actors, COUNT { (:Place) } AS places,
              COUNT { (:Actor)-[]->(:Actor) } AS relationships, COUNT { (:Place)-[:WITHIN]->(:Place) } AS within`,
    );
    expect(counts).toEqual({
      articles: 5,
      actors: seeds.actors.length,
      places: 6,
      relationships: seeds.relationships.length,
      within: seeds.places.filter((p) => p.within !== null).length,
    });
  });

  it('stores what the analysts query: kind labels, comparable days, evidence lists, amounts, places', async () => {
    const [row] = await app.db.read(`
      MATCH (s:Actor:State {id: 'russia'})-[r:DEPLOYED_TO {id: 'russia-deployed-to-niger-2024-04-10'}]->(:Actor:State {id: 'niger'})
      MATCH (p:Place {id: r.placeId})
      RETURN r.startDay = date('2024-04-10') AS startDay, r.amountValue AS amount, r.amountUnit AS unit,
             r.amountQualifier AS qualifier, r.quantity AS quantity, r.kind AS kind, r.certainty AS certainty,
             r.reportedBy AS reportedBy, p.name AS place,
             size(r.evidenceArticles) AS articles, size(r.evidenceQuotes) AS quotes`);
    const evidence = seeds.relationships.find((r) => r.id === 'russia-deployed-to-niger-2024-04-10')?.evidence.length;
    expect(evidence).toBe(12);
    expect(row).toEqual({
      startDay: true,
      amount: 100,
      unit: 'instructors',
      qualifier: 'EXACT',
      quantity: null,
      kind: 'STATE',
      certainty: 'CONFIRMED',
      reportedBy: ['rtn', 'tele-sahel', 'lsi-africa', 'ria-novosti'],
      place: 'Niamey',
      articles: evidence,
      quotes: evidence,
    });
    const [within] = await app.db.read(
      "MATCH (:Place {id: 'niamey-airport'})-[:WITHIN]->(up:Place) RETURN collect(up.id) AS up",
    );
    expect(within).toEqual({ up: ['niamey'] });
  });
});
