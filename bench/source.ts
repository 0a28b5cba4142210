// What the benchmark loads and asks about, whatever its origin: the curated seeds (scale "seed")
// or a synthetic graph (bench/generate.ts). Relationships come a batch at a time.
import type { SeedActor, SeedArticle, SeedRelationship, Seeds } from '../src/graph/seed.js';
import { generateGraph } from './generate.js';

export type ScaleName = 'seed' | '10k' | '100k' | '1m';
export const SCALE_NAMES: readonly ScaleName[] = ['seed', '10k', '100k', '1m'];

/** Actors, relationships and articles per synthetic scale (named for the relationship count). */
export const SYNTHETIC_SIZES = {
  '10k': { actors: 1_000, relationships: 10_000, articles: 300 },
  '100k': { actors: 10_000, relationships: 100_000, articles: 300 },
  '1m': { actors: 100_000, relationships: 1_000_000, articles: 300 },
} as const;

export interface GraphSource {
  scale: ScaleName;
  articles: SeedArticle[];
  actors: SeedActor[];
  relationshipCount: number;
  relationships(from: number, to: number): SeedRelationship[];
  /** Degree of each actor, by index into `actors`. */
  degree: ArrayLike<number>;
}

export function seedSource(seeds: Seeds): GraphSource {
  const index = new Map(seeds.actors.map((a, i) => [a.id, i]));
  const degree = new Int32Array(seeds.actors.length);
  for (const r of seeds.relationships) {
    for (const end of [r.source, r.target]) {
      const i = index.get(end) as number;
      degree[i] = (degree[i] as number) + 1;
    }
  }
  return {
    scale: 'seed',
    articles: seeds.articles,
    actors: seeds.actors,
    relationshipCount: seeds.relationships.length,
    relationships: (from, to) => seeds.relationships.slice(from, to),
    degree,
  };
}

export function syntheticSource(scale: Exclude<ScaleName, 'seed'>, seed?: number): GraphSource {
  const graph = generateGraph(SYNTHETIC_SIZES[scale], seed);
  return {
    scale,
    articles: graph.articles,
    actors: graph.actors,
    relationshipCount: graph.size.relationships,
    relationships: graph.relationships,
    degree: graph.degree,
  };
}
