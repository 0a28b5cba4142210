import { ArrayMaxSize, ArrayMinSize, IsOptional, IsPositive, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { Certainty, Modality, QuantityQualifier, RelationshipKind, RelationshipType } from '../../graph/vocabulary.js';
import { SLUG } from '../actor/actor.input.js';
import { DateScalar } from '../common/date.scalar.js';
import { CertaintyEnum, ModalityEnum, QuantityQualifierEnum, RelationshipKindEnum, RelationshipTypeEnum } from '../common/enums.js';
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

@InputType({ description: 'A figure with what it counts: 1000 soldiers, about.' })
export class QuantityInput {
  @Field(() => Float)
  @IsPositive({ message: 'amount.value must be a positive number' })
  @Max(1e12)
  value!: number;

  @Field(() => String, { description: 'What was counted ("soldiers"): required, a bare number says nothing.' })
  @Length(1, LIMITS.unit, { message: `amount.unit must be 1 to ${LIMITS.unit} characters` })
  unit!: string;

  @Field(() => QuantityQualifierEnum, { nullable: true, defaultValue: 'EXACT' })
  qualifier!: QuantityQualifier | null;
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

  @Field(() => RelationshipKindEnum, { nullable: true, description: "Omitted: the type's default kind (see relationshipTypes)." })
  kind?: RelationshipKind | null;

  @Field(() => ModalityEnum, { nullable: true, defaultValue: 'ACTUAL' })
  modality?: Modality | null;

  @Field(() => CertaintyEnum, { nullable: true, defaultValue: 'REPORTED' })
  certainty?: Certainty | null;

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'Known actors the articles attribute it to.' })
  @ArrayMaxSize(LIMITS.evidence)
  @Length(1, LIMITS.id, { each: true })
  reportedByIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A known place (see places).' })
  @IsOptional()
  @Length(1, LIMITS.id)
  placeId?: string | null;

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

  @Field(() => DateScalar, { nullable: true, description: 'Only with no startDate: the earliest date the sources allow.' })
  notBefore?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.description)
  description?: string | null;

  @Field(() => QuantityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  amount?: QuantityInput | null;

  @Field(() => Int, { nullable: true, deprecationReason: 'Use amount, with its unit: stored as an amount of unit "unspecified".' })
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
