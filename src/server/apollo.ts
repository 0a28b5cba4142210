// Apollo Server: the schema, error masking, the cost limit, and a plugin that tags every error
// with the request id, logs internal errors in full under that id, refuses answers over the size
// cap, and (outside production) reports how many Neo4j round trips the request cost in
// `extensions.dbRoundTrips`.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Context } from '../schema/context.js';
import { ErrorCode } from '../graph/errors.js';
import { costPlugin, type ListSizeMonitor } from './cost.js';
import { formatError, isClientError, isRequestError } from './errors.js';
import { cacheControlPlugin } from './http-cache.js';
import { limitErrorsFirst } from './limit-errors.js';
import { jsonSizeOver } from './json-size.js';
import { responseStatusPlugin } from './response-status.js';
import { REQUEST_LIMITS, requestProtection } from './security.js';

function requestPlugin(logger: Logger, reportRoundTrips: boolean, responseBytes: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (isRequestError(error) || (typeof code === 'string' && isClientError({ message: error.message, extensions: { code } }))) continue;
            logger.error({ requestId: contextValue.requestId, operationName, err: error.originalError ?? error, path: error.path }, 'internal error');
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          // Counted before it is serialised, stopping at the cap: an answer over it is never
          // turned into one huge string that holds the event loop.
          if (response.body.singleResult.data && jsonSizeOver(response.body.singleResult, responseBytes)) {
            logger.warn({ requestId: contextValue.requestId, limitBytes: responseBytes }, 'answer over the size cap');
            response.body.singleResult = {
              errors: [
                {
                  message: `The answer is larger than ${Math.round(responseBytes / 1024)} KB: ask for fewer items (first, limit), fewer fields, or split the query.`,
                  extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, limitBytes: responseBytes },
                },
              ],
            };
          }
          const result = response.body.singleResult;
          for (const error of result.errors ?? []) {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
          if (reportRoundTrips && contextValue.services) {
            result.extensions = { ...result.extensions, dbRoundTrips: contextValue.services.db.roundTrips };
          }
        },
      };
    },
  };
}

export function createApollo(
  schema: GraphQLSchema,
  httpServer: Server,
  config: Config,
  logger: Logger,
  listSizes: ListSizeMonitor,
): ApolloServer<Context> {
  const includeStack = config.nodeEnv === 'development';
  const protection = requestProtection();
  return new ApolloServer<Context>({
    schema,
    // Off: it guards cookie sessions, which this API has none of, and blocks the plain GETs
    // frontend clients send; what still matters is kept in cross-origin.ts.
    csrfPrevention: false,
    allowBatchedHttpRequests: false,
    introspection: config.introspection,
    maxRecursiveSelections: REQUEST_LIMITS.recursiveSelections,
    parseOptions: { maxTokens: REQUEST_LIMITS.tokens },
    validationRules: protection.validationRules,
    includeStacktraceInErrorResponses: includeStack,
    formatError: (formatted, error) => formatError(formatted, error, includeStack, config.nodeEnv === 'production'),
    plugins: [
      ...protection.plugins,
      limitErrorsFirst(protection.validationRules),
      costPlugin({ budget: config.limits.queryCost, monitor: listSizes, report: config.nodeEnv !== 'production' }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The IDE at /graphql is our own bundled GraphiQL, not Apollo's CDN-hosted Sandbox.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs cache control by default, and it wraps every field's resolver to collect
      // cache hints; we set none, so that was pure per-field cost. One policy per answer instead:
      ApolloServerPluginCacheControlDisabled(),
      cacheControlPlugin(config.httpCacheMaxAge),
      requestPlugin(logger, config.nodeEnv !== 'production', config.limits.responseBytes),
      // Last: it reads the final errors.
      responseStatusPlugin(),
    ],
  });
}
