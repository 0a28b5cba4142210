import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { ActorKind } from '../../graph/vocabulary.js';
import { ActorKindEnum } from '../common/enums.js';
import { LIMITS } from '../common/limits.js';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType({ description: 'An actor to create, or to replace when the id exists.' })
export class ActorInput {
  @Field(() => ID, { description: 'Stable kebab-case slug, e.g. "wagner-group".' })
  @Length(1, LIMITS.id)
  @Matches(SLUG, { message: 'id must be a kebab-case slug (a-z, 0-9 and single dashes)' })
  id!: string;

  @Field(() => String)
  @Length(1, LIMITS.name)
  name!: string;

  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(LIMITS.aliases)
  @Length(1, LIMITS.name, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.description)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^Q\d{1,12}$/, { message: 'wikidataId must look like Q159' })
  wikidataId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as NE' })
  country?: string | null;
}
