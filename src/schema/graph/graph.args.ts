import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_DEPTH, MAX_PATH_LENGTH } from '../../graph/traversal.service.js';
import { LIMITS } from '../common/limits.js';
import { ScopeArgs } from '../common/scope.args.js';

@ArgsType()
export class RelationshipGraphArgs extends ScopeArgs {
  @Field(() => ID)
  @MaxLength(LIMITS.id)
  actorId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: `Hops from the actor, 1 to ${MAX_DEPTH}.` })
  @Min(1)
  @Max(MAX_DEPTH)
  depth!: number;

  @Field(() => Int, { nullable: true, defaultValue: 200, description: `Most nodes to return, 1 to ${LIMITS.graphNodes}.` })
  @Min(1)
  @Max(LIMITS.graphNodes)
  limit!: number;
}

@ArgsType()
export class ShortestPathArgs extends ScopeArgs {
  @Field(() => ID)
  @MaxLength(LIMITS.id)
  fromId!: string;

  @Field(() => ID)
  @MaxLength(LIMITS.id)
  toId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 6, description: `Longest path to look for, 1 to ${MAX_PATH_LENGTH}.` })
  @Min(1)
  @Max(MAX_PATH_LENGTH)
  maxLength!: number;
}
