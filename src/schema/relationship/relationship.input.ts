import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { RelationshipType } from '../../graph/vocabulary.js';
import { SLUG } from '../actor/actor.input.js';
import { DateScalar } from '../common/date.scalar.js';
import { RelationshipTypeEnum } from '../common/enums.js';
import { LIMITS } from '../common/limits.js';

@InputType()
export class EvidenceInput {
  @Field(() => ID, { description: 'A known article.' })
  @Length(1, LIMITS.id)
  articleId!: string;

  @Field(() => String, { description: 'A short verbatim quote from that article.' })
  @Length(1, LIMITS.quote)
  quote!: string;
}

@InputType({ description: 'A relationship between two known actors, with at least one piece of evidence.' })
export class RelationshipInput {
  @Field(() => ID, { nullable: true, description: 'createRelationship only: the id to use (generated when omitted).' })
  @IsOptional()
  @Length(1, LIMITS.id)
  @Matches(SLUG, { message: 'id must be a kebab-case slug (a-z, 0-9 and single dashes)' })
  id?: string | null;

  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => ID)
  @Length(1, LIMITS.id)
  sourceId!: string;

  @Field(() => ID)
  @Length(1, LIMITS.id)
  targetId!: string;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.description)
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'How a relative date was resolved.' })
  @IsOptional()
  @MaxLength(LIMITS.description)
  dateBasis?: string | null;

  @Field(() => [EvidenceInput])
  @ArrayMinSize(1, { message: 'evidence needs at least one quote with its article' })
  @ArrayMaxSize(LIMITS.evidence)
  @ValidateNested({ each: true })
  evidence!: EvidenceInput[];
}
