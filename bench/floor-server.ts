// The floor: what the benchmark's queries cost without GraphQL. A bare node:http server that
// runs the SAME Cypher as the GraphQL server, through the same graph services (src/graph), in
// the same order of round trips as the resolvers and their loaders, and answers the same JSON as
// the GraphQL response (`{"data": ...}` for the benchmark's selections). Anything the GraphQL
// server costs beyond this is the price of GraphQL (parsing, validation, execution, resolvers).
//
// POST /<query name> with the query's variables as the JSON body. Configuration as the server's
// (src/config.ts): NEO4J_URI, NEO4J_PASSWORD, PORT, ...; GET /ready answers once Neo4j does.
import 'reflect-metadata';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { createServices } from '../src/graph/services.js';
import { HANDLERS } from './floor-handlers.js';
import type { QueryName, Vars } from './queries.js';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/** The floor's HTTP server over `db` (not listening yet). */
export function createFloorServer(db: GraphExecutor): Server {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (req.method === 'GET' && req.url === '/ready') {
          await db.read('RETURN 1 AS ok');
          return send(res, 200, { status: 'ready' });
        }
        const name = (req.url ?? '').slice(1) as QueryName;
        const handler = req.method === 'POST' ? HANDLERS[name] : undefined;
        if (!handler) return send(res, 404, { error: 'not found' });
        const vars = JSON.parse(await readBody(req)) as Vars;
        // A fresh set of services per request, as the GraphQL server makes per request.
        send(res, 200, { data: await handler(createServices(db.scoped()), vars) });
      } catch (error) {
        send(res, 500, { error: (error as Error).message });
      }
    })();
  });
  server.keepAliveTimeout = 60_000;
  return server;
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('set NEO4J_URI');
  const driver = createDriver(config.neo4j.uri, config.neo4j);
  const server = createFloorServer(new GraphExecutor(driver, config.neo4j.database, config.neo4j.txTimeoutMs));
  await new Promise<void>((resolve) => server.listen(config.http.port, config.http.host, resolve));
  const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

// Run as a program (the benchmark starts it as a child process), not when imported.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
