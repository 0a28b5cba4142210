import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ActorInput } from '../actor/actor.input.js';
import { IMPORT_LIMITS } from '../common/limits.js';
import { RelationshipInput } from '../relationship/relationship.input.js';

@InputType({ description: 'Actors and relationships to write together: all of them, or none.' })
export class GraphImportInput {
  @Field(() => [ActorInput], { defaultValue: [] })
  @ArrayMaxSize(IMPORT_LIMITS.actors)
  @ValidateNested({ each: true })
  actors!: ActorInput[];

  @Field(() => [RelationshipInput], {
    defaultValue: [],
    description: 'Upserted like upsertRelationship (or by id when one is given); may refer to actors of this batch.',
  })
  @ArrayMaxSize(IMPORT_LIMITS.relationships)
  @ValidateNested({ each: true })
  relationships!: RelationshipInput[];
}

@ObjectType({ simpleResolvers: true })
export class ImportResult {
  @Field(() => Int)
  actors!: number;

  @Field(() => Int)
  relationships!: number;
}
