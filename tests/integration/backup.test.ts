// Backup: an offline dump of the local Neo4j and its restore into a fresh data folder (what
// `npm run db:dump` and `npm run db:restore` do), checked by counting what comes back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { dumpLocalNeo4j, loadLocalNeo4j } from '../../src/db/local-neo4j/index.js';
import { startTestApp } from '../helpers/app.js';
import { ownNeo4j, type OwnNeo4j } from '../helpers/own-neo4j.js';

const COUNTS = 'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels';
// Java as the server would find it (NEO4J_JAVA_HOME, JAVA_HOME, /usr/lib/jvm).
const admin = { java: loadConfig().localNeo4j.java };
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe('dump and restore', () => {
  it('restores the seeded graph into a fresh data folder', { timeout: 300_000 }, async () => {
    const original: OwnNeo4j = await ownNeo4j();
    cleanup.push(() => original.remove());
    await original.start();
    const app = await startTestApp({ NEO4J_URI: original.uri });
    await app.db.write("MERGE (a:Actor {id: 'test-backup-marker'}) SET a.name = 'Backup marker', a.kind = 'GROUP'");
    const before = (await app.db.read(COUNTS))[0];
    await app.stop();

    await expect(dumpLocalNeo4j(original.homeDir, join(tmpdir(), 'never'), admin)).rejects.toThrow(/stop it first/);
    await original.stop();
    const backupDir = mkdtempSync(join(tmpdir(), 'sahel-graph-backup-'));
    cleanup.push(async () => rmSync(backupDir, { recursive: true, force: true }));
    const file = await dumpLocalNeo4j(original.homeDir, backupDir, admin);
    expect(file).toBe(join(backupDir, 'neo4j.dump'));

    const restored = await ownNeo4j();
    cleanup.push(() => restored.remove());
    await loadLocalNeo4j(restored.homeDir, backupDir, admin);
    await restored.start();
    const again = await startTestApp({ NEO4J_URI: restored.uri, SEED_ON_START: 'false' });
    try {
      expect((await again.db.read(COUNTS))[0]).toEqual(before);
      expect(await again.db.read("MATCH (a:Actor {id: 'test-backup-marker'}) RETURN a.name AS name")).toEqual([{ name: 'Backup marker' }]);
    } finally {
      await again.stop();
    }
  });
});
