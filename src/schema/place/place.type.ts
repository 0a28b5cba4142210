import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { PlaceKind } from '../../graph/vocabulary.js';
import { PlaceKindEnum } from '../common/enums.js';

@ObjectType({ simpleResolvers: true, description: 'A place the articles name, where a relationship happened or held.' })
export class Place {
  @Field(() => ID, { description: 'Stable slug, e.g. "niamey-airport".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PlaceKindEnum)
  kind!: PlaceKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country it is in.' })
  country!: string | null;

  @Field(() => Float, { description: 'WGS 84 degrees.' })
  latitude!: number;

  @Field(() => Float, { description: 'WGS 84 degrees.' })
  longitude!: number;

  @Field(() => String, { description: 'Where the coordinates come from, and how approximate they are.' })
  coordinatesSource!: string;

  withinId!: string | null;
}
