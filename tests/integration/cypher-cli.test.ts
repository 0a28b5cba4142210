// `npm run cypher` as analysts run it: the built CLI (dist/src/cli/cypher.js; `npm test` builds
// first) as a real process against the test Neo4j, configured through the environment only.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { libraryFiles, readHeader } from '../../src/cli/library.js';
import { loadSeeds, readSeeds } from '../../src/graph/seed.js';
import { REPO_ROOT } from '../../src/paths.js';
import { startTestApp } from '../helpers/app.js';
import { freePort } from '../helpers/ports.js';

const CLI = join(REPO_ROOT, 'dist', 'src', 'cli', 'cypher.js');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const base = {
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: inject('neo4jPassword'),
    NEO4J_DATABASE: 'neo4j',
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: REPO_ROOT, env: { ...process.env, ...base, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let app: RunningApp;
let scratch: string;
const seeds = readSeeds();
const deploymentsToNiger = seeds.relationships.filter((r) => r.type === 'DEPLOYED_TO' && r.target === 'niger');
const countNodes = async () => (await app.db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0]?.n;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
  app = await startTestApp();
  // Exactly the seeds, whatever earlier test files left in the shared database.
  await app.db.write('MATCH (n) DETACH DELETE n');
  await loadSeeds(app.db, seeds);
  scratch = mkdtempSync(join(tmpdir(), 'sahel-graph-cypher-cli-'));
});
afterAll(async () => {
  await app?.db.write('MATCH (n:CliWriteProbe) DETACH DELETE n');
  await app?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('output formats', () => {
  it('prints a table by default', async () => {
    const run = await cli(['who-deployed-to-niger']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/│ deployer\s+│ deployerName\s+│ startDate\s+│ endDate\s+│ notBefore\s+│ amount\s+│ unit\s+│/);
    expect(run.stdout).toMatch(/│ russia\s+│ Russia\s+│ 2024-04-10 │ null\s+│ null\s+│ 100\s+│ instructors\s+│/);
    expect(run.stdout.trimEnd().endsWith(`${deploymentsToNiger.length} rows`)).toBe(true);
  });

  it('prints JSON', async () => {
    const run = await cli(['cypher/analyst/who-deployed-to-niger.cypher', '--format', 'json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(deploymentsToNiger.length);
    expect(rows).toContainEqual(expect.objectContaining({ deployer: 'russia', startDate: '2024-04-10', amount: 100, unit: 'instructors', endDate: null }));
  });

  it('prints CSV', async () => {
    const run = await cli(['who-deployed-to-niger', '--format=csv']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('deployer,deployerName,startDate,endDate,notBefore,amount,unit,qualifier,certainty,place,description,articles');
    expect(lines).toHaveLength(deploymentsToNiger.length + 1);
    expect(lines.some((l) => l.startsWith('russia,Russia,2024-04-10,,,100,instructors,EXACT,CONFIRMED,niamey,'))).toBe(true);
  });

  it('prints Neo4j values readably: nodes, paths, dates, durations, integers', async () => {
    const run = await cli([
      `MATCH p = (t:Actor {id: 'tele-sahel'})-[:PART_OF]->(rtn:Actor {id: 'rtn'})
       RETURN rtn, p, date('2024-04-10') AS day, duration.between(date('2023-07-26'), date('2024-04-10')) AS since, 100 AS n`,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(:Actor:Media {');
    expect(run.stdout).toContain('id: "rtn"');
    expect(run.stdout).toContain('(tele-sahel)-[:PART_OF]->(rtn)');
    expect(run.stdout).toMatch(/│ 2024-04-10 │ P8M15D │ 100 │/);
  });
});

describe('parameters', () => {
  it('--param sets a library parameter; unset ones take the file defaults', async () => {
    const mali = await cli(['who-deployed-to-niger', '--param', 'targetId=mali', '--format', 'json']);
    expect(JSON.parse(mali.stdout)).toEqual([]);
    const france = await cli(['who-broke-with-france-or-the-us', '--param', 'targetIds=["france"]', '--format', 'json']);
    const targets = (JSON.parse(france.stdout) as { target: string }[]).map((r) => r.target);
    expect(targets).toContain('france');
    expect(targets).not.toContain('united-states');
  });

  it('reads values as JSON when they are JSON: integers, floats, lists, null; else strings', async () => {
    const run = await cli([
      'RETURN $n + 1 AS next, size(range(1, $n)) AS count, $f AS f, $xs AS xs, $s AS s, $z IS NULL AS isNull, $d AS d',
      '--param', 'n=5', '--param', 'f=1.5', '--param', 'xs=["a",2]', '--param', 's=hello world', '--param', 'z=null',
      '--param', 'd=2024-04',
      '--format', 'json',
    ]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([{ next: 6, count: 5, f: 1.5, xs: ['a', 2], s: 'hello world', isNull: true, d: '2024-04' }]);
  });

  it('warns about a parameter the file does not declare', async () => {
    const run = await cli(['who-deployed-to-niger', '--param', 'target=mali', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('declares no parameter target');
  });

  it('leaves a missing parameter of an inline query to Neo4j', async () => {
    const run = await cli(['RETURN $missing AS x']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Neo.ClientError.Statement.ParameterMissing');
  });
});

describe('warnings', () => {
  it("passes on Neo4j's warnings, such as a misspelt label, on stderr", async () => {
    const run = await cli(['MATCH (a:Actr) RETURN a.name AS name', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr).toMatch(/^warning: .*the missing label name is: Actr/m);
  });
});

describe('--list', () => {
  it('lists every library file with its question and parameters with their defaults', async () => {
    const run = await cli(['--list']);
    expect(run.code).toBe(0);
    for (const file of libraryFiles()) {
      const header = readHeader(readFileSync(file, 'utf8'));
      expect(run.stdout).toContain(`${basename(file, '.cypher')}\n    ${header.purpose}`);
    }
    expect(run.stdout).toContain('who-deployed-to-niger\n    Who deployed forces or equipment to Niger, how many, and when?\n    parameters: targetId = "niger"');
  });
});

describe('read-only unless --write', () => {
  it('the database refuses a write without --write, and nothing changes', async () => {
    const before = await countNodes();
    const create = await cli(['CREATE (:CliWriteProbe {id: "refused"})']);
    expect(create.code).toBe(1);
    expect(create.stderr).toContain('Neo.ClientError.Statement.AccessMode');
    expect(create.stderr).toContain('add --write');
    // Not a keyword check: a write in lower case, inside a subquery, is refused by Neo4j as well.
    const hidden = await cli(["match (a:Actor {id: 'russia'}) call (a) { set a.touched = true } return a.id"]);
    expect(hidden.code).toBe(1);
    expect(hidden.stderr).toContain('Neo.ClientError.Statement.AccessMode');
    expect(await countNodes()).toBe(before);
    expect(await app.db.read("MATCH (a:Actor {id: 'russia'}) RETURN a.touched AS touched")).toEqual([{ touched: null }]);
  });

  it('refuses every kind of write, and leaves the data unchanged', async () => {
    // A CSV served on loopback, so that LOAD CSV really fetches from a URL.
    const csv = createServer((_req, res) => res.end('id,name\nloaded-1,One\nloaded-2,Two\n'));
    await new Promise<void>((r) => csv.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(csv.address() as AddressInfo).port}/actors.csv`;
    const fingerprint = async () =>
      app.db.read('MATCH (n) WITH count(n) AS nodes, collect(properties(n)) AS props MATCH ()-[r]->() RETURN nodes, count(r) AS rels, props');
    const before = await fingerprint();
    try {
      for (const attack of [
        "MERGE (a:Actor {id: 'merged'}) RETURN a",
        "MATCH (a:Actor {id: 'russia'}) DETACH DELETE a",
        "MATCH ()-[r:DEPLOYED_TO]->() DELETE r",
        "MATCH (a:Actor {id: 'niger'}) SET a.name = 'Pwned'",
        "MATCH (a:Actor {id: 'niger'}) REMOVE a.aliases",
        `LOAD CSV WITH HEADERS FROM '${url}' AS row CREATE (:Actor {id: row.id, name: row.name})`,
        `LOAD CSV WITH HEADERS FROM '${url}' AS row MERGE (a:Actor {id: 'niger'}) SET a.name = row.name`,
        "CALL db.createLabel('Pwned')",
        "CALL db.createProperty('pwned')",
        'CREATE INDEX pwned IF NOT EXISTS FOR (n:Pwned) ON (n.x)',
        'CREATE CONSTRAINT pwned IF NOT EXISTS FOR (n:Pwned) REQUIRE n.x IS UNIQUE',
      ]) {
        const run = await cli([attack]);
        expect(run.code, attack).toBe(1);
        expect(run.stderr, attack).toMatch(/AccessMode|not allowed|read/i);
      }
    } finally {
      csv.close();
    }
    expect(await fingerprint()).toEqual(before);
    expect(await app.db.read("SHOW INDEXES YIELD name WHERE name = 'pwned' RETURN count(*) AS n")).toEqual([{ n: 0 }]);
  });

  it('writes with --write', async () => {
    const before = await countNodes();
    try {
      const run = await cli(['CREATE (n:CliWriteProbe {id: $id}) RETURN n.id AS id', '--param', 'id=allowed', '--write']);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(/│ allowed │/);
      expect(run.stdout).toContain('nodes created: 1, properties set: 1, labels added: 1');
      expect(await countNodes()).toBe((before ?? 0) + 1);
    } finally {
      await app.db.write('MATCH (n:CliWriteProbe) DETACH DELETE n');
    }
    expect(await countNodes()).toBe(before);
  });
});

describe('files with several statements', () => {
  it('runs them in order', async () => {
    const file = join(scratch, 'two.cypher');
    writeFileSync(file, '// two statements\nRETURN 1 AS first;\nRETURN "a;b" AS second;\n');
    const run = await cli([file]);
    expect(run.code).toBe(0);
    expect(run.stdout.indexOf('first')).toBeGreaterThan(-1);
    expect(run.stdout.indexOf('second')).toBeGreaterThan(run.stdout.indexOf('first'));
    expect(run.stdout).toContain('│ a;b    │');
  });

  it('stops at the first failing statement, after printing the ones before', async () => {
    const file = join(scratch, 'fails.cypher');
    writeFileSync(file, 'RETURN 1 AS ok;\nRETRN 2;\nRETURN 3 AS never;\n');
    const run = await cli([file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ok');
    expect(run.stdout).not.toContain('never');
    expect(run.stderr).toContain('(statement 2 of 3)');
  });
});

describe('errors', () => {
  it('a Cypher syntax error exits 1 with Neo4j’s message', async () => {
    const run = await cli(['RETRN 1']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(run.stderr).toContain("Invalid input 'RETRN'");
  });

  it('no Neo4j: says how to start one', async () => {
    const run = await cli(['RETURN 1'], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No Neo4j answers at bolt://127.0.0.1:');
    expect(run.stderr).toContain('npm run db:start');
    expect(run.stderr).toContain('npm start');
  });

  it.each([
    [['who-deployed-to-niger', '--format', 'xml'], '--format must be one of table, json, csv'],
    [['no-such-question.cypher'], 'no such file: no-such-question.cypher'],
    [[], 'no query given'],
  ])('bad usage %j exits 2 with the usage', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: npm run cypher');
  });
});
