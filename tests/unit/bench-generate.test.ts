// The benchmark's synthetic graph: deterministic, valid by the seeds' own rules, and skewed.
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate.js';
import { createRng } from '../../bench/prng.js';
import { validateSeeds } from '../../src/graph/seed.js';

const SIZE = { actors: 300, relationships: 3000, articles: 40 };

describe('the synthetic graph generator', () => {
  it('is deterministic: the same seed gives the same graph', () => {
    const a = generateGraph(SIZE, 42);
    const b = generateGraph(SIZE, 42);
    expect(b.actors).toEqual(a.actors);
    expect(b.relationships(0, SIZE.relationships)).toEqual(a.relationships(0, SIZE.relationships));
    expect(generateGraph(SIZE, 43).actors).not.toEqual(a.actors);
  });

  it('produces relationships a batch at a time, the same as all at once', () => {
    const g = generateGraph(SIZE, 7);
    const batched = [0, 1000, 2000].flatMap((from) => g.relationships(from, from + 1000));
    expect(batched).toEqual(g.relationships(0, SIZE.relationships));
  });

  it('passes the seed validation: slugs, vocabulary, dates, evidence citing known articles', () => {
    const g = generateGraph(SIZE, 1);
    const seeds = validateSeeds({ articles: g.articles, actors: g.actors, relationships: g.relationships(0, SIZE.relationships) });
    expect(seeds.relationships).toHaveLength(SIZE.relationships);
  });

  it('has a skewed degree distribution: hubs far above the median', () => {
    const g = generateGraph({ actors: 2000, relationships: 20_000, articles: 40 }, 3);
    const degrees = [...g.degree].sort((x, y) => y - x);
    const median = degrees[degrees.length >> 1] as number;
    expect(degrees[0]).toBeGreaterThan(median * 10);
    expect(degrees.reduce((s, d) => s + d, 0)).toBe(2 * 20_000);
  });
});

describe('the seeded generator', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRng(5);
    const b = createRng(5);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
