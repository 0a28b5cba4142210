import type { GraphQLResolveInfo } from 'graphql';
import { Args, Arg, Authorized, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ActorRecord } from '../../graph/model.js';
import type { Services } from '../../graph/services.js';
import { Article } from '../article/article.type.js';
import { arg, ListSize } from '../common/list-size.js';
import { DirectedScopeArgs } from '../common/scope.args.js';
import { selects } from '../common/selection.js';
import { pageInfo } from '../common/page-info.type.js';
import { Relationship } from '../relationship/relationship.type.js';
import { ActorsArgs, SearchArgs } from './actor.args.js';
import { ActorInput } from './actor.input.js';
import { Actor, ActorConnection } from './actor.type.js';

@Resolver(() => Actor)
export class ActorResolver {
  constructor(private readonly services: Services) {}

  @Query(() => Actor, { nullable: true, description: 'One actor by id, or null.' })
  actor(@Arg('id', () => ID) id: string): Promise<Actor | null> {
    return this.services.loaders.actor.load(id);
  }

  @Query(() => ActorConnection, { description: 'All actors, by name, a page at a time.' })
  @ListSize((args) => arg(args, 'first'))
  async actors(@Args(() => ActorsArgs) { filter, first, after }: ActorsArgs): Promise<ActorConnection> {
    const page = await this.services.actors.list(filter ?? {}, first, after);
    page.edges.forEach((e) => this.services.loaders.primeActor(e.node));
    return { edges: page.edges, pageInfo: pageInfo(page), totalCount: page.totalCount };
  }

  @Query(() => [Actor], { description: 'Full-text search over names and aliases, fuzzy, best match first.' })
  @ListSize((args) => arg(args, 'first'))
  search(@Args(() => SearchArgs) { text, first }: SearchArgs): Promise<Actor[]> {
    return this.services.actors.search(text, first);
  }

  @FieldResolver(() => [Relationship], { description: "The actor's relationships, oldest first." })
  @ListSize((_args, sizes) => sizes.degree)
  async relationships(
    @Root() actor: ActorRecord,
    @Args(() => DirectedScopeArgs) scope: DirectedScopeArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Relationship[]> {
    const rows = await this.services.loaders.relationships.load(relationshipsKey(actor, scope));
    // When the selection reaches evidence { article }, fetch those articles now (the same one
    // batched round trip the evidence level would make), so that every Evidence.article below
    // answers synchronously instead of turning each relationship into a promise.
    if (selects(info, ['evidence', 'article'])) {
      await this.services.loaders.article.loadMany([...new Set(rows.flatMap((r) => r.rel.evidence.map((e) => e.articleId)))]);
    }
    return rows.map((r) => r.rel);
  }

  @FieldResolver(() => [Actor], { description: 'Actors at the other end of its relationships.' })
  @ListSize((_args, sizes) => sizes.degree)
  async neighbors(@Root() actor: ActorRecord, @Args(() => DirectedScopeArgs) scope: DirectedScopeArgs): Promise<Actor[]> {
    const rows = await this.services.loaders.relationships.load(relationshipsKey(actor, scope));
    return [...new Map(rows.map((r) => [r.other.id, r.other])).values()];
  }

  @FieldResolver(() => [Article], { description: 'Articles that are evidence for its relationships.' })
  @ListSize((_args, sizes) => Math.min(sizes.articles, sizes.degree * sizes.evidence))
  mentionedIn(@Root() actor: ActorRecord): Promise<Article[]> {
    return this.services.loaders.mentionedIn.load(actor.id);
  }

  @Authorized()
  @Mutation(() => Actor, { description: 'Creates the actor, or replaces its fields when the id exists.' })
  upsertActor(@Arg('input', () => ActorInput) input: ActorInput): Promise<Actor> {
    return this.services.actors.upsert(input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes an actor; refuses while it has relationships unless detach is true.' })
  deleteActor(
    @Arg('id', () => ID) id: string,
    @Arg('detach', () => Boolean, { nullable: true, defaultValue: false, description: 'Also delete its relationships.' })
    detach: boolean | null,
  ): Promise<boolean> {
    return this.services.actors.delete(id, detach ?? false);
  }
}

function relationshipsKey(actor: { id: string }, scope: DirectedScopeArgs) {
  return {
    actorId: actor.id,
    direction: scope.direction ?? 'BOTH',
    types: scope.types ?? null,
    asOf: scope.asOf ?? null,
    includeUncertain: scope.includeUncertain ?? false,
  };
}
