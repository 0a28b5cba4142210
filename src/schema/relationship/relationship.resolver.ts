import { Arg, Args, Authorized, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RelationshipRow } from '../../graph/relationships.service.js';
import type { Services } from '../../graph/services.js';
import { Actor } from '../actor/actor.type.js';
import { Article } from '../article/article.type.js';
import { pageInfo } from '../common/page-info.type.js';
import { RelationshipsArgs, TimelineArgs } from './relationship.args.js';
import { RelationshipInput } from './relationship.input.js';
import { Evidence, Relationship, RelationshipConnection } from './relationship.type.js';

@Resolver(() => Relationship)
export class RelationshipResolver {
  constructor(private readonly services: Services) {}

  @Query(() => RelationshipConnection, { description: 'Relationships matching a filter, in date order, a page at a time.' })
  async relationships(@Args(() => RelationshipsArgs) { filter, first, after }: RelationshipsArgs): Promise<RelationshipConnection> {
    const page = await this.services.relationships.list(filter ?? {}, first, after);
    const edges = page.edges.map((e) => ({ cursor: e.cursor, node: this.withActors(e.node) }));
    return { edges, pageInfo: pageInfo(page), totalCount: page.totalCount };
  }

  @Query(() => [Relationship], { description: 'Relationships in date order, undated last; of one actor or of all.' })
  async timeline(@Args(() => TimelineArgs) { actorId, from, to, first }: TimelineArgs): Promise<Relationship[]> {
    const rows = await this.services.relationships.timeline(actorId ?? null, from ?? null, to ?? null, first);
    return rows.map((r) => this.withActors(r));
  }

  @Query(() => Relationship, { nullable: true, description: 'One relationship by id, or null.' })
  relationship(@Arg('id', () => ID) id: string): Promise<Relationship | null> {
    return this.services.relationships.byId(id);
  }

  @FieldResolver(() => Actor)
  source(@Root() rel: Relationship): Promise<Actor> {
    return this.actor(rel.sourceId);
  }

  @FieldResolver(() => Actor)
  target(@Root() rel: Relationship): Promise<Actor> {
    return this.actor(rel.targetId);
  }

  @Authorized()
  @Mutation(() => Relationship, { description: 'Creates a relationship (a new one even if a similar one exists).' })
  createRelationship(@Arg('input', () => RelationshipInput) input: RelationshipInput): Promise<Relationship> {
    return this.services.relationships.create(input);
  }

  @Authorized()
  @Mutation(() => Relationship, {
    description: 'Creates or updates the relationship identified by (source, type, target, startDate); safe to retry.',
  })
  upsertRelationship(@Arg('input', () => RelationshipInput) input: RelationshipInput): Promise<Relationship> {
    return this.services.relationships.upsert({ ...input, id: null });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes a relationship by id.' })
  deleteRelationship(@Arg('id', () => ID) id: string): Promise<boolean> {
    return this.services.relationships.delete(id);
  }

  private withActors(row: RelationshipRow): Relationship {
    this.services.loaders.primeActor(row.source);
    this.services.loaders.primeActor(row.target);
    return row.rel;
  }

  private async actor(id: string): Promise<Actor> {
    const actor = await this.services.loaders.actor.load(id);
    if (!actor) throw new Error(`Relationship endpoint ${id} vanished`);
    return actor;
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => Article)
  async article(@Root() evidence: Evidence): Promise<Article> {
    const article = await this.services.loaders.article.load(evidence.articleId);
    if (!article) throw new Error(`Evidence cites missing article ${evidence.articleId}`);
    return article;
  }
}
