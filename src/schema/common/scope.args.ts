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
    description:
      'Only relationships the articles support on this date (README, "Time travel"): a state from its start until its end, ' +
      'an event on and after its date, an unknown start only from the earliest date the sources give. A partial asOf ' +
      'stands for its first day.',
  })
  asOf?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'With asOf: also the relationships the sources leave open on that date (standing UNCERTAIN).',
  })
  includeUncertain?: boolean | null;
}

@ArgsType()
export class DirectedScopeArgs extends ScopeArgs {
  @Field(() => DirectionEnum, { nullable: true, defaultValue: 'BOTH' })
  direction!: Direction | null;
}
