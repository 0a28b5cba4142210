// The peer: the Neo4j GraphQL Library (@neo4j/graphql 7) on Apollo Server over Express, like our
// server, over the same database (type definitions in bench/peer-schema.ts). No request logging
// and no auth, so it carries no more per-request work than the library itself needs.
// Configuration as the server's (src/config.ts): NEO4J_URI, NEO4J_PASSWORD, PORT, ...
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { createServer } from 'node:http';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { PEER_TYPE_DEFS } from './peer-schema.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('set NEO4J_URI');
  const driver = createDriver(config.neo4j.uri, config.neo4j);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const app = express();
  const server = createServer(app);
  const apollo = new ApolloServer({ schema, csrfPrevention: true, introspection: false });
  await apollo.start();
  app.get('/ready', (_req, res) => {
    driver.executeQuery('RETURN 1').then(
      () => res.json({ status: 'ready' }),
      () => res.status(503).json({ status: 'not ready' }),
    );
  });
  app.use(
    '/graphql',
    express.json({ limit: `${config.http.bodyLimitKb}kb` }),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: config.neo4j.database } }) }),
  );
  await new Promise<void>((resolve) => server.listen(config.http.port, config.http.host, resolve));
  const stop = () => void apollo.stop().then(() => driver.close()).then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

await main();
