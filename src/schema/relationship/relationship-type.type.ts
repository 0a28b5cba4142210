import { Field, ObjectType } from 'type-graphql';
import type { RelationshipFamily, RelationshipKind, RelationshipType } from '../../graph/vocabulary.js';
import { RelationshipFamilyEnum, RelationshipKindEnum, RelationshipTypeEnum } from '../common/enums.js';

@ObjectType({ simpleResolvers: true, description: 'What a relationship type means, from the fixed vocabulary.' })
export class RelationshipTypeInfo {
  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => String, { description: 'How it reads between two names: "Russia deployed to Niger".' })
  label!: string;

  @Field(() => RelationshipKindEnum, { description: 'The kind its relationships have unless their data says otherwise.' })
  kind!: RelationshipKind;

  @Field(() => RelationshipFamilyEnum)
  family!: RelationshipFamily;

  @Field(() => String, { nullable: true, description: 'The CAMEO event code (1.1b3) where one fits; null for states.' })
  cameo!: string | null;

  @Field(() => String)
  description!: string;
}
