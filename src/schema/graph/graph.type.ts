// The drawable graph's types. GraphNode and GraphEdge have ids (the actor's, the relationship's),
// so normalized client caches (Apollo Client, urql's graphcache) store one GraphNode:russia for
// every graph it appears in: they must carry only what is the same in every graph. What depends
// on the graph asked for (a node's distance from its root) lives on Graph, whose id is derived
// from the arguments that made it.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { GraphRecord } from '../../graph/traversal.service.js';
import type { ActorKind, RelationshipType } from '../../graph/vocabulary.js';
import { Actor } from '../actor/actor.type.js';
import { DateScalar } from '../common/date.scalar.js';
import { ActorKindEnum, RelationshipTypeEnum } from '../common/enums.js';
import { ListSize } from '../common/list-size.js';
import { Relationship } from '../relationship/relationship.type.js';

@ObjectType({ simpleResolvers: true, description: 'A node of a drawable graph.' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => Int, {
    description: 'Hops from the root actor (0 for the root).',
    deprecationReason:
      'Depends on the graph asked for, yet GraphNode is cached by id alone: a second graph overwrites the first one\'s distances in a normalized cache. Use Graph.distances.',
  })
  distance!: number;
}

@ObjectType({ simpleResolvers: true, description: "A node's distance from the root of the graph it is in." })
export class NodeDistance {
  @Field(() => ID, { description: 'A GraphNode id.' })
  nodeId!: string;

  @Field(() => Int, { description: 'Hops from the root actor (0 for the root).' })
  distance!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A directed edge of a drawable graph; source and target are node ids.' })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A flat node/edge list that Cytoscape, vis-network or NVL draw as it is.' })
export class Graph {
  @Field(() => ID, { description: 'Made from the arguments that asked for this graph: the same arguments, the same id.' })
  id!: string;

  @Field(() => ID)
  rootId!: string;

  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Every edge has both ends in nodes.' })
  // Counted per node (relationshipGraph multiplies by the nodes): the graph's mean degree each.
  @ListSize((_args, sizes) => sizes.meanDegree)
  edges!: GraphEdge[];

  @Field(() => [NodeDistance], { description: 'Each node\'s hops from the root, in the order of nodes.' })
  distances!: NodeDistance[];

  @Field(() => Boolean, { description: 'True when limit cut nodes off (the nearest are kept).' })
  truncated!: boolean;
}

export interface GraphArguments {
  actorId: string;
  depth: number;
  limit: number;
  types?: RelationshipType[] | null;
  asOf?: string | null;
}

/**
 * The id of the graph these arguments ask for. Readable, and unambiguous even when actorId holds
 * a separator: every part after it has a fixed place and none can hold one. Types are a set.
 */
export function graphId({ actorId, depth, limit, types, asOf }: GraphArguments): string {
  const typeSet = types ? [...new Set(types)].sort().join(',') : '*';
  return `${actorId}|depth=${depth}|limit=${limit}|types=${typeSet}|asOf=${asOf ?? '*'}`;
}

export function toGraph(record: GraphRecord, args: GraphArguments): Graph {
  return { ...record, id: graphId(args), distances: record.nodes.map((n) => ({ nodeId: n.id, distance: n.distance })) };
}

@ObjectType({ simpleResolvers: true, description: 'A path: nodes[i] and nodes[i+1] are joined by relationships[i] (in either direction).' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [Actor])
  nodes!: Actor[];

  @Field(() => [Relationship])
  relationships!: Relationship[];
}
