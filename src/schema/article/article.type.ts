import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar.js';

@ObjectType({ simpleResolvers: true, description: 'A source article; every relationship quotes at least one.' })
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where the text states it.' })
  publisher!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'As precisely as the text establishes it.' })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}
