// The only reader of process.env. Every setting is typed and checked here, so a wrong value
// stops start-up with one line naming the variable and what is wrong with it, instead of a
// stack trace from deep inside the driver later.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const port = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').positive('must be positive');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USERNAME: z.string().min(1, 'must not be empty').default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j refuses shorter ones)').default('sahelgraph'),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.\-]{0,62}$/, 'must be a valid Neo4j database name').default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_TX_TIMEOUT_MS: positiveInt.default(15000),
  NEO4J_ACQUISITION_TIMEOUT_MS: positiveInt.default(5000),
  // Java for the local Neo4j only (src/db/local-neo4j/java.ts checks the version when it starts).
  NEO4J_JAVA_HOME: z.string().optional(),
  JAVA_HOME: z.string().optional(),
  PORT: port.default(4000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  BODY_LIMIT_KB: positiveInt.default(100),
  AUTHENTICATED_BODY_LIMIT_KB: positiveInt.default(4096),
  LOG_LEVEL: z
    .enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], {
      message: 'must be one of trace, debug, info, warn, error, fatal, silent',
    })
    .default('info'),
  SEED_ON_START: boolean.default(true),
  API_KEYS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((k) => k.trim())
        .filter((k) => k.length > 0),
    )
    .refine((keys) => keys.every((k) => k.length >= 16), 'each key must be at least 16 characters'),
  GRAPHIQL: boolean.optional(),
  INTROSPECTION: boolean.optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (off) or more').optional(),
  SHUTDOWN_GRACE_MS: positiveInt.default(10000),
  QUERY_COST_LIMIT: positiveInt.default(50000),
  REQUEST_TIMEOUT_MS: positiveInt.default(10000),
  RESPONSE_LIMIT_KB: positiveInt.default(5120),
  COST_STATS_REFRESH_MS: positiveInt.default(300000),
  HTTP_CACHE_MAX_AGE: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').default(60),
  TRUSTED_DOCUMENTS: z.string().optional(),
  CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o.length > 0),
    )
    .refine(
      (origins) => (origins.length === 1 && origins[0] === '*') || origins.every((o) => /^https?:\/\/[^/\s*]+$/.test(o)),
      'must be * or a comma-separated list of origins such as https://app.example.org (scheme and host, no path)',
    ),
});

export type Env = z.input<typeof schema>;

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  neo4j: {
    /** undefined: pick one at start (reuse a local server or provision one). */
    uri: string | undefined;
    username: string;
    password: string;
    database: string;
    boltPort: number;
    httpPort: number;
    txTimeoutMs: number;
    acquisitionTimeoutMs: number;
  };
  /** The local Neo4j started when NEO4J_URI is unset. */
  localNeo4j: {
    /** Where to look for Java 21+: NEO4J_JAVA_HOME, else JAVA_HOME if new enough, else /usr/lib/jvm. */
    java: { neo4jJavaHome: string | undefined; javaHome: string | undefined };
  };
  http: {
    port: number;
    host: string;
    bodyLimitKb: number;
    /** Requests with a valid API key (importGraph's batches); never below bodyLimitKb. */
    authenticatedBodyLimitKb: number;
  };
  logLevel: string;
  seedOnStart: boolean;
  apiKeys: string[];
  /** Serve GraphiQL to browsers at /graphql (needs introspection). */
  graphiql: boolean;
  introspection: boolean;
  /** Requests per minute per client on /graphql; 0 turns the limit off. */
  rateLimitPerMinute: number;
  shutdownGraceMs: number;
  /** Origins whose pages may read answers from /graphql: '*' for any (no credentials are ever involved). */
  corsOrigins: '*' | string[];
  /** A manifest of the only operations that may run (src/server/trusted-documents.ts); undefined: any. */
  trustedDocuments: string | undefined;
  /** Seconds a GET query's answer may be reused by browsers and CDNs (src/server/http-cache.ts). */
  httpCacheMaxAge: number;
  limits: {
    /** Largest estimated cost a request may have (src/server/cost.ts). */
    queryCost: number;
    /** Deadline of one request, its database work included. */
    requestTimeoutMs: number;
    /** Largest answer, in bytes of JSON. */
    responseBytes: number;
    /** How often the list sizes the cost is estimated with are read again from the graph. */
    costStatsRefreshMs: number;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from `env` (process.env plus .env by default). Throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined> = readEnv()): Config {
  // Empty strings count as unset, as they do in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    const raw = env[variable];
    const shown = raw === undefined || variable.includes('PASSWORD') || variable.includes('KEYS') ? '' : ` (got "${raw}")`;
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}${shown}`);
  }
  const e = parsed.data;
  // Production hides the schema (introspection and GraphiQL) unless asked; development shows it.
  const introspection = e.INTROSPECTION ?? e.NODE_ENV !== 'production';
  return {
    nodeEnv: e.NODE_ENV,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
    },
    localNeo4j: { java: { neo4jJavaHome: e.NEO4J_JAVA_HOME, javaHome: e.JAVA_HOME } },
    http: {
      port: e.PORT,
      host: e.HOST,
      bodyLimitKb: e.BODY_LIMIT_KB,
      authenticatedBodyLimitKb: Math.max(e.AUTHENTICATED_BODY_LIMIT_KB, e.BODY_LIMIT_KB),
    },
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    apiKeys: e.API_KEYS,
    graphiql: e.GRAPHIQL ?? introspection,
    introspection,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? (e.NODE_ENV === 'test' ? 0 : 600),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    corsOrigins: e.CORS_ORIGINS[0] === '*' ? '*' : e.CORS_ORIGINS,
    httpCacheMaxAge: e.HTTP_CACHE_MAX_AGE,
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    limits: {
      queryCost: e.QUERY_COST_LIMIT,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      responseBytes: e.RESPONSE_LIMIT_KB * 1024,
      costStatsRefreshMs: e.COST_STATS_REFRESH_MS,
    },
  };
}

function readEnv(): Record<string, string | undefined> {
  // .env fills in only what the real environment leaves unset.
  const fromFile = loadDotenv({ quiet: true, processEnv: {} }).parsed ?? {};
  return { ...fromFile, ...process.env };
}
