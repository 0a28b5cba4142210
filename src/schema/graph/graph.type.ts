import { Field, ID, Int, ObjectType } from 'type-graphql';
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
  @Field(() => ID)
  rootId!: string;

  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Every edge has both ends in nodes.' })
  // Counted per node (relationshipGraph multiplies by the nodes): the graph's mean degree each.
  @ListSize((_args, sizes) => sizes.meanDegree)
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when limit cut nodes off (the nearest are kept).' })
  truncated!: boolean;
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
