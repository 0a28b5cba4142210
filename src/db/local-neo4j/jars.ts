// The Neo4j jars: the version pinned in neo4j/pom.xml, copied from Maven Central into one folder
// by `mvn dependency:copy-dependencies`. The pom is read on first use, never at import.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_LIB_DIR, POM } from './layout.js';

const LIB_MARKER = '.resolved-from-pom';

let version: string | undefined;

/** The Neo4j version, kept in one place: the neo4j.version property of neo4j/pom.xml. */
export function neo4jVersion(): string {
  if (version === undefined) {
    // The Docker image has no pom: there, NEO4J_URI must name the database.
    if (!existsSync(POM)) throw new Error(`No local Neo4j in this installation (${POM} is missing): set NEO4J_URI to your Neo4j`);
    const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
    if (!match?.[1]) throw new Error(`${POM} has no <neo4j.version> property`);
    version = match[1].trim();
  }
  return version;
}

export interface JarOptions {
  /** Jar folder; default <repo>/.neo4j/lib, so tests and the developer share one download. */
  libDir?: string;
  onProgress?: (line: string) => void;
}

/** Copies the jars listed in neo4j/pom.xml into libDir with Maven, unless they are already there. */
export async function ensureNeo4jJars(opts: JarOptions = {}): Promise<string> {
  const libDir = resolve(opts.libDir ?? DEFAULT_LIB_DIR);
  const progress = opts.onProgress ?? (() => {});
  const version = neo4jVersion();
  // The marker holds a hash of the pom, so a version bump or an added artifact resolves again.
  const stamp = `${version} ${createHash('sha256').update(await readFile(POM)).digest('hex')}\n`;
  const isCurrent = async () => (await readFile(join(libDir, LIB_MARKER), 'utf8').catch(() => '')) === stamp;
  if (await isCurrent()) return libDir;

  progress(`Resolving Neo4j ${version} jars with Maven into ${libDir} (first run only, may take minutes)…`);
  const started = Date.now();
  // Fill a fresh sibling folder and swap it in: jars of an older version never mix into the
  // classpath, and a concurrent start never sees a half-filled folder.
  await mkdir(dirname(libDir), { recursive: true });
  const partial = await mkdtemp(`${libDir}.partial-`);
  try {
    await runMaven(
      ['-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${partial}`],
      progress,
    );
    await writeFile(join(partial, LIB_MARKER), stamp);
    await rm(libDir, { recursive: true, force: true });
    await rename(partial, libDir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    if (await isCurrent()) return libDir; // another process finished the same resolution first
    throw error;
  }
  const jars = (await readdir(libDir)).filter((name) => name.endsWith('.jar')).length;
  progress(`Neo4j ${version}: ${jars} jars ready in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return libDir;
}

/** Runs mvn, reporting download counts as progress; fails with Maven's output. */
function runMaven(args: string[], progress: (line: string) => void): Promise<void> {
  return new Promise((done, fail) => {
    const mvn = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    let downloads = 0;
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        output.push(line);
        if (line.includes('Downloaded from ') && ++downloads % 50 === 0) progress(`… ${downloads} files downloaded`);
      }
    };
    mvn.stdout.on('data', collect);
    mvn.stderr.on('data', collect);
    mvn.on('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'ENOENT' ? new Error('mvn is not on PATH: install Apache Maven (apt-get install maven)') : error),
    );
    mvn.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`mvn ${args.join(' ')} failed (exit ${code}):\n${output.slice(-80).join('\n')}`));
    });
  });
}
