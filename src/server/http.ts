// The HTTP server: /graphql (Apollo; POST and GET), /health (the process is up) and /ready
// (Neo4j answers, the schema is applied, the seeds are loaded), with one structured log line
// per request. Listening and stopping are here; choosing and preparing the database is not
// (see src/app.ts).
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { rateLimit } from 'express-rate-limit';
import { pinoHttp } from 'pino-http';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { REPO_ROOT } from '../paths.js';
import type { GraphExecutor } from '../graph/executor.js';
import { createServices } from '../graph/services.js';
import { buildGraphQLSchema } from '../schema/build-schema.js';
import type { Context } from '../schema/context.js';
import { createApollo } from './apollo.js';
import { crossOrigin, jsonPostsOnly } from './cross-origin.js';
import { httpCaching } from './http-cache.js';
import { ListSizeMonitor } from './cost.js';
import { securityHeaders } from './headers.js';
import { requestScope } from './request-scope.js';
import { TrustedDocuments } from './trusted-documents.js';

export interface Readiness {
  schemaApplied: boolean;
  seedsLoaded: boolean;
}

export interface HttpServer {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** The browser pages built by `vite build` (web/). */
const PUBLIC_DIR = join(REPO_ROOT, 'dist', 'public');

const REQUEST_ID = /^[\w.:-]{1,64}$/;

function bearerKey(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

export async function startHttpServer(
  config: Config,
  db: GraphExecutor,
  readiness: Readiness,
  logger: Logger,
): Promise<HttpServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETags by default: Express would hash every response body (SHA-1) to make one, milliseconds
  // for a large answer, and most GraphQL answers are POSTs that no cache revalidates. Cacheable GET
  // answers get theirs in http-cache.ts.
  app.set('etag', false);
  // Read before anything starts, so that a bad manifest stops start-up with its reason.
  const trusted = config.trustedDocuments ? TrustedDocuments.load(config.trustedDocuments) : null;
  if (trusted) logger.info({ path: config.trustedDocuments, documents: trusted.size }, 'only trusted documents run');
  const server = createServer(app);
  const listSizes = new ListSizeMonitor(db, config.limits.costStatsRefreshMs, logger);
  const apollo = createApollo(await buildGraphQLSchema(), server, config, logger, listSizes);
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url }), res: (res) => ({ statusCode: res.statusCode }) },
    }),
  );

  app.use(securityHeaders());

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    let neo4j = false;
    try {
      await db.read('RETURN 1 AS ok');
      neo4j = true;
    } catch {
      neo4j = false;
    }
    const ready = neo4j && readiness.schemaApplied && readiness.seedsLoaded;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', neo4j, ...readiness });
  });

  // The pages' bundles are large (Cytoscape, GraphiQL) and compress to a third.
  app.use('/static', compression(), express.static(PUBLIC_DIR, { index: false, immutable: true, maxAge: '1y' }));
  // The graph explorer (web/explorer): a client of the public GraphQL API like any other.
  app.get('/', (_req, res) => {
    res.sendFile(join(PUBLIC_DIR, 'explorer', 'index.html'));
  });
  if (config.graphiql) {
    // A browser opening /graphql gets the IDE; GraphQL clients (and GETs with a query) get Apollo.
    app.get('/graphql', (req, res, next) => {
      if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
      res.sendFile(join(PUBLIC_DIR, 'graphiql', 'index.html'));
    });
  }

  // Before the rate limit: a preflight is answered here and costs a client nothing.
  app.use('/graphql', crossOrigin(config.corsOrigins));

  if (config.rateLimitPerMinute > 0) {
    app.use(
      '/graphql',
      rateLimit({
        windowMs: 60_000,
        limit: config.rateLimitPerMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (req, res) => {
          res.status(429).json({
            errors: [
              {
                message: `Too many requests: at most ${config.rateLimitPerMinute} a minute per client; retry after the time in the RateLimit header`,
                extensions: { code: 'RATE_LIMITED', requestId: req.id },
              },
            ],
          });
        },
      }),
    );
  }

  const keys = new Set(config.apiKeys);
  const authenticated = (req: Request) => {
    const key = bearerKey(req.headers.authorization);
    return key !== null && keys.has(key);
  };
  // A request with a valid API key may send a larger body (importGraph's batches at their stated
  // maximum); everyone else keeps BODY_LIMIT_KB. The key is checked before the body is read.
  const json = express.json({ limit: `${config.http.bodyLimitKb}kb` });
  const authenticatedJson = express.json({ limit: `${config.http.authenticatedBodyLimitKb}kb` });
  app.use(
    '/graphql',
    httpCaching,
    jsonPostsOnly,
    // gzip or brotli, as the client prefers, for answers over 1 KB (smaller ones gain too little).
    compression({ threshold: 1024 }),
    (req, res, next) => (authenticated(req) ? authenticatedJson : json)(req, res, next),
    ...(trusted ? [trusted.middleware()] : []),
    requestScope,
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => ({
        requestId: String(req.id),
        services: createServices(db.scoped({ timeoutMs: config.limits.requestTimeoutMs, requestId: String(req.id) })),
        authenticated: authenticated(req),
      }),
    }),
  );

  // Any other path: a JSON error like every other, with the request id (not Express's HTML page).
  app.use((req: Request, res: Response) => {
    res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND', requestId: req.id } }] });
  });

  // Errors outside GraphQL (a body that is not JSON, too large, ...) as JSON, never a stack trace.
  app.use((error: { status?: number; type?: string; message?: string }, req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500;
    const limitKb = authenticated(req) ? config.http.authenticatedBodyLimitKb : config.http.bodyLimitKb;
    const message =
      error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON'
        : status === 413
          ? `The request body is larger than ${limitKb} KB`
          : status < 500
            ? (error.message ?? 'Bad request')
            : 'Internal server error';
    if (status >= 500) req.log.error({ err: error }, 'unhandled error');
    res.status(status).json({
      errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR', requestId: req.id } }],
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host;
  return {
    server,
    url: `http://${host}:${port}`,
    // Apollo's drain plugin stops new connections and waits for in-flight requests.
    stop: () => apollo.stop(),
  };
}
