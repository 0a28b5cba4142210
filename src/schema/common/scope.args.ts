import { IsOptional, ArrayMaxSize } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import type { Direction } from '../../graph/model.js';
import type { RelationshipType } from '../../graph/vocabulary.js';
import { DateScalar } from './date.scalar.js';
import { DirectionEnum, RelationshipTypeEnum } from './enums.js';

/** What `types` means, wherever it filters relationships: one reading for every field. */
export const TYPES_DESCRIPTION = 'Only relationships of these types. Omitted or null: every type; an empty list: none.';

@ArgsType()
export class ScopeArgs {
  @Field(() => [RelationshipTypeEnum], { nullable: true, description: TYPES_DESCRIPTION })
  @IsOptional()
  @ArrayMaxSize(50)
  types?: RelationshipType[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only relationships that held on this date (start <= asOf < end; partial dates stand for their first day).',
  })
  asOf?: string | null;
}

@ArgsType()
export class DirectedScopeArgs extends ScopeArgs {
  @Field(() => DirectionEnum, { nullable: true, defaultValue: 'BOTH' })
  direction!: Direction | null;
}
