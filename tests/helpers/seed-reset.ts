// Puts the shared test database back to exactly the seeds after a test that writes freely.
import type { RunningApp } from '../../src/app.js';
import { loadSeeds, readSeeds } from '../../src/graph/seed.js';

export async function resetToSeeds(app: RunningApp): Promise<void> {
  const seeds = readSeeds();
  await app.db.write('MATCH (a:Actor) WHERE NOT a.id IN $ids DETACH DELETE a', { ids: seeds.actors.map((a) => a.id) });
  await app.db.write('MATCH (:Actor)-[r]->(:Actor) WHERE NOT r.id IN $ids DELETE r', { ids: seeds.relationships.map((r) => r.id) });
  await app.db.write('MATCH (a:Article) WHERE NOT a.id IN $ids DETACH DELETE a', { ids: seeds.articles.map((a) => a.id) });
  await loadSeeds(app.db, seeds);
}
