// Loading a graph two ways, to price the project's loader against the floor of writing:
// - `loadWithProjectLoader`: the project's own statements (cypher/loader/, through the helpers of
//   src/graph/writes.ts) into a database with the project's schema (constraints and indexes
//   applied), one transaction per batch: the real loading path.
// - `loadBare`: the simplest UNWIND ... CREATE of the same rows into an empty database with one
//   index (on :Actor(id), without which every relationship row would scan all actors).
// Both write the same properties, batch the same way, and report their time per phase; each is
// warmed up on a small graph first (loaded, then deleted), so that planning and JIT are not timed.
import type { Driver, Session } from 'neo4j-driver';
import type { GraphExecutor } from '../src/graph/executor.js';
import { actorRow, relationshipRow, writeParams, writeStatement } from '../src/graph/writes.js';
import type { GraphSource } from './source.js';

export interface LoadTiming {
  articlesMs: number;
  actorsMs: number;
  relationshipsMs: number;
  totalMs: number;
  relationshipsPerSecond: number;
}

export interface LoadOptions {
  batchSize: number;
  onProgress?: (line: string) => void;
}

interface Statements {
  articles: string;
  actors: string;
  relationships: string;
}

const BARE: Statements = {
  articles: `UNWIND $rows AS row CREATE (a:Article) SET a = row`,
  // `label` is the loader's extra row field; the bare loop creates plain :Actor nodes.
  actors: `UNWIND $rows AS row
CREATE (a:Actor)
SET a.id = row.id, a.name = row.name, a.kind = row.kind, a.aliases = row.aliases,
    a.description = row.description, a.wikidataId = row.wikidataId, a.country = row.country`,
  relationships: `UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
CREATE (s)-[r:$(row.type)]->(t)
SET r.id = row.id, r.startDate = row.startDate, r.endDate = row.endDate,
    r.startDay = CASE WHEN row.startDay IS NULL THEN null ELSE date(row.startDay) END,
    r.endDay = CASE WHEN row.endDay IS NULL THEN null ELSE date(row.endDay) END,
    r.kind = row.kind, r.possibleFrom = date(row.possibleFrom), r.assertedFrom = date(row.assertedFrom),
    r.assertedUntil = date(row.assertedUntil), r.possibleUntil = date(row.possibleUntil),
    r.description = row.description, r.quantity = toInteger(row.amount.value), r.dateBasis = row.dateBasis,
    r.evidenceArticles = [e IN row.evidence | e.articleId],
    r.evidenceQuotes = [e IN row.evidence | e.quote]`,
};
const BARE_INDEX = 'CREATE INDEX bench_bare_actor_id IF NOT EXISTS FOR (a:Actor) ON (a.id)';
const DROP_BARE_INDEX = 'DROP INDEX bench_bare_actor_id IF EXISTS';

async function load(
  run: (statement: string, rows: unknown[]) => Promise<void>,
  statements: Statements,
  source: GraphSource,
  { batchSize, onProgress }: LoadOptions,
  label: string,
): Promise<LoadTiming> {
  // Only the database calls are timed: making the rows (generating synthetic relationships) is
  // the benchmark's own work, the same for both loaders.
  let inDatabase = 0;
  const timedRun = async (statement: string, rows: unknown[]) => {
    const started = performance.now();
    await run(statement, rows);
    inDatabase += performance.now() - started;
  };
  const phase = async (work: () => Promise<void>) => {
    const before = inDatabase;
    await work();
    return inDatabase - before;
  };
  const inBatches = async (statement: string, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += batchSize) await timedRun(statement, rows.slice(i, i + batchSize));
  };
  const articlesMs = await phase(() => inBatches(statements.articles, source.articles));
  const actorsMs = await phase(() => inBatches(statements.actors, source.actors.map(actorRow)));
  let lastReport = performance.now();
  const relationshipsMs = await phase(async () => {
    for (let i = 0; i < source.relationshipCount; i += batchSize) {
      await timedRun(statements.relationships, source.relationships(i, i + batchSize).map(relationshipRow));
      if (onProgress && performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        const done = Math.min(i + batchSize, source.relationshipCount);
        onProgress(`${label}: ${done.toLocaleString('en')}/${source.relationshipCount.toLocaleString('en')} relationships`);
      }
    }
  });
  return {
    articlesMs,
    actorsMs,
    relationshipsMs,
    totalMs: articlesMs + actorsMs + relationshipsMs,
    relationshipsPerSecond: source.relationshipCount / (relationshipsMs / 1000),
  };
}

/** The project's loader statements, one write transaction per batch. */
export function loadWithProjectLoader(db: GraphExecutor, source: GraphSource, options: LoadOptions): Promise<LoadTiming> {
  const statements: Statements = {
    articles: writeStatement('articles'),
    actors: writeStatement('actors'),
    relationships: writeStatement('relationships'),
  };
  return load(
    async (statement, rows) => {
      await db.writeTx(async (tx) => {
        await tx.run(statement, writeParams(rows));
      });
    },
    statements,
    source,
    options,
    'project loader',
  );
}

/**
 * The bare UNWIND CREATE loop into an empty database (with only its :Actor(id) index). `warmUp`
 * is loaded first and deleted again, so that neither loop pays for planning its statements and
 * the JVM's warm-up in what is measured. Leaves the bare index in place (see dropBareIndex).
 */
export async function loadBare(
  driver: Driver,
  database: string,
  source: GraphSource,
  options: LoadOptions & { warmUp: GraphSource },
): Promise<LoadTiming> {
  await withSession(driver, database, async (session) => {
    const count = await session.run('MATCH (n) RETURN count(n) AS n');
    if (Number(count.records[0]?.get('n')) !== 0) throw new Error('the bare loop needs an empty database');
    await session.run(BARE_INDEX);
    await session.run('CALL db.awaitIndexes(120)');
  });
  const run = async (statement: string, rows: unknown[]) => {
    await withSession(driver, database, (s) => s.executeWrite((tx) => tx.run(statement, { rows })));
  };
  await load(run, BARE, options.warmUp, { batchSize: options.batchSize }, 'bare warm-up');
  await wipe(driver, database);
  return load(run, BARE, source, options, 'bare UNWIND loop');
}

/** The project's loader into a database with the project's schema; `warmUp` is loaded and deleted first. */
export async function loadProject(
  db: GraphExecutor,
  driver: Driver,
  database: string,
  source: GraphSource,
  options: LoadOptions & { warmUp: GraphSource },
): Promise<LoadTiming> {
  await loadWithProjectLoader(db, options.warmUp, { batchSize: options.batchSize });
  await wipe(driver, database);
  return loadWithProjectLoader(db, source, options);
}

async function withSession<T>(driver: Driver, database: string, work: (session: Session) => Promise<T>): Promise<T> {
  const session = driver.session({ database });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

/** Deletes every node and relationship, in batches (a million relationships would not fit one transaction). */
export async function wipe(driver: Driver, database: string): Promise<void> {
  await withSession(driver, database, async (session) => {
    // CALL { } IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  });
}

export async function dropBareIndex(driver: Driver, database: string): Promise<void> {
  await withSession(driver, database, (session) => session.run(DROP_BARE_INDEX));
}
