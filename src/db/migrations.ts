// Applies cypher/schema/*.cypher in file-name order (V001__, V002__, ...). Every statement is
// idempotent (IF NOT EXISTS), so this runs at every start; schema statements each get their own
// transaction, as Neo4j requires.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../paths.js';
import { readCypherFile } from './cypher-file.js';

export const SCHEMA_DIR = join(CYPHER_DIR, 'schema');

export function schemaFiles(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => join(SCHEMA_DIR, f));
}

/** Start-up work may take longer than a request may (a busy machine, a large graph). */
export const STARTUP_TIMEOUT_MS = 300_000;

/**
 * What applying the schema needs of the caller's executor (src/graph/executor.ts's
 * GraphExecutor has it): the db layer sits below the graph layer and does not import it.
 */
export interface SchemaWriter {
  write(cypher: string, params: Record<string, unknown>, timeoutMs?: number): Promise<unknown>;
}

export async function applySchema(db: SchemaWriter): Promise<number> {
  let count = 0;
  for (const file of schemaFiles()) {
    for (const statement of readCypherFile(file)) {
      await db.write(statement, {}, STARTUP_TIMEOUT_MS);
      count += 1;
    }
  }
  // New indexes populate in the background; wait so that the first search finds everything.
  await db.write('CALL db.awaitIndexes(120)', {}, STARTUP_TIMEOUT_MS);
  return count;
}
