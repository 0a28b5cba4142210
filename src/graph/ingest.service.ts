// Batch import: actors and relationships in one write transaction. Relationships are checked
// one by one as they are written (known actors, known articles), so a bad record half way
// through aborts the transaction and nothing of the batch remains.
import type { ActorInput, ActorService } from './actors.service.js';
import type { GraphExecutor } from './executor.js';
import type { RelationshipInput, RelationshipService } from './relationships.service.js';

export interface ImportResult {
  actors: number;
  relationships: number;
}

export class IngestService {
  constructor(
    private readonly db: GraphExecutor,
    private readonly actors: ActorService,
    private readonly relationships: RelationshipService,
  ) {}

  async importGraph(actors: ActorInput[], relationships: RelationshipInput[]): Promise<ImportResult> {
    return this.db.writeTx(async (tx) => {
      for (const actor of actors) await this.actors.upsertIn(tx, actor);
      for (const relationship of relationships) await this.relationships.upsertIn(tx, relationship);
      return { actors: actors.length, relationships: relationships.length };
    });
  }
}
