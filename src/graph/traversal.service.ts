// Walks the graph: the neighbourhood of an actor as a flat node/edge list (for drawing), and the
// shortest path between two actors. Both honour the relationship types and the asOf date.
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

const EXISTING = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN ${actorProjection('a')} AS actor`;

// One breadth-first step: every relationship from the frontier that passes the filter.
const EXPAND = `
UNWIND $frontier AS id
MATCH (a:Actor {id: id})-[r]-(b:Actor)
WHERE ${relationshipFilter('r')}
RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       r.startDate AS startDate, r.endDate AS endDate, b.id AS otherId, b.name AS otherName, b.kind AS otherKind
ORDER BY otherName, id`;

const ROOT = `
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind`;

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

interface ExpandRow extends GraphEdgeRecord {
  otherId: string;
  otherName: string;
  otherKind: ActorKind;
}

export class TraversalService {
  constructor(private readonly db: GraphExecutor) {}

  /** The actor's neighbourhood up to `depth` hops, nearest nodes first, at most `limit` nodes. */
  async neighbourhood(actorId: string, depth: number, scope: RelationshipScope, limit: number): Promise<GraphRecord> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw badInput(`depth must be between 1 and ${MAX_DEPTH}`);
    if (!Number.isInteger(limit) || limit < 1) throw badInput('limit must be at least 1');
    const params = scopeParams(scope);
    return this.db.readTx(async (tx) => {
      const root = (await tx.run(ROOT, { id: actorId })).records[0];
      if (!root) throw notFound('Actor', actorId);
      const nodes = new Map<string, GraphNodeRecord>([
        [actorId, { id: actorId, name: root.get('name') as string, kind: root.get('kind') as ActorKind, distance: 0 }],
      ]);
      const edges = new Map<string, GraphEdgeRecord>();
      let truncated = false;
      let frontier = [actorId];
      for (let distance = 1; distance <= depth && frontier.length > 0; distance += 1) {
        const rows = (await tx.run(EXPAND, { ...params, frontier })).records.map((r) => r.toObject() as ExpandRow);
        const next: string[] = [];
        for (const { otherId, otherName, otherKind, ...edge } of rows) {
          if (!nodes.has(otherId)) {
            if (nodes.size >= limit) {
              truncated = true;
              continue;
            }
            nodes.set(otherId, { id: otherId, name: otherName, kind: otherKind, distance });
            next.push(otherId);
          }
          edges.set(edge.id, edge);
        }
        frontier = next;
      }
      return { rootId: actorId, nodes: [...nodes.values()], edges: [...edges.values()], truncated };
    });
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
