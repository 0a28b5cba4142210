// The curated graph in seeds/: articles.json, actors.json, relationships.json, and the article
// texts in seeds/articles/. Validation names the file and record of every problem (unknown actor,
// unknown type, malformed date, missing evidence, a quote that is not verbatim) before anything
// is written; loading is one write transaction of idempotent MERGE statements.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { STARTUP_TIMEOUT_MS } from '../db/migrations.js';
import { SEEDS_DIR } from '../paths.js';
import { parsePartialDate, comparePartialDates } from './dates.js';
import type { GraphExecutor } from './executor.js';
import { checkRelationships } from './relationship-checks.js';
import { ACTOR_KINDS, RELATIONSHIP_TYPES } from './vocabulary.js';
import { writeActors, writeArticles, writeRelationships } from './writes.js';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug');
const partialDate = z.string().superRefine((v, ctx) => {
  const parsed = parsePartialDate(v);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});
const text = z.string().trim().min(1, 'must not be empty');

const articleSchema = z.strictObject({
  id: slug,
  title: text,
  publisher: text.nullable(),
  publishedAt: partialDate.nullable(),
  url: z.url().nullable(),
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in seeds/articles/'),
});

const actorSchema = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(ACTOR_KINDS, { message: `must be one of ${ACTOR_KINDS.join(', ')}` }),
  aliases: z.array(text),
  description: text.nullable(),
  wikidataId: z.string().regex(/^Q\d+$/, 'must look like Q123').nullable(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').nullable(),
});

const evidenceSchema = z.strictObject({ articleId: slug, quote: text.max(600, 'must be a short quote') });

const relationshipSchema = z.strictObject({
  id: slug,
  type: z.enum(RELATIONSHIP_TYPES, { message: `must be one of ${RELATIONSHIP_TYPES.join(', ')}` }),
  source: slug,
  target: slug,
  startDate: partialDate.nullable(),
  endDate: partialDate.nullable(),
  description: text.nullable(),
  quantity: z.number().int().positive().nullable(),
  dateBasis: text.nullable(),
  evidence: z.array(evidenceSchema).min(1, 'needs at least one piece of evidence'),
});

export type SeedArticle = z.infer<typeof articleSchema>;
export type SeedActor = z.infer<typeof actorSchema>;
export type SeedRelationship = z.infer<typeof relationshipSchema>;
export interface Seeds {
  articles: SeedArticle[];
  actors: SeedActor[];
  relationships: SeedRelationship[];
}

export class SeedError extends Error {
  override name = 'SeedError';
}

function describe(file: string, index: number, record: unknown): string {
  const id = typeof record === 'object' && record !== null && 'id' in record ? `"${String(record.id)}"` : `#${index + 1}`;
  return `seeds/${file}: record ${id}`;
}

function parseAll<T>(file: string, rows: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(rows)) throw new SeedError(`seeds/${file}: must be a JSON array`);
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'record';
      throw new SeedError(`${describe(file, i, row)}: ${field} ${issue?.message ?? 'is invalid'}`);
    }
    return parsed.data;
  });
}

function assertUnique(file: string, rows: { id: string }[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) throw new SeedError(`seeds/${file}: id "${row.id}" appears more than once`);
    seen.add(row.id);
  }
}

/**
 * Validates raw seed data. `articleTexts` maps an article file name to its text; when given,
 * every quote must appear in it verbatim.
 */
export function validateSeeds(
  raw: { articles: unknown; actors: unknown; relationships: unknown },
  articleTexts?: Map<string, string>,
): Seeds {
  const articles = parseAll('articles.json', raw.articles, articleSchema);
  const actors = parseAll('actors.json', raw.actors, actorSchema);
  const relationships = parseAll('relationships.json', raw.relationships, relationshipSchema);
  assertUnique('articles.json', articles);
  assertUnique('actors.json', actors);
  assertUnique('relationships.json', relationships);

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const actorIds = new Set(actors.map((a) => a.id));
  relationships.forEach((r, i) => {
    const where = describe('relationships.json', i, r);
    if (!actorIds.has(r.source)) throw new SeedError(`${where}: unknown source actor "${r.source}"`);
    if (!actorIds.has(r.target)) throw new SeedError(`${where}: unknown target actor "${r.target}"`);
    if (r.startDate && r.endDate && comparePartialDates(r.endDate, r.startDate) < 0) {
      throw new SeedError(`${where}: endDate ${r.endDate} is before startDate ${r.startDate}`);
    }
    for (const e of r.evidence) {
      const article = articleById.get(e.articleId);
      if (!article) throw new SeedError(`${where}: evidence cites unknown article "${e.articleId}"`);
      const body = articleTexts?.get(article.file);
      if (body !== undefined && !body.includes(e.quote)) {
        throw new SeedError(`${where}: quote is not verbatim in ${article.file}: "${e.quote}"`);
      }
    }
  });
  return { articles, actors, relationships };
}

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SeedError(`seeds/${file}: cannot be read as JSON (${(error as Error).message})`);
  }
}

/** Reads and validates the seed files of `dir` (seeds/ by default). */
export function readSeeds(dir: string = SEEDS_DIR): Seeds {
  const raw = {
    articles: readJson(dir, 'articles.json'),
    actors: readJson(dir, 'actors.json'),
    relationships: readJson(dir, 'relationships.json'),
  };
  const texts = new Map<string, string>();
  if (Array.isArray(raw.articles)) {
    for (const a of raw.articles as { file?: unknown }[]) {
      const path = typeof a.file === 'string' ? join(dir, 'articles', a.file) : '';
      if (path && existsSync(path)) texts.set(a.file as string, readFileSync(path, 'utf8'));
    }
  }
  return validateSeeds(raw, texts);
}

export interface LoadResult {
  articles: number;
  actors: number;
  relationships: number;
}

/**
 * Writes the seeds in one transaction, through the checks and statements that every write uses
 * (relationship-checks.ts; cypher/loader/ via writes.ts): all of it lands, or none. Idempotent.
 * The graph check also refuses a seed relationship whose id another relationship holds.
 */
export async function loadSeeds(db: GraphExecutor, seeds: Seeds, batchSize = 1000): Promise<LoadResult> {
  await db.writeTx(async (tx) => {
    await writeArticles(tx, seeds.articles, batchSize);
    await writeActors(tx, seeds.actors, batchSize);
    for (let i = 0; i < seeds.relationships.length; i += batchSize) {
      const batch = seeds.relationships.slice(i, i + batchSize);
      await checkRelationships(tx, batch, { name: (k) => `seeds/relationships.json: record "${batch[k]?.id}"` });
    }
    await writeRelationships(tx, seeds.relationships, batchSize);
  }, STARTUP_TIMEOUT_MS);
  return { articles: seeds.articles.length, actors: seeds.actors.length, relationships: seeds.relationships.length };
}
