// Walks the graph: the neighbourhood of an actor as a flat node/edge list (for drawing), and the
// shortest path between two actors. Both honour the relationship types and the asOf date.
import { int } from 'neo4j-driver';
import { badInput, notFound } from './errors.js';
import type { GraphExecutor } from './executor.js';
import {
  actorProjection,
  relationshipFilter,
  relationshipProjection,
  type ActorRecord,
  type RelationshipRecord,
  type RelationshipScope,
} from './model.js';
import { scopeParams } from './relationships.service.js';
import type { ActorKind, RelationshipType } from './vocabulary.js';

export const MAX_DEPTH = 3;
export const MAX_PATH_LENGTH = 10;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const EXISTING = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN ${actorProjection('a')} AS actor`;

// The neighbourhood in one statement: one round trip however deep, and only what is drawn leaves
// the database. In a power-law graph a 2-hop neighbourhood meets hubs with thousands of
// relationships; reading all of them to sort candidates by name, and shipping them to Node to
// keep 200 nodes, made a million-relationship graph 10-100 times slower than the seed graph.
//
// Nodes, level by level from the root: the nodes not yet kept that the previous level reaches,
// taken as they are found (`LIMIT`: the database stops reading once it has enough), until `limit`
// nodes are kept; `truncated` says whether a reachable node was left out. When the limit cuts,
// which of the equally near nodes are kept is the database's order (they come back sorted).
//
// Edges: every relationship (that passes the filter) between two kept nodes, at least one of them
// nearer than `depth`, as the level-by-level walk finds them; read from the nearer nodes only,
// never from the last level's. That read grows with the degrees of those nodes, not with the
// size of the graph.
//
// Built for each allowed depth from integers, never from input.
const level = (distance: number) => `
CALL (kept, frontier) {
  WITH kept, frontier WHERE size(kept) < $limit
  UNWIND frontier AS a
  MATCH (a)-[r]-(b:Actor)
  WHERE ${relationshipFilter('r')} AND NOT b IN kept
  WITH DISTINCT b
  LIMIT $limit
  RETURN collect(b) AS candidates
}
CALL (kept, frontier) {
  WITH kept, frontier WHERE size(kept) >= $limit
  UNWIND frontier AS a
  MATCH (a)-[r]-(b:Actor)
  WHERE ${relationshipFilter('r')} AND NOT b IN kept
  WITH b LIMIT 1
  RETURN count(b) > 0 AS more
}
WITH kept, nodes, candidates[0..($limit - size(kept))] AS added,
     truncated OR more OR size(candidates) > $limit - size(kept) AS truncated
WITH kept + added AS kept, added AS frontier, truncated,
     nodes + [n IN added | n {.id, .name, .kind, distance: ${distance}}] AS nodes`;

const EDGES = `
WITH kept, nodes, truncated, [k IN kept WHERE NOT k IN frontier] AS inner
CALL (kept, inner) {
  UNWIND inner AS u
  MATCH (u)-[r]-(v:Actor)
  WHERE ${relationshipFilter('r')} AND v IN kept
  RETURN collect(DISTINCT r) AS rels
}
RETURN nodes, truncated,
       [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
                     startDate: r.startDate, endDate: r.endDate}] AS edges`;

const NEIGHBOURHOOD = Array.from(
  { length: MAX_DEPTH },
  (_, i) => `
MATCH (root:Actor {id: $id})
WITH [root] AS kept, [root] AS frontier, [root {.id, .name, .kind, distance: 0}] AS nodes, false AS truncated
${Array.from({ length: i + 1 }, (_, d) => level(d + 1)).join('\n')}
${EDGES}`,
);

// The length bound of a quantified path pattern must be a literal, so there is one statement per
// allowed length, built here from integers 1..MAX_PATH_LENGTH (never from input).
const SHORTEST = Array.from(
  { length: MAX_PATH_LENGTH },
  (_, i) => `
MATCH (from:Actor {id: $fromId}), (to:Actor {id: $toId})
MATCH p = SHORTEST 1 (from) ((:Actor)-[r]-(:Actor) WHERE ${relationshipFilter('r')}){1,${i + 1}} (to)
RETURN [n IN nodes(p) | ${actorProjection('n')}] AS nodes,
       [x IN relationships(p) | ${relationshipProjection('x')}] AS relationships`,
);

export interface GraphNodeRecord {
  id: string;
  name: string;
  kind: ActorKind;
  /** Hops from the root. */
  distance: number;
}

export interface GraphEdgeRecord {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  startDate: string | null;
  endDate: string | null;
}

export interface GraphRecord {
  rootId: string;
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  /** True when `limit` cut nodes (and their edges) off. */
  truncated: boolean;
}

export interface PathRecord {
  length: number;
  nodes: ActorRecord[];
  relationships: RelationshipRecord[];
}

export class TraversalService {
  constructor(private readonly db: GraphExecutor) {}

  /** The actor's neighbourhood up to `depth` hops, nearest nodes first, at most `limit` nodes. */
  async neighbourhood(actorId: string, depth: number, scope: RelationshipScope, limit: number): Promise<GraphRecord> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw badInput(`depth must be between 1 and ${MAX_DEPTH}`);
    if (!Number.isInteger(limit) || limit < 1) throw badInput('limit must be at least 1');
    const statement = NEIGHBOURHOOD[depth - 1] as string;
    const [row] = await this.db.read<{ nodes: GraphNodeRecord[]; edges: GraphEdgeRecord[]; truncated: boolean }>(statement, {
      ...scopeParams(scope),
      id: actorId,
      limit: int(limit),
    });
    if (!row) throw notFound('Actor', actorId);
    // Nearest first, then by name; edges by their farther end, the order the walk reaches them.
    const byName = (a: GraphNodeRecord, b: GraphNodeRecord) => a.distance - b.distance || compare(a.name, b.name) || compare(a.id, b.id);
    const nodes = [...row.nodes].sort(byName);
    const rank = new Map(nodes.map((n, i) => [n.id, i]));
    const farther = (e: GraphEdgeRecord) => Math.max(rank.get(e.source) ?? 0, rank.get(e.target) ?? 0);
    const edges = [...row.edges].sort((a, b) => farther(a) - farther(b) || compare(a.id, b.id));
    return { rootId: actorId, nodes, edges, truncated: row.truncated };
  }

  /** The shortest path between two actors, or null when none is within maxLength. */
  async shortestPath(fromId: string, toId: string, scope: RelationshipScope, maxLength: number): Promise<PathRecord | null> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
      throw badInput(`maxLength must be between 1 and ${MAX_PATH_LENGTH}`);
    }
    return this.db.readTx(async (tx) => {
      const found = new Map(
        (await tx.run(EXISTING, { ids: [fromId, toId] })).records.map((r) => {
          const actor = r.get('actor') as ActorRecord;
          return [actor.id, actor];
        }),
      );
      for (const id of [fromId, toId]) if (!found.has(id)) throw notFound('Actor', id);
      if (fromId === toId) return { length: 0, nodes: [found.get(fromId) as ActorRecord], relationships: [] };
      const statement = SHORTEST[maxLength - 1] as string;
      const row = (await tx.run(statement, { fromId, toId, ...scopeParams(scope) })).records[0];
      if (!row) return null;
      const relationships = row.get('relationships') as RelationshipRecord[];
      return { length: relationships.length, nodes: row.get('nodes') as ActorRecord[], relationships };
    });
  }
}
