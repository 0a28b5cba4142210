// The command line of `npm run cypher`. Parameter values are read as JSON when they are valid
// JSON (numbers, booleans, null, lists, quoted strings) and as plain strings otherwise, so
// `--param actorId=russia` and `--param 'types=["EXPELLED"]'` both do what they look like.
export type Format = 'table' | 'json' | 'csv';
const FORMATS: readonly Format[] = ['table', 'json', 'csv'];

export type Command =
  | { kind: 'run'; source: string; params: Record<string, unknown>; format: Format; write: boolean }
  | { kind: 'list' }
  | { kind: 'help' };

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `usage: npm run cypher -- <file.cypher | library name | "inline query"> [options]
       npm run cypher -- --list

  --param name=value      a query parameter ($name), repeatable; the value is JSON when it parses
                          as JSON (5, null, true, ["a","b"], "2024"), else a string
  --format table|json|csv output format (default table)
  --write                 allow writes (otherwise the database refuses them)
  --list                  the query library in cypher/analyst/, with each file's question
  --help                  this text`;

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseParamValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  const name = eq === -1 ? text : text.slice(0, eq);
  if (eq === -1 || !PARAM_NAME.test(name)) {
    throw new UsageError(`--param expects name=value with a name like actorId, got "${text}"`);
  }
  return [name, parseParamValue(text.slice(eq + 1))];
}

export function parseArgs(argv: readonly string[]): Command {
  let source: string | undefined;
  const params: Record<string, unknown> = {};
  let format: Format = 'table';
  let write = false;
  let list = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    // `--format=json` and `--format json` alike.
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = (): string => {
      const v = eq === -1 ? argv[(i += 1)] : arg.slice(eq + 1);
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--param': {
        const [name, parsed] = parseParam(value());
        params[name] = parsed;
        break;
      }
      case '--format': {
        const f = value();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${f}"`);
        format = f as Format;
        break;
      }
      case '--write':
        write = true;
        break;
      case '--list':
        list = true;
        break;
      case '--help':
      case '-h':
        return { kind: 'help' };
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
        if (source !== undefined) throw new UsageError('give one file or one query (quote an inline query)');
        source = arg;
    }
  }
  if (list) {
    if (source !== undefined) throw new UsageError('--list takes no query');
    return { kind: 'list' };
  }
  if (source === undefined) throw new UsageError('no query given');
  return { kind: 'run', source, params, format, write };
}
