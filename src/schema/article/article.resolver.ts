import { Arg, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ArticleRecord } from '../../graph/model.js';
import type { Services } from '../../graph/services.js';
import { Actor } from '../actor/actor.type.js';
import { ListSize } from '../common/list-size.js';
import { Article } from './article.type.js';

@Resolver(() => Article)
export class ArticleResolver {
  constructor(private readonly services: Services) {}

  @Query(() => [Article], { description: 'Every source article, oldest first.' })
  @ListSize((_args, sizes) => sizes.articles)
  articles(): Promise<Article[]> {
    return this.services.articles.all();
  }

  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string): Promise<Article | null> {
    return this.services.loaders.article.load(id);
  }

  @FieldResolver(() => [Actor], { description: 'Actors of the relationships this article is evidence for.' })
  @ListSize((_args, sizes) => sizes.articleActors)
  actors(@Root() article: ArticleRecord): Promise<Actor[]> {
    return this.services.loaders.articleActors.load(article.id);
  }
}
