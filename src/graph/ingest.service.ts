// Batch import: actors and relationships in one write transaction, all or nothing, at a cost in
// round trips that does not grow with the batch: one statement checks every relationship (known
// actors, counting the batch's own, and known articles; ids not taken), naming the first bad
// one, then one statement writes the actors and one the relationships (cypher/loader/, the
// statements the seeds and the single mutations use).
import type { ActorInput } from './actors.service.js';
import type { GraphExecutor } from './executor.js';
import { checkRelationships } from './relationship-checks.js';
import { naturalRelationshipId, relationshipWrite, type RelationshipInput } from './relationships.service.js';
import { writeActors, writeRelationships } from './writes.js';

export interface ImportResult {
  actors: number;
  relationships: number;
}

export class IngestService {
  constructor(private readonly db: GraphExecutor) {}

  async importGraph(actors: ActorInput[], relationships: RelationshipInput[]): Promise<ImportResult> {
    // Upserted like upsertRelationship, or by id when one is given.
    const rows = relationships.map((r) => relationshipWrite(r, r.id ?? naturalRelationshipId(r)));
    return this.db.writeTx(async (tx) => {
      await checkRelationships(tx, rows, { batchActorIds: actors.map((a) => a.id), name: (i) => `relationships[${i}]` });
      await writeActors(tx, actors);
      await writeRelationships(tx, rows);
      return { actors: actors.length, relationships: rows.length };
    });
  }
}
