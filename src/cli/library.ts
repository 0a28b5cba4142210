// The analysts' query library, cypher/analyst/: one question per file. A file's header (its
// leading `//` lines) starts with the question and declares each parameter with the line a Neo4j
// Browser user runs first, `:param name => default`. The CLI reads those declarations: a declared
// parameter left unset is sent as null, so the query's own `coalesce($name, default)` applies.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CYPHER_DIR } from '../paths.js';
import { parseParamValue, UsageError } from './args.js';
import { toNeo4jParam } from './values.js';

export const ANALYST_DIR = join(CYPHER_DIR, 'analyst');

export interface QueryHeader {
  /** The header's first line: the question the file answers. */
  purpose: string;
  /** Declared parameters with the values its `:param` lines set. */
  params: Record<string, unknown>;
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*$/;

export function readHeader(text: string): QueryHeader {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('//')) break;
    lines.push(trimmed.replace(/^\/\/\s?/, '').trim());
  }
  const params: Record<string, unknown> = {};
  for (const line of lines) {
    const m = PARAM_LINE.exec(line);
    if (m) params[m[1] as string] = parseParamValue(m[2] as string);
  }
  return { purpose: lines.find((l) => l.length > 0) ?? '', params };
}

/**
 * The parameters to send: the file's declared ones as null (its `coalesce` defaults apply), then
 * the given ones. `undeclared` names given ones the file does not declare, most likely typos.
 */
export function queryParams(
  declared: Record<string, unknown>,
  given: Record<string, unknown>,
): { params: Record<string, unknown>; undeclared: string[] } {
  const names = Object.keys(declared);
  const undeclared = names.length > 0 ? Object.keys(given).filter((n) => !names.includes(n)) : [];
  const merged = { ...Object.fromEntries(names.map((n) => [n, null])), ...given };
  return { params: Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, toNeo4jParam(v)])), undeclared };
}

export function libraryFiles(): string[] {
  return readdirSync(ANALYST_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => join(ANALYST_DIR, f));
}

/** `--list`: each file with its question and its parameters with their defaults. */
export function listLibrary(): string {
  return libraryFiles()
    .map((file) => {
      const header = readHeader(readFileSync(file, 'utf8'));
      const params = Object.entries(header.params).map(([name, value]) => `${name} = ${JSON.stringify(value)}`);
      const name = basename(file, '.cypher');
      return `${name}\n    ${header.purpose}${params.length ? `\n    parameters: ${params.join(', ')}` : ''}`;
    })
    .join('\n');
}

export interface QuerySource {
  text: string;
  /** The file it came from; undefined for an inline query. */
  file?: string;
}

/** A path to a file, a library name (`who-deployed-to-niger`), or else the query itself. */
export function resolveSource(arg: string): QuerySource {
  if (existsSync(arg) && statSync(arg).isFile()) return { text: readFileSync(arg, 'utf8'), file: arg };
  const inLibrary = join(ANALYST_DIR, arg.endsWith('.cypher') ? arg : `${arg}.cypher`);
  if (/^[\w.-]+$/.test(arg) && existsSync(inLibrary)) return { text: readFileSync(inLibrary, 'utf8'), file: inLibrary };
  if (arg.endsWith('.cypher')) throw new UsageError(`no such file: ${arg} (run \`npm run cypher -- --list\` for the library)`);
  return { text: arg };
}
