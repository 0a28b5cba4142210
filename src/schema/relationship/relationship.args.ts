import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { Direction } from '../../graph/model.js';
import type { RelationshipType } from '../../graph/vocabulary.js';
import { DateScalar } from '../common/date.scalar.js';
import { DirectionEnum, RelationshipTypeEnum } from '../common/enums.js';
import { LIMITS } from '../common/limits.js';
import { TYPES_DESCRIPTION } from '../common/scope.args.js';

@InputType({ description: 'Narrows the list of relationships; all given conditions must hold.' })
export class RelationshipFilter {
  @Field(() => [RelationshipTypeEnum], { nullable: true, description: TYPES_DESCRIPTION })
  @IsOptional()
  @ArrayMaxSize(50)
  types?: RelationshipType[] | null;

  @Field(() => ID, { nullable: true, description: 'Involving this actor (see direction).' })
  @IsOptional()
  @MaxLength(LIMITS.id)
  actorId?: string | null;

  @Field(() => DirectionEnum, { nullable: true, defaultValue: 'BOTH', description: 'Where actorId stands.' })
  direction?: Direction | null;

  @Field(() => ID, { nullable: true, description: 'Between actorId and this actor.' })
  @IsOptional()
  @MaxLength(LIMITS.id)
  otherActorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Happened or held at this place, or at a place within it.' })
  @IsOptional()
  @MaxLength(LIMITS.id)
  placeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Supported by this article.' })
  @IsOptional()
  @MaxLength(LIMITS.id)
  articleId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Started on or after this date.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Started on or before this date (inclusive at its precision).' })
  to?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Supported by the articles on this date (README, "Time travel").' })
  asOf?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'With asOf: also what the sources leave open then.' })
  includeUncertain?: boolean | null;
}

@ArgsType()
export class RelationshipsArgs {
  @Field(() => RelationshipFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: RelationshipFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @Min(1)
  @Max(LIMITS.pageSize)
  first!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  after?: string | null;
}

@ArgsType()
export class TimelineArgs {
  @Field(() => ID, { nullable: true, description: 'One actor, or all when omitted.' })
  @IsOptional()
  @MaxLength(LIMITS.id)
  actorId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Started on or after.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Started on or before (inclusive at its precision).' })
  to?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 200 })
  @Min(1)
  @Max(LIMITS.timeline)
  first!: number;
}
