import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActorKind } from '../../graph/vocabulary.js';
import { ActorKindEnum } from '../common/enums.js';
import { PageInfo } from '../common/page-info.type.js';

@ObjectType({ simpleResolvers: true, description: 'A state, government, armed force, organisation, person or medium of the story.' })
export class Actor {
  @Field(() => ID, { description: 'Stable slug, e.g. "niger-junta".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => [String], { description: 'Other names and spellings (Tchiani, Chiani, ...).' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata item, e.g. Q159 for Russia.' })
  wikidataId!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country it belongs to.' })
  country!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ActorEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Actor)
  node!: Actor;
}

@ObjectType({ simpleResolvers: true, description: 'A page of actors (Relay connection).' })
export class ActorConnection {
  @Field(() => [ActorEdge])
  edges!: ActorEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Actors matching the filter, on all pages.' })
  totalCount!: number;
}
