// Relationships between actors: per-actor look-ups (batched for the loaders), the paged and
// filtered list, timelines, and writes. Writes run the one relationship statement of
// cypher/loader/ (src/graph/writes.ts) after relationship-checks.ts; the relationship type
// reaches Cypher as a parameter in a dynamic type expression, `$(type)`, and only after it has
// been checked against the fixed vocabulary, so no user string is ever pasted into a statement.
import { int } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { earliestDay, endExclusiveDay } from './dates.js';
import { notFound } from './errors.js';
import type { GraphExecutor, Tx } from './executor.js';
import {
  actorProjection,
  relationshipFilter,
  relationshipProjection,
  type ActorRecord,
  type AmountRecord,
  type Direction,
  type EvidenceRecord,
  type RelationshipRecord,
  type RelationshipScope,
} from './model.js';
import { decodeCursor, toPage, type Page } from './paging.js';
import { checkRelationships } from './relationship-checks.js';
import { RELATIONSHIP_TYPES, type Certainty, type Modality, type RelationshipKind, type RelationshipType } from './vocabulary.js';
import { writeRelationships, type RelationshipWrite } from './writes.js';

const OF_ACTORS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[r]-(b:Actor)
WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = a) OR ($direction = 'IN' AND endNode(r) = a))
  AND ${relationshipFilter('r')}
RETURN id, ${relationshipProjection('r')} AS rel, ${actorProjection('b')} AS other
ORDER BY r.startDay, r.id`;

// The sort key of lists and timelines: dated first by earliest day, undated last, then by id.
const SORT_KEY = `coalesce(toString(r.startDay), '9999-12-31')`;

const LIST_WHERE = `
WHERE ${relationshipFilter('r')}
  AND ($actorId IS NULL
       OR ($direction = 'BOTH' AND (a.id = $actorId OR b.id = $actorId))
       OR ($direction = 'OUT' AND a.id = $actorId)
       OR ($direction = 'IN' AND b.id = $actorId))
  AND ($otherId IS NULL OR a.id = $otherId OR b.id = $otherId)
  AND ($articleId IS NULL OR $articleId IN r.evidenceArticles)
  AND ($placeId IS NULL OR r.placeId = $placeId
       OR EXISTS { MATCH (:Place {id: r.placeId})-[:WITHIN]->+(:Place {id: $placeId}) })
  AND ($fromDay IS NULL OR (r.startDay IS NOT NULL AND r.startDay >= date($fromDay)))
  AND ($toDay IS NULL OR (r.startDay IS NOT NULL AND r.startDay < date($toDay)))`;

// Every relationship (a)-[r]->(b), filtered by LIST_WHERE: a scan of the whole graph.
const MATCH_ALL = `MATCH (a:Actor)-[r]->(b:Actor) WITH a, r, b`;
// When the filter names an actor ($anchorId: actorId, or else otherActorId), only that actor's
// relationships can match: found from its node (an index seek, then its own relationships)
// instead of by testing every relationship of the graph, which at a million relationships is the
// difference between a millisecond and a second. The branches yield each relationship once
// (UNION drops the second copy of a self-loop), as (a)-[r]->(b) does; LIST_WHERE then applies
// the same filter as on the whole graph, so both shapes answer alike.
const MATCH_ANCHORED = `
MATCH (x:Actor {id: $anchorId})
CALL (x) {
  MATCH (x)-[r]->(b:Actor) WHERE $anchorDirection <> 'IN' RETURN x AS a, r, b
  UNION
  MATCH (a:Actor)-[r]->(x) WHERE $anchorDirection <> 'OUT' RETURN a, r, x AS b
}
WITH a, r, b`;

const list = (match: string) => `
${match}
${LIST_WHERE}
WITH a, r, b, ${SORT_KEY} AS sortKey
WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND r.id > $afterId)
RETURN ${relationshipProjection('r')} AS rel, ${actorProjection('a')} AS source, ${actorProjection('b')} AS target, sortKey
ORDER BY sortKey, r.id
LIMIT $limit`;

const count = (match: string) => `
${match}
${LIST_WHERE}
RETURN count(r) AS total`;

const LIST = { all: list(MATCH_ALL), anchored: list(MATCH_ANCHORED) };
const COUNT = { all: count(MATCH_ALL), anchored: count(MATCH_ANCHORED) };

/**
 * `r` bound to the relationship with id $id, whatever its type. Relationship ids are indexed per
 * type (cypher/schema/V002), and only a static type lets the planner seek those indexes (a
 * dynamic `$any($types)` scans every relationship), so this is one seek per member of the fixed
 * vocabulary (constants, never input), each yielding at most one row.
 */
const RELATIONSHIP_BY_ID = `
CALL () {
${RELATIONSHIP_TYPES.map((type) => `  MATCH ()-[r:${type} {id: $id}]->() RETURN r`).join('\n  UNION ALL\n')}
}`;

const BY_ID = `
${RELATIONSHIP_BY_ID}
RETURN ${relationshipProjection('r')} AS rel`;

const DELETE = `
${RELATIONSHIP_BY_ID}
DELETE r
RETURN count(*) AS deleted`;

export interface RelationshipFilter extends RelationshipScope {
  actorId?: string | null;
  /** With actorId: only relationships between the two. */
  otherActorId?: string | null;
  direction?: Direction | null;
  articleId?: string | null;
  /** At this place or within it. */
  placeId?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface RelationshipInput {
  id?: string | null;
  type: RelationshipType;
  kind?: RelationshipKind | null;
  modality?: Modality | null;
  certainty?: Certainty | null;
  reportedByIds?: string[] | null;
  placeId?: string | null;
  sourceId: string;
  targetId: string;
  startDate?: string | null;
  endDate?: string | null;
  notBefore?: string | null;
  description?: string | null;
  amount?: AmountRecord | null;
  quantity?: number | null;
  dateBasis?: string | null;
  evidence: EvidenceRecord[];
}

export interface RelationshipRow {
  rel: RelationshipRecord;
  source?: ActorRecord;
  target?: ActorRecord;
}

/**
 * Parameters shared by every statement that filters with relationshipFilter(). `types` null is
 * every type and `[]` is none, the same for every field that takes types.
 */
export function scopeParams(scope: RelationshipScope): { types: RelationshipType[] | null; asOfDay: string | null; uncertain: boolean } {
  return { types: scope.types ?? null, asOfDay: earliestDay(scope.asOf ?? null), uncertain: scope.includeUncertain ?? false };
}

/** A look-up by id stands at no date. */
const UNSCOPED = scopeParams({});

/** The id that makes upsertRelationship idempotent on (source, type, target, startDate). */
export function naturalRelationshipId(input: Pick<RelationshipInput, 'sourceId' | 'type' | 'targetId' | 'startDate'>): string {
  const type = input.type.toLowerCase().replace(/_/g, '-');
  return `${input.sourceId}-${type}-${input.targetId}-${input.startDate ?? 'undated'}`;
}

/** A client's relationship as the write statement's row, under the id it is written with. */
export function relationshipWrite(input: RelationshipInput, id: string): RelationshipWrite {
  const { sourceId, targetId, reportedByIds, placeId, ...rest } = input;
  return { ...rest, id, source: sourceId, target: targetId, reportedBy: reportedByIds ?? [], place: placeId ?? null };
}

export class RelationshipService {
  constructor(private readonly db: GraphExecutor) {}

  /** Relationships of each actor, with the actor at the other end. One round trip for all ids. */
  async ofActors(
    ids: readonly string[],
    direction: Direction,
    scope: RelationshipScope,
  ): Promise<{ id: string; rel: RelationshipRecord; other: ActorRecord }[]> {
    return this.db.read(OF_ACTORS, { ids: [...new Set(ids)], direction, ...scopeParams(scope) });
  }

  async list(filter: RelationshipFilter, first: number, after?: string | null): Promise<Page<RelationshipRow>> {
    const cursor = after ? decodeCursor(after, 2) : null;
    const params = {
      ...this.filterParams(filter),
      afterKey: cursor?.[0] ?? null,
      afterId: cursor?.[1] ?? null,
      limit: int(first + 1),
    };
    const shape = params.anchorId === null ? 'all' : 'anchored';
    const { rows, total } = await this.db.readTx(async (tx) => {
      const list = await tx.run(LIST[shape], params);
      const count = await tx.run(COUNT[shape], params);
      return {
        rows: list.records.map((r) => r.toObject() as RelationshipRow & { sortKey: string }),
        total: count.records[0]?.get('total') as number,
      };
    });
    const page = toPage(rows, first, (row) => [row.sortKey, row.rel.id], cursor, total);
    // The sort key is the cursor's business, not the client's.
    return { ...page, edges: page.edges.map(({ node: { sortKey: _key, ...node }, cursor }) => ({ node, cursor })) };
  }

  /** Relationships in date order (undated last), for one actor or all, started within [from, to]. */
  async timeline(actorId: string | null, from: string | null, to: string | null, limit: number): Promise<RelationshipRow[]> {
    const params = { ...this.filterParams({ actorId, from, to }), afterKey: null, afterId: null, limit: int(limit) };
    return this.db.read<RelationshipRow>(LIST[params.anchorId === null ? 'all' : 'anchored'], params);
  }

  async byId(id: string): Promise<RelationshipRecord | null> {
    const rows = await this.db.read<{ rel: RelationshipRecord }>(BY_ID, { ...UNSCOPED, id });
    return rows[0]?.rel ?? null;
  }

  /** Creates a relationship; fails if its id is taken. One transaction. */
  async create(input: RelationshipInput): Promise<RelationshipRecord> {
    const id = input.id ?? `${naturalRelationshipId(input)}-${randomUUID().slice(0, 8)}`;
    return this.write(relationshipWrite(input, id), true);
  }

  /** Creates or updates the relationship identified by (source, type, target, startDate). */
  async upsert(input: RelationshipInput): Promise<RelationshipRecord> {
    return this.write(relationshipWrite(input, naturalRelationshipId(input)), false);
  }

  async delete(id: string): Promise<boolean> {
    const rows = await this.db.write<{ deleted: number }>(DELETE, { id });
    if ((rows[0]?.deleted ?? 0) === 0) throw notFound('Relationship', id);
    return true;
  }

  /** Checks, writes and reads back one relationship, in one transaction. */
  private write(row: RelationshipWrite, mustBeNew: boolean): Promise<RelationshipRecord> {
    return this.db.writeTx(async (tx: Tx) => {
      await checkRelationships(tx, [row], { mustBeNew });
      await writeRelationships(tx, [row]);
      const written = await tx.run(BY_ID, { ...UNSCOPED, id: row.id });
      return written.records[0]?.get('rel') as RelationshipRecord;
    });
  }

  private filterParams(filter: RelationshipFilter) {
    const actorId = filter.actorId ?? null;
    const otherId = filter.otherActorId ?? null;
    const direction = filter.direction ?? 'BOTH';
    return {
      ...scopeParams(filter),
      actorId,
      otherId,
      direction,
      // The actor whose relationships are the only candidates (see MATCH_ANCHORED), if any.
      anchorId: actorId ?? otherId,
      anchorDirection: actorId === null ? 'BOTH' : direction,
      articleId: filter.articleId ?? null,
      placeId: filter.placeId ?? null,
      fromDay: earliestDay(filter.from ?? null),
      toDay: filter.to ? endExclusiveDay(filter.to) : null,
    };
  }
}
