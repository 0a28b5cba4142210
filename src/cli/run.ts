// Runs a file's statements in order in one session, each in its own auto-commit transaction, as
// cypher-shell does (so schema commands and CALL { … } IN TRANSACTIONS work with --write).
// Read-only is enforced by the database, not by reading the query: without --write the session's
// access mode is READ, and Neo4j refuses any write in a READ transaction
// (Neo.ClientError.Statement.AccessMode).
import neo4j, { type Driver, type ResultSummary } from 'neo4j-driver';
import type { ResultSet } from './output.js';

export interface StatementResult extends ResultSet {
  /** What the statement changed, e.g. "nodes created: 1"; empty for a read. */
  changes: string;
  /** Neo4j's warnings, such as a label or property key that no data has (a likely typo). */
  warnings: string[];
}

export interface RunOptions {
  database: string;
  write: boolean;
  timeoutMs: number;
}

function describeChanges(summary: ResultSummary): string {
  const counts = Object.entries(summary.counters.updates()).filter(([, n]) => n > 0);
  if (summary.counters.containsSystemUpdates()) counts.push(['systemUpdates', summary.counters.systemUpdates()]);
  // nodesCreated → "nodes created: 1"
  return counts.map(([name, n]) => `${name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}: ${n}`).join(', ');
}

export async function* runStatements(
  driver: Driver,
  statements: readonly string[],
  params: Record<string, unknown>,
  opts: RunOptions,
): AsyncGenerator<StatementResult> {
  const session = driver.session({
    database: opts.database,
    defaultAccessMode: opts.write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  try {
    for (const statement of statements) {
      const result = session.run(statement, params, { timeout: opts.timeoutMs });
      const columns = await result.keys();
      const { records, summary } = await result;
      yield {
        columns,
        rows: records.map((r) => columns.map((c) => r.get(c) as unknown)),
        changes: describeChanges(summary),
        warnings: summary.notifications.filter((n) => n.severityLevel === 'WARNING').map((n) => n.description),
      };
    }
  } finally {
    await session.close();
  }
}
