// Data migrations: changes to the data a database of a previous version holds, each run once and
// recorded as a (:Migration {id, ranAt}) node, at start, after the schema and before the seeds.
// The seed loader only merges, so what the curated seeds dropped or re-identified must be
// removed here; whatever users added through the API is converted, never deleted.
import { STARTUP_TIMEOUT_MS } from '../db/migrations.js';
import type { GraphExecutor, Tx } from './executor.js';
import type { EvidenceRecord } from './model.js';
import type { RelationshipType } from './vocabulary.js';
import { writeArticles, writeRelationships, type ArticleWrite } from './writes.js';

/** Relationship ids of the first curation that the knowledge model's seeds removed or re-identified (seeds/NOTES.md §5). */
export const RETIRED_SEED_IDS = [
  'bola-tinubu-spoke-with-niger-junta',
  'russia-cooperates-with-niger-armed-forces-2024-04-10',
  'cnsp-supporters-allied-with-niger-junta-2023-08-26',
  'united-states-distanced-from-niger-junta',
  'niger-junta-opposed-united-states-2024-03',
  'united-states-opposed-russia-2024-03',
  'united-states-opposed-iran-2024-03',
  'mali-allied-with-russia',
  'burkina-faso-allied-with-russia',
] as const;

const RAN = 'MATCH (m:Migration {id: $id}) RETURN m.id AS id';
const RECORD = 'MERGE (m:Migration {id: $id}) SET m.ranAt = datetime()';
const DELETE_RETIRED = `
UNWIND $ids AS id
MATCH (:Actor)-[r {id: id}]->(:Actor)
DELETE r
RETURN count(*) AS deleted`;
const ARTICLES = 'MATCH (a:Article) RETURN a {.id, .title, .publisher, .publishedAt, .url, .file} AS article';
// Relationships of the previous model: no kind yet. Their quantity becomes an amount of unknown unit.
const OLD_RELATIONSHIPS = `
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.kind IS NULL AND r.id IS NOT NULL
RETURN {id: r.id, type: type(r), source: s.id, target: t.id, startDate: r.startDate, endDate: r.endDate,
        description: r.description, quantity: r.quantity, dateBasis: r.dateBasis,
        evidence: [i IN range(0, size(coalesce(r.evidenceArticles, [])) - 1) |
                   {articleId: r.evidenceArticles[i], quote: r.evidenceQuotes[i]}]} AS rel`;

interface OldRelationship {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  startDate: string | null;
  endDate: string | null;
  description: string | null;
  quantity: number | null;
  dateBasis: string | null;
  evidence: EvidenceRecord[];
}

/** V001: the knowledge model (kind, modality, certainty, places, amounts, time windows). */
async function knowledgeModel(tx: Tx): Promise<void> {
  await tx.run(DELETE_RETIRED, { ids: RETIRED_SEED_IDS });
  // Articles gain publishedBy, the lower bound of the facts they report with an unknown start.
  const articles = (await tx.run(ARTICLES)).records.map((r) => r.get('article') as ArticleWrite);
  await writeArticles(tx, articles);
  // Every relationship gains the new fields with the defaults a client's write gets (the type's
  // kind, ACTUAL, REPORTED), through the one write statement; the seeds then overwrite theirs.
  const old = (await tx.run(OLD_RELATIONSHIPS)).records.map((r) => r.get('rel') as OldRelationship);
  await writeRelationships(
    tx,
    old.map((r) => ({ ...r, quantity: r.quantity === null ? null : Number(r.quantity) })),
  );
}

const MIGRATIONS: { id: string; run: (tx: Tx) => Promise<void> }[] = [{ id: 'V001__knowledge_model', run: knowledgeModel }];

/** Runs the migrations this database has not recorded, each in one transaction with its record. Returns the ids run. */
export async function migrateData(db: GraphExecutor): Promise<string[]> {
  const ran: string[] = [];
  for (const migration of MIGRATIONS) {
    const done = await db.read(RAN, { id: migration.id });
    if (done.length > 0) continue;
    await db.writeTx(async (tx) => {
      await migration.run(tx);
      await tx.run(RECORD, { id: migration.id });
    }, STARTUP_TIMEOUT_MS);
    ran.push(migration.id);
  }
  return ran;
}
