import { IsOptional, ArrayMaxSize } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import type { Direction } from '../../graph/model.js';
import type { RelationshipType } from '../../graph/vocabulary.js';
import { DateScalar } from './date.scalar.js';
import { DirectionEnum, RelationshipTypeEnum } from './enums.js';

@ArgsType()
export class ScopeArgs {
  @Field(() => [RelationshipTypeEnum], { nullable: true, description: 'Only these types (default: all).' })
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
