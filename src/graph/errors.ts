// Errors that reach clients. Each carries `extensions.code`; anything else that escapes a
// resolver is logged with its details and masked as INTERNAL_SERVER_ERROR (src/server/errors.ts).
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  /** The request's deadline (REQUEST_TIMEOUT_MS) passed; its transactions were stopped. */
  TIMEOUT: 'TIMEOUT',
  /** The request's estimated cost is over the budget (QUERY_COST_LIMIT); nothing ran. */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** The answer would be larger than RESPONSE_LIMIT_KB. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, originalError?: Error) {
    super(message, { extensions: { ...extensions, code }, ...(originalError ? { originalError } : {}) });
  }
}

export const badInput = (message: string, extensions?: Record<string, unknown>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, extensions);
export const notFound = (what: string, id: string) => new AppError(ErrorCode.NOT_FOUND, `${what} "${id}" does not exist`, { id });

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Turns a driver error into a client error where it is the client's or the database's state. */
export function mapDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (UNAVAILABLE.has(code) || /acquisition|connect|ECONNREFUSED|Pool is closed/i.test(error.message)) {
      return new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly.', {}, error);
    }
    // A transaction stopped at its timeout while waiting for a lock reports LockClientStopped.
    if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated') || code.includes('LockClientStopped')) {
      return new AppError(ErrorCode.DATABASE_TIMEOUT, 'The query took too long and was stopped.', {}, error);
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new AppError(ErrorCode.CONFLICT, 'That would duplicate an existing id.');
    }
  }
  return error;
}
