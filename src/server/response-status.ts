// Status codes per the GraphQL-over-HTTP spec, which ties them to the media type of the answer.
// Under `application/graphql-response+json` a request that never executes (its document does not
// parse or validate, its variables do not coerce, it is over a limit) is a 400, as Apollo answers.
// Under `application/json`, the legacy type many clients and proxies still get, the spec asks for
// 200 with the errors in the body: such clients read only 200 bodies. The media type is chosen
// with the same negotiator and the same preference order as Apollo's (ApolloServer.ts,
// chooseContentTypeForSingleResultResponse), and set here so that both always agree. HTTP-level
// refusals (a body that is not JSON, a mutation over GET, a batch, no query at all: code
// BAD_REQUEST) are not GraphQL requests and keep their 4xx, as do 413, 429 and 5xx.
import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';
import { ErrorCode } from '../graph/errors.js';
import type { Context } from '../schema/context.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/** Codes of a request that is well-formed HTTP but not a runnable operation. */
const REQUEST_ERROR_CODES = new Set<unknown>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COSTLY,
]);

/** The answer's media type for an `accept` header, as Apollo picks it; null when neither is acceptable. */
export function answerMediaType(accept: string | undefined): string | null {
  if (!accept) return JSON_TYPE;
  return new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE]) ?? null;
}

export function responseStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single' || response.http.status !== 400) return;
          const type = answerMediaType(request.http?.headers.get('accept'));
          // Leave what Apollo does with an unacceptable accept header (406) to Apollo.
          if (type === null) return;
          response.http.headers.set('content-type', type);
          const errors = response.body.singleResult.errors ?? [];
          const requestError = errors.length > 0 && errors.every((e) => REQUEST_ERROR_CODES.has(e.extensions?.code));
          if (type === JSON_TYPE && requestError) response.http.status = 200;
        },
      };
    },
  };
}
