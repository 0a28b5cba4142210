// The request id where Express's `req` is out of reach: Apollo answers some requests before any
// resolver or plugin sees them (a mutation over GET, a refused batch) and formats those errors with
// nothing but the error in hand. The id pino-http gave the request is kept for the rest of its
// handling, so that formatError can tag every error with it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

const scope = new AsyncLocalStorage<string>();

/**
 * Express middleware; mount it after the body parser, whose stream callbacks run outside the
 * request's async context.
 */
export function requestScope(req: Request, _res: Response, next: NextFunction): void {
  scope.run(String(req.id), next);
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore();
}
