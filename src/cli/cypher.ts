/**
 * `npm run cypher -- <file.cypher | library name | "inline query"> [--param name=value …]
 * [--format table|json|csv] [--write]`, and `npm run cypher -- --list`.
 * Runs Cypher against the configured Neo4j (NEO4J_URI, else the local one on NEO4J_BOLT_PORT),
 * read-only unless --write. A file's statements run in order and print one result after another
 * (in json, one array each). Neo4j's warnings go to stderr. Exit codes: 0 done, 1 the database
 * refused or failed, 2 bad usage.
 */
import { Neo4jError } from 'neo4j-driver';
import { ConfigError, loadConfig } from '../config.js';
import { splitStatements } from '../db/cypher-file.js';
import { createDriver } from '../db/driver.js';
import { parseArgs, USAGE, UsageError, type Command } from './args.js';
import { listLibrary, queryParams, readHeader, resolveSource } from './library.js';
import { render } from './output.js';
import { runStatements } from './run.js';

type RunCommand = Extract<Command, { kind: 'run' }>;

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(`${text}\n`);

async function run(command: RunCommand): Promise<number> {
  const source = resolveSource(command.source);
  const statements = splitStatements(source.text);
  if (statements.length === 0) throw new UsageError(`${source.file ?? 'the query'} holds no Cypher statement`);
  const { params, undeclared } = queryParams(source.file ? readHeader(source.text).params : {}, command.params);
  for (const name of undeclared) err(`warning: this file declares no parameter ${name} (see its header)`);

  const { neo4j: cfg } = loadConfig();
  const uri = cfg.uri ?? `bolt://127.0.0.1:${cfg.boltPort}`;
  const driver = createDriver(uri, cfg);
  try {
    // Fails at once when nothing listens (a query would be retried for seconds first).
    await driver.verifyConnectivity({ database: cfg.database });
  } catch (error) {
    await driver.close();
    const code = error instanceof Neo4jError ? error.code : '';
    if (code.startsWith('Neo.ClientError.Security.')) {
      err(`The Neo4j at ${uri} refuses user "${cfg.username}" with the configured password: set NEO4J_USERNAME and NEO4J_PASSWORD.`);
    } else if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      err(`No Neo4j answers at ${uri}. Start one with \`npm run db:start\` (or \`npm start\`), or set NEO4J_URI to yours.`);
    } else {
      err(`Cannot use the Neo4j at ${uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  }

  let index = 0;
  try {
    const opts = { database: cfg.database, write: command.write, timeoutMs: cfg.txTimeoutMs };
    for await (const result of runStatements(driver, statements, params, opts)) {
      index += 1;
      for (const warning of result.warnings) err(`warning: ${warning}`);
      if (index > 1 && command.format === 'table') out('\n');
      if (result.columns.length > 0) out(render(result, command.format));
      // Data formats keep stdout to the data; what a write changed goes to stderr there.
      if (command.format !== 'table') {
        if (result.changes) err(result.changes);
      } else if (result.changes || result.columns.length === 0) {
        out(`${result.changes || 'no changes'}\n`);
      }
    }
    return 0;
  } catch (error) {
    if (!(error instanceof Neo4jError)) throw error;
    const where = statements.length > 1 ? ` (statement ${index + 1} of ${statements.length})` : '';
    err(`Neo4j refused the query${where}: ${error.code}\n${error.message}`);
    if (error.code === 'Neo.ClientError.Statement.AccessMode') err('The CLI is read-only: add --write to allow writes.');
    return 1;
  } finally {
    await driver.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      out(`${USAGE}\n`);
      return 0;
    case 'list':
      out(`${listLibrary()}\n`);
      return 0;
    case 'run':
      return run(command);
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      err(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof ConfigError) {
      err(error.message);
      process.exitCode = 2;
    } else {
      err(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    }
  },
);
