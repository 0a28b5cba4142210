// Actors: look-up by id (batched), full-text search, the paged list, and writes.
import { int } from 'neo4j-driver';
import type { GraphExecutor } from './executor.js';
import { badInput, notFound } from './errors.js';
import { toLuceneQuery } from './lucene.js';
import { actorProjection, type ActorRecord } from './model.js';
import { decodeCursor, toPage, type Page } from './paging.js';
import type { ActorKind, RelationshipType } from './vocabulary.js';
import { writeActors, type ActorWrite } from './writes.js';

const BY_IDS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN ${actorProjection('a')} AS actor`;

// Lucene scores a hit on one of many aliases lower than a hit on a short name, so an exact
// name or alias match ("CNSP") is put first, then the full-text score decides.
const SEARCH = `
CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
WITH node, score,
     toLower(node.name) = $exact OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $exact) AS exact
RETURN ${actorProjection('node')} AS actor, score
ORDER BY exact DESC, score DESC, node.name
LIMIT $first`;

const LIST_WHERE = `
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($text IS NULL OR toLower(a.name) CONTAINS $text
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS $text))
  AND ($relTypes IS NULL OR EXISTS { (a)-[r]-(:Actor) WHERE type(r) IN $relTypes })`;

const LIST = `
MATCH (a:Actor)
${LIST_WHERE}
  AND ($afterName IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
RETURN ${actorProjection('a')} AS actor
ORDER BY a.name, a.id
LIMIT $limit`;

const COUNT = `
MATCH (a:Actor)
${LIST_WHERE}
RETURN count(a) AS total`;

const DEGREE = `
MATCH (a:Actor {id: $id})
RETURN COUNT { (a)-[]-(:Actor) } AS degree`;

const DELETE = `
MATCH (a:Actor {id: $id})
DETACH DELETE a`;

export interface ActorFilter {
  kinds?: ActorKind[] | null;
  text?: string | null;
  relationshipTypes?: RelationshipType[] | null;
}

/** An actor as clients write it: the one shape the write path takes. */
export type ActorInput = ActorWrite;

export class ActorService {
  constructor(private readonly db: GraphExecutor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, ActorRecord>> {
    const rows = await this.db.read<{ actor: ActorRecord }>(BY_IDS, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [r.actor.id, r.actor]));
  }

  async search(text: string, first: number): Promise<ActorRecord[]> {
    const query = toLuceneQuery(text);
    if (query === null) return [];
    const rows = await this.db.read<{ actor: ActorRecord }>(SEARCH, { query, exact: text.trim().toLowerCase(), first: int(first) });
    return rows.map((r) => r.actor);
  }

  async list(filter: ActorFilter, first: number, after?: string | null): Promise<Page<ActorRecord>> {
    const cursor = after ? decodeCursor(after, 2) : null;
    const params = {
      kinds: filter.kinds?.length ? filter.kinds : null,
      text: filter.text?.trim() ? filter.text.trim().toLowerCase() : null,
      relTypes: filter.relationshipTypes?.length ? filter.relationshipTypes : null,
      afterName: cursor?.[0] ?? null,
      afterId: cursor?.[1] ?? null,
      limit: int(first + 1),
    };
    const { rows, total } = await this.db.readTx(async (tx) => {
      const list = await tx.run(LIST, params);
      const count = await tx.run(COUNT, params);
      return {
        rows: list.records.map((r) => r.get('actor') as ActorRecord),
        total: count.records[0]?.get('total') as number,
      };
    });
    return toPage(rows, first, (node) => [node.name, node.id], cursor, total);
  }

  /** Creates or replaces an actor with the one actor statement (src/graph/writes.ts), and reads it back. */
  async upsert(input: ActorInput): Promise<ActorRecord> {
    return this.db.writeTx(async (tx) => {
      await writeActors(tx, [input]);
      const written = await tx.run(BY_IDS, { ids: [input.id] });
      return written.records[0]?.get('actor') as ActorRecord;
    });
  }

  /** Deletes an actor; refuses while it has relationships unless `detach`. One transaction. */
  async delete(id: string, detach: boolean): Promise<boolean> {
    return this.db.writeTx(async (tx) => {
      const found = await tx.run(DEGREE, { id });
      const record = found.records[0];
      if (!record) throw notFound('Actor', id);
      const degree = record.get('degree') as number;
      if (degree > 0 && !detach) {
        throw badInput(`Actor "${id}" still has ${degree} relationship(s); delete them first or pass detach: true`, {
          relationships: degree,
        });
      }
      await tx.run(DELETE, { id });
      return true;
    });
  }
}
