import { Arg, Args, Authorized, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EvidenceRecord, RelationshipRecord } from '../../graph/model.js';
import type { RelationshipRow } from '../../graph/relationships.service.js';
import type { Services } from '../../graph/services.js';
import { RELATIONSHIP_TYPE_INFO, RELATIONSHIP_TYPES } from '../../graph/vocabulary.js';
import { Actor } from '../actor/actor.type.js';
import { Article } from '../article/article.type.js';
import { Place } from '../place/place.type.js';
import { arg, ListSize } from '../common/list-size.js';
import { pageInfo } from '../common/page-info.type.js';
import { RelationshipsArgs, TimelineArgs } from './relationship.args.js';
import { RelationshipInput } from './relationship.input.js';
import { RelationshipTypeInfo } from './relationship-type.type.js';
import { Evidence, evidenceId, Relationship, RelationshipConnection } from './relationship.type.js';

@Resolver(() => Relationship)
export class RelationshipResolver {
  constructor(private readonly services: Services) {}

  @Query(() => RelationshipConnection, { description: 'Relationships matching a filter, in date order, a page at a time.' })
  @ListSize((args) => arg(args, 'first'))
  async relationships(@Args(() => RelationshipsArgs) { filter, first, after }: RelationshipsArgs): Promise<RelationshipConnection> {
    const page = await this.services.relationships.list(filter ?? {}, first, after);
    const edges = page.edges.map((e) => ({ cursor: e.cursor, node: this.withActors(e.node) }));
    return { edges, pageInfo: pageInfo(page), totalCount: page.totalCount };
  }

  @Query(() => [Relationship], { description: 'Relationships in date order, undated last; of one actor or of all.' })
  @ListSize((args) => arg(args, 'first'))
  async timeline(@Args(() => TimelineArgs) { actorId, from, to, first }: TimelineArgs): Promise<Relationship[]> {
    const rows = await this.services.relationships.timeline(actorId ?? null, from ?? null, to ?? null, first);
    return rows.map((r) => this.withActors(r));
  }

  @Query(() => [RelationshipTypeInfo], { description: 'The relationship types: what each means, its default kind, family and CAMEO code.' })
  @ListSize(() => RELATIONSHIP_TYPES.length)
  relationshipTypes(): RelationshipTypeInfo[] {
    return RELATIONSHIP_TYPES.map((type) => ({ type, ...RELATIONSHIP_TYPE_INFO[type] }));
  }

  @Query(() => Relationship, { nullable: true, description: 'One relationship by id, or null.' })
  relationship(@Arg('id', () => ID) id: string): Promise<Relationship | null> {
    return this.services.relationships.byId(id);
  }

  // The ends are nearly always in hand already (the query that found the relationship primed
  // them): answered synchronously then, so the relationship object does not turn asynchronous.
  @FieldResolver(() => Actor)
  source(@Root() rel: RelationshipRecord): Actor | Promise<Actor> {
    return this.services.loaders.knownActor(rel.sourceId) ?? this.actor(rel.sourceId);
  }

  @FieldResolver(() => Actor)
  target(@Root() rel: RelationshipRecord): Actor | Promise<Actor> {
    return this.services.loaders.knownActor(rel.targetId) ?? this.actor(rel.targetId);
  }

  @FieldResolver(() => [Actor], { description: 'The named sources the articles attribute it to (a broadcaster, an official).' })
  @ListSize((_args, sizes) => sizes.evidence)
  reportedBy(@Root() rel: RelationshipRecord): Actor[] | Promise<Actor[]> {
    const known = rel.reportedByIds.map((id) => this.services.loaders.knownActor(id));
    if (known.every((a) => a !== undefined)) return known as Actor[];
    // A source actor deleted since is dropped, not an error: the relationship still stands.
    return this.services.loaders.actor
      .loadMany(rel.reportedByIds)
      .then((actors) => actors.filter((a): a is Actor => a !== null && !(a instanceof Error)));
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where it happened or held, when the articles name the place.' })
  place(@Root() rel: RelationshipRecord): Promise<Place | null> | null {
    return rel.placeId === null ? null : this.services.loaders.place.load(rel.placeId);
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

  @FieldResolver(() => ID)
  id(@Root() evidence: EvidenceRecord): string {
    return evidenceId(evidence);
  }

  // Synchronous when the article is in hand (Actor.relationships fetches the articles of its
  // evidence when the selection asks for them), for the same reason as Relationship.source.
  @FieldResolver(() => Article)
  article(@Root() evidence: EvidenceRecord): Article | Promise<Article> {
    return this.services.loaders.knownArticle(evidence.articleId) ?? this.load(evidence.articleId);
  }

  private async load(id: string): Promise<Article> {
    const article = await this.services.loaders.article.load(id);
    if (!article) throw new Error(`Evidence cites missing article ${id}`);
    return article;
  }
}
