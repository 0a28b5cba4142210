// What clients see of errors. Errors that are about the request (bad input, not found, no key,
// database unavailable) keep their message and code; anything else is an internal error: the
// client gets a generic message, its code and the request id, and the details go to the log
// under the same id (see the plugin in apollo.ts).
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { ErrorCode } from '../graph/errors.js';
import { currentRequestId } from './request-scope.js';
import { withoutSuggestion } from './suggestions.js';

/** Codes whose messages are written for clients (ours, and Apollo's request errors). */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function flatten(errors: ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

export function isClientError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

/**
 * graphql-js's own errors during execution (an argument that cannot be coerced, say
 * `detach: null` for a Boolean!) have no code and wrap nothing: they are about the request.
 */
export function isRequestError(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && error.extensions?.code === undefined;
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  includeStack: boolean,
  hideSuggestions = false,
): GraphQLFormattedError {
  const shown = clientView(formatted, error, includeStack);
  const requestId = currentRequestId();
  return {
    ...shown,
    message: hideSuggestions ? withoutSuggestion(shown.message) : shown.message,
    ...(requestId ? { extensions: { ...shown.extensions, requestId } } : {}),
  };
}

function clientView(formatted: GraphQLFormattedError, error: unknown, includeStack: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const problems = flatten(original.extensions.validationErrors as ValidationError[]);
    return {
      message: `Invalid argument: ${problems.map((p) => p.problems.join('; ')).join('; ')}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, validation: problems },
    };
  }
  if (isRequestError(original)) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (isClientError(formatted)) {
    if (includeStack) return formatted;
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(includeStack ? { stacktrace: formatted.extensions?.stacktrace, detail: formatted.message } : {}),
    },
  };
}
