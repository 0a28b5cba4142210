// Apollo Server: the schema, error masking, and a plugin that tags every error with the request
// id, logs internal errors in full under that id, and (outside production) reports how many
// Neo4j round trips the request cost in `extensions.dbRoundTrips`.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Context } from '../schema/context.js';
import { formatError, isClientError, isRequestError } from './errors.js';
import { limitErrorsFirst } from './limit-errors.js';
import { REQUEST_LIMITS, requestProtection } from './security.js';

function requestPlugin(logger: Logger, reportRoundTrips: boolean): ApolloServerPlugin<Context> {
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

export function createApollo(schema: GraphQLSchema, httpServer: Server, config: Config, logger: Logger): ApolloServer<Context> {
  const includeStack = config.nodeEnv === 'development';
  const protection = requestProtection();
  return new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
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
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The IDE at /graphql is our own bundled GraphiQL, not Apollo's CDN-hosted Sandbox.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs cache control by default, and it wraps every field's resolver to collect
      // cache hints; we set none (answers are never cached), so that was pure per-field cost.
      ApolloServerPluginCacheControlDisabled(),
      requestPlugin(logger, config.nodeEnv !== 'production'),
    ],
  });
}
