// Per-request DataLoaders: every look-up a resolver makes in one tick of the event loop is
// batched into one Cypher statement, so a request costs one round trip per level of nesting in
// its selection, never one per result. Rows that carry actors prime the actor loader, so
// `relationship.source { name }` costs nothing more. Actors already in hand are also kept in a
// plain map (`knownActor`), so that resolvers can answer them synchronously: a field that
// returns a promise makes graphql-js resolve its whole object asynchronously, which, over
// hundreds of relationships, costs more than the rest of their fields together.
import DataLoader from 'dataloader';
import type { ActorService } from './actors.service.js';
import type { ArticleService } from './articles.service.js';
import type { ActorRecord, ArticleRecord, Direction, PlaceRecord, RelationshipRecord } from './model.js';
import type { PlaceService } from './places.service.js';
import type { RelationshipService } from './relationships.service.js';
import type { RelationshipType } from './vocabulary.js';

export interface RelationshipsKey {
  actorId: string;
  direction: Direction;
  types: RelationshipType[] | null;
  asOf: string | null;
  includeUncertain: boolean;
}

export interface ActorRelationship {
  rel: RelationshipRecord;
  other: ActorRecord;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    // Appending in place: copying the group at every item was quadratic in a hub's relationships.
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function collect<K extends string, V>(keys: readonly K[], rows: { id: string }[], value: (row: never) => V): V[][] {
  const byId = groupBy(rows, (r) => r.id);
  return keys.map((k) => (byId.get(k) ?? []).map((r) => value(r as never)));
}

export function createLoaders(services: {
  actors: ActorService;
  articles: ArticleService;
  places: PlaceService;
  relationships: RelationshipService;
}) {
  const known = new Map<string, ActorRecord>();
  const actor = new DataLoader<string, ActorRecord | null>(async (ids) => {
    const found = await services.actors.byIds(ids);
    for (const a of found.values()) known.set(a.id, a);
    return ids.map((id) => found.get(id) ?? null);
  });
  const prime = (a: ActorRecord | undefined) => {
    if (a) {
      actor.prime(a.id, a);
      known.set(a.id, a);
    }
  };
  /** The actor, if this request has already loaded or primed it. */
  const knownActor = (id: string): ActorRecord | undefined => known.get(id);

  const knownArticles = new Map<string, ArticleRecord>();
  const article = new DataLoader<string, ArticleRecord | null>(async (ids) => {
    const found = await services.articles.byIds(ids);
    for (const a of found.values()) knownArticles.set(a.id, a);
    return ids.map((id) => found.get(id) ?? null);
  });
  /** The article, if this request has already loaded it. */
  const knownArticle = (id: string): ArticleRecord | undefined => knownArticles.get(id);

  const relationships = new DataLoader<RelationshipsKey, ActorRelationship[], string>(
    async (keys) => {
      // Keys that differ only by actor share one statement; different filters run side by side.
      const scopes = groupBy(keys, ({ direction, types, asOf, includeUncertain }) => JSON.stringify([direction, types, asOf, includeUncertain]));
      const results = new Map<RelationshipsKey, ActorRelationship[]>();
      await Promise.all(
        [...scopes.values()].map(async (group) => {
          const { direction, types, asOf, includeUncertain } = group[0] as RelationshipsKey;
          const rows = await services.relationships.ofActors(
            group.map((k) => k.actorId),
            direction,
            { types, asOf, includeUncertain },
          );
          rows.forEach((r) => prime(r.other));
          const byActor = groupBy(rows, (r) => r.id);
          for (const key of group) results.set(key, (byActor.get(key.actorId) ?? []).map(({ rel, other }) => ({ rel, other })));
        }),
      );
      return keys.map((k) => results.get(k) ?? []);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.actorId, k.direction, k.types, k.asOf, k.includeUncertain]) },
  );

  const place = new DataLoader<string, PlaceRecord | null>(async (ids) => {
    const found = await services.places.byIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  const mentionedIn = new DataLoader<string, ArticleRecord[]>(async (ids) => {
    const rows = await services.articles.mentioning(ids);
    rows.forEach((r) => {
      article.prime(r.article.id, r.article);
      knownArticles.set(r.article.id, r.article);
    });
    return collect(ids, rows, (r: { article: ArticleRecord }) => r.article);
  });

  const articleActors = new DataLoader<string, ActorRecord[]>(async (ids) => {
    const rows = await services.articles.actorsOf(ids);
    rows.forEach((r) => prime(r.actor));
    return collect(ids, rows, (r: { actor: ActorRecord }) => r.actor);
  });

  return { actor, knownActor, article, knownArticle, place, relationships, mentionedIn, articleActors, primeActor: prime };
}

export type Loaders = ReturnType<typeof createLoaders>;
