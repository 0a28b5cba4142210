// Builds the project the way `docker build` would, without a Docker engine: reads the Dockerfile
// (dockerfile-ast), lays out each stage in a folder of its own, copies into it exactly what COPY
// names (filtered by .dockerignore, with Docker's own matching rules from @balena/dockerignore),
// and runs the RUN steps there with the stage's ENV. What it cannot imitate (another base image,
// an instruction it does not know) fails loudly rather than being skipped.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, posix, relative } from 'node:path';
import { DockerfileParser, type Copy, type Env, type From, type Instruction, type JSONInstruction } from 'dockerfile-ast';

// A CommonJS module whose types declare an ES default export: load it the CommonJS way.
const ignore = createRequire(import.meta.url)('@balena/dockerignore') as typeof import('@balena/dockerignore').default;

export interface Stage {
  name: string | null;
  image: string;
  /** The stage's filesystem root on this machine; container path /app is <root>/app. */
  root: string;
  /** Container path of the current WORKDIR. */
  workdir: string;
  env: Record<string, string>;
  cmd?: string[];
}

/** A stage's container path as a path on this machine. */
export const hostPath = (stage: Stage, containerPath: string) => join(stage.root, posix.resolve(stage.workdir, containerPath));

/** The build-context paths that the Dockerfile's COPY instructions name (those without --from). */
export function contextSources(dockerfilePath: string): string[] {
  const copies = DockerfileParser.parse(readFileSync(dockerfilePath, 'utf8')).getCOPYs();
  return copies.filter((copy) => !copy.getFromFlag()).flatMap((copy) => copySources(copy).map((source) => posix.normalize(source)));
}

/** The base images of the Dockerfile's stages. */
export function baseImages(dockerfilePath: string): string[] {
  return DockerfileParser.parse(readFileSync(dockerfilePath, 'utf8'))
    .getFROMs()
    .map((from) => from.getImage() ?? '');
}

const copySources = (copy: Copy) => copy.getArguments().slice(0, -1).map((arg) => arg.getValue());

/** Reads .dockerignore as Docker does: a path is left out of the build context when this says so. */
export function dockerignore(contextDir: string): (path: string) => boolean {
  const file = join(contextDir, '.dockerignore');
  const rules = ignore().add(existsSync(file) ? readFileSync(file, 'utf8') : '');
  return (path) => rules.ignores(path);
}

/** The env a RUN step starts from: what the node image sets, not this test process's (vitest sets NODE_ENV=test). */
function baseEnv(home: string): Record<string, string> {
  const passed = ['PATH', 'NODE_EXTRA_CA_CERTS', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];
  const env: Record<string, string> = { HOME: home };
  for (const name of passed) if (process.env[name]) env[name] = process.env[name];
  return env;
}

export function run(argv: string[], cwd: string, env: Record<string, string>, log: (line: string) => void): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const collect = (chunk: Buffer) => output.push(chunk.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', fail);
    child.on('close', (code) => {
      const text = output.join('');
      log(text);
      if (code === 0) done();
      else fail(new Error(`${argv.join(' ')} failed (exit ${code}) in ${cwd}:\n${text.split('\n').slice(-40).join('\n')}`));
    });
  });
}

/** Copies `source` (a file or folder) to `target` on this machine, leaving out what `keep` refuses. */
function copyTree(source: string, target: string, keep: (path: string) => boolean): void {
  if (!statSync(source).isDirectory()) {
    if (keep(source)) cpSync(source, target);
    return;
  }
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (keep(join(source, name))) copyTree(join(source, name), join(target, name), keep);
  }
}

function copy(instruction: Copy, stage: Stage, stages: Stage[], contextDir: string, ignored: (path: string) => boolean): void {
  const unknownFlags = instruction.getFlags().filter((flag) => !['from', 'chown'].includes(flag.getName()));
  if (unknownFlags.length) throw new Error(`COPY ${unknownFlags.map((f) => `--${f.getName()}`).join(' ')} is not imitated here`);
  const args = instruction.getArguments().map((arg) => arg.getValue());
  const dest = args.at(-1)!;
  const sources = copySources(instruction);
  const fromName = instruction.getFromFlag()?.getValue();
  const from = fromName === undefined ? undefined : stages.find((s) => s.name === fromName || String(stages.indexOf(s)) === fromName);
  if (fromName !== undefined && !from) throw new Error(`COPY --from=${fromName}: no such stage before it`);
  const intoFolder = dest.endsWith('/') || sources.length > 1;
  for (const source of sources) {
    const hostSource = from ? hostPath(from, source) : join(contextDir, source);
    if (!existsSync(hostSource)) throw new Error(`COPY ${source}: not found ${from ? `in stage ${fromName}` : 'in the build context'}`);
    const keep = from ? () => true : (path: string) => !ignored(relative(contextDir, path));
    if (!keep(hostSource)) throw new Error(`COPY ${source}: excluded by .dockerignore`);
    const target = hostPath(stage, dest);
    const isFolder = statSync(hostSource).isDirectory();
    mkdirSync(isFolder || intoFolder ? target : join(target, '..'), { recursive: true });
    copyTree(hostSource, !isFolder && intoFolder ? join(target, basename(source)) : target, keep);
  }
}

/**
 * Builds every stage of `<contextDir>/Dockerfile` under `outDir` and returns the last one (the
 * image): its folder, WORKDIR, ENV and CMD. RUN steps get HOME=<outDir>/home, shared by the stages
 * like a fresh /root, so nothing here reads or cleans this machine's own npm cache.
 */
export async function buildLikeDocker(contextDir: string, outDir: string, log: (line: string) => void = () => {}): Promise<Stage> {
  const dockerfile = DockerfileParser.parse(readFileSync(join(contextDir, 'Dockerfile'), 'utf8'));
  const ignored = dockerignore(contextDir);
  const home = join(outDir, 'home');
  mkdirSync(home, { recursive: true });
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const from = instruction as From;
      stage = { name: from.getBuildStage(), image: from.getImage() ?? '', root: join(outDir, `stage-${stages.length}`), workdir: '/', env: {} };
      mkdirSync(stage.root, { recursive: true });
      stages.push(stage);
      continue;
    }
    if (!stage) throw new Error(`${keyword} before FROM`);
    switch (keyword) {
      case 'WORKDIR':
        stage.workdir = posix.resolve(stage.workdir, argumentText(instruction));
        mkdirSync(hostPath(stage, '.'), { recursive: true });
        break;
      case 'ENV':
        for (const property of (instruction as Env).getProperties()) stage.env[property.getName()] = property.getValue() ?? '';
        break;
      case 'COPY':
        copy(instruction as Copy, stage, stages, contextDir, ignored);
        break;
      case 'RUN':
        log(`RUN ${argumentText(instruction)} (stage ${stage.name ?? stages.length - 1})`);
        await run(commandLine(instruction), hostPath(stage, '.'), { ...baseEnv(home), ...stage.env }, log);
        break;
      case 'CMD':
        stage.cmd = commandLine(instruction);
        break;
      case 'USER': // a user of the image; here the steps run as whoever runs the tests
      case 'EXPOSE':
        break;
      default:
        throw new Error(`Dockerfile instruction ${keyword} is not imitated by tests/helpers/dockerfile.ts`);
    }
  }
  if (!stage) throw new Error('Dockerfile has no FROM');
  return stage;
}

const argumentText = (instruction: Instruction) => instruction.getArgumentsContent() ?? '';

/** The exec form as it stands; the shell form through /bin/sh -c, as Docker runs it. */
function commandLine(instruction: Instruction): string[] {
  const json = (instruction as JSONInstruction).getJSONStrings().map((s) => s.getJSONValue());
  return json.length ? json : ['/bin/sh', '-c', argumentText(instruction)];
}

/** The environment of a container started from `stage` with `docker run -e …` overrides. */
export function containerEnv(stage: Stage, outDir: string, overrides: Record<string, string>): Record<string, string> {
  return { ...baseEnv(join(outDir, 'home')), ...stage.env, ...overrides };
}
