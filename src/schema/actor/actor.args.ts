import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import type { ActorKind, RelationshipType } from '../../graph/vocabulary.js';
import { ActorKindEnum, RelationshipTypeEnum } from '../common/enums.js';
import { LIMITS } from '../common/limits.js';

@InputType({ description: 'Narrows the list of actors; all given conditions must hold.' })
export class ActorFilter {
  @Field(() => [ActorKindEnum], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: ActorKind[] | null;

  @Field(() => String, { nullable: true, description: 'Name or alias contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(LIMITS.searchText)
  text?: string | null;

  @Field(() => [RelationshipTypeEnum], {
    nullable: true,
    description: 'Has at least one relationship (either direction) of one of these types.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  relationshipTypes?: RelationshipType[] | null;
}

@ArgsType()
export class ActorsArgs {
  // Without ValidateNested, class-validator stops at the argument and never checks the filter's
  // own bounds (tests/unit/nested-validation.test.ts keeps every nested input covered).
  @Field(() => ActorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ActorFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Page size, 1 to ${LIMITS.pageSize}.` })
  @Min(1)
  @Max(LIMITS.pageSize)
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  @MaxLength(1000)
  after?: string | null;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words of a name or alias; misspellings and prefixes match too.' })
  @Length(1, LIMITS.searchText)
  text!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @Min(1)
  @Max(LIMITS.searchResults)
  first!: number;
}
