// The Docker image, built without a Docker engine (tests/helpers/dockerfile.ts): exactly the files
// that the Dockerfile copies, through .dockerignore, its own RUN steps (npm ci, npm run build, the
// runtime stage's production install), then its CMD started against the test Neo4j, with only
// what `docker run -e` would add. Takes a few minutes: two npm installs from an empty cache.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import { baseImages, buildLikeDocker, containerEnv, contextSources, dockerignore, hostPath, type Stage } from '../helpers/dockerfile.js';
import { freePort } from '../helpers/ports.js';

const DOCKERFILE = join(REPO_ROOT, 'Dockerfile');

describe('Dockerfile and .dockerignore', () => {
  it('copy the same files: everything the context lets in is copied, and nothing copied is left out', () => {
    const ignored = dockerignore(REPO_ROOT);
    const sources = contextSources(DOCKERFILE);
    expect(sources.filter((source) => ignored(source))).toEqual([]);
    const inContext = readdirSync(REPO_ROOT).filter((name) => !ignored(name) && !['Dockerfile', '.dockerignore'].includes(name));
    expect(inContext.sort()).toEqual([...new Set(sources)].sort());
  });

  it('never send dependencies, builds, the local Neo4j or secrets', () => {
    const ignored = dockerignore(REPO_ROOT);
    for (const path of ['node_modules/express/package.json', 'dist/src/index.js', '.neo4j/lib', '.env', 'backups/x/neo4j.dump', 'neo4j/pom.xml']) {
      expect(ignored(path), path).toBe(true);
    }
  });

  it('build on the Node major version that runs these tests (the steps below run on it)', () => {
    const major = process.versions.node.split('.')[0];
    for (const image of baseImages(DOCKERFILE)) expect(image).toMatch(new RegExp(`^node:${major}[.-]`));
  });
});

describe('the image, built from the Dockerfile and started', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'sahel-graph-docker-'));
  let image: Stage;
  let server: ChildProcess | undefined;
  let url = '';
  const output: string[] = [];

  beforeAll(async () => {
    image = await buildLikeDocker(REPO_ROOT, outDir, (line) => output.push(line));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // As `docker run -e …`: the test Neo4j, and loopback instead of the image's 0.0.0.0.
    const env = containerEnv(image, outDir, {
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      HOST: '127.0.0.1',
      PORT: String(port),
    });
    const [command, ...args] = image.cmd ?? expect.fail('the image has no CMD');
    server = spawn(command!, args, { cwd: hostPath(image, '.'), env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    // Ready once the schema is applied and the seeds are loaded (SEED_ON_START defaults to true).
    const deadline = Date.now() + 120_000;
    while ((await fetch(`${url}/ready`).then((res) => res.status, () => 0)) !== 200) {
      if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${output.slice(-20).join('')}`);
      if (Date.now() > deadline) throw new Error(`/ready never answered 200:\n${output.slice(-20).join('')}`);
      await sleep(500);
    }
  }, 900_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server!.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(outDir, { recursive: true, force: true });
  });

  it('holds the compiled server and pages, production dependencies only, and no sources or local Neo4j', () => {
    const app = hostPath(image, '.');
    expect(image.env.NODE_ENV).toBe('production');
    expect(existsSync(join(app, 'dist', 'src', 'index.js'))).toBe(true);
    expect(existsSync(join(app, 'dist', 'public', 'explorer', 'index.html'))).toBe(true);
    expect(existsSync(join(app, 'node_modules', 'express'))).toBe(true);
    expect(existsSync(join(app, 'node_modules', 'vite'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'typescript'))).toBe(false);
    for (const absent of ['src', 'web', 'neo4j', '.neo4j']) expect(existsSync(join(app, absent)), absent).toBe(false);
  });

  it('answers /ready and serves the explorer page with its scripts', async () => {
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', schemaApplied: true, seedsLoaded: true });

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<title>Sahel Graph · Explorer</title>');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const res = await fetch(new URL(script, url));
      expect(res.status, script).toBe(200);
      expect(res.headers.get('content-type'), script).toContain('javascript');
    }
  });

  it('answers GraphQL from the seeded graph, as production (no introspection)', async () => {
    const post = (query: string) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
        async (res) => ({ status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string }[] } }),
      );
    expect(await post('{ actor(id: "russia") { id name } }')).toEqual({ status: 200, body: { data: { actor: { id: 'russia', name: 'Russia' } } } });
    const introspection = await post('{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('without NEO4J_URI, stops at once and says to set it (the image has no local Neo4j)', async () => {
    // Free ports: nothing answers where it first looks for a running Neo4j, so it would start its own.
    const env = containerEnv(image, outDir, {
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HTTP_PORT: String(await freePort()),
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
    });
    const [command, ...args] = image.cmd!;
    const child = spawn(command!, args, { cwd: hostPath(image, '.'), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk));
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk));
    const code = await new Promise((done) => child.once('close', done));
    expect(code).toBe(1);
    expect(printed).toContain('No local Neo4j in this installation');
    expect(printed).toContain('set NEO4J_URI to your Neo4j');
  });

  it('never touched the local Neo4j, which the image does not have', () => {
    expect(existsSync(join(hostPath(image, '.'), '.neo4j'))).toBe(false);
    expect(output.join('')).not.toMatch(/local Neo4j|pom\.xml/);
  });
});
