// Cross-origin use of /graphql, and what is left of CSRF protection once it is allowed.
//
// The API authenticates with bearer keys (Authorization header), never cookies, so a page on
// another site that calls it gets nothing the same request from curl would not: a browser adds no
// credentials of ours to it. CORS therefore lets any origin read answers by default (without
// credentials; CORS_ORIGINS narrows it to a list), and Apollo's csrfPrevention, which exists to
// protect cookie sessions and blocks the plain GETs that urql and Apollo Client send, is off.
// What still protects something is kept here and in Apollo: mutations only over POST (Apollo
// answers 405 to one over GET), and a POST only with a JSON body, so an HTML form (which can only
// send urlencoded, multipart or text/plain bodies) never reaches GraphQL at all.
import cors from 'cors';
import type { NextFunction, Request, Response } from 'express';

/** Headers a page may send: the API key, JSON bodies, our request id, Apollo clients' own. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
];

/** Headers a page may read: the request id to report, and where it stands with the rate limit. */
const EXPOSED_HEADERS = ['x-request-id', 'ratelimit', 'ratelimit-policy', 'retry-after'];

export function crossOrigin(origins: '*' | string[]) {
  return cors({
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    // Browsers cap it (Chromium at 2 hours); ten minutes spares most preflights.
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}

function isJson(req: Request): boolean {
  // The header itself (req.is() answers null for a POST without a body, which Apollo reports better).
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * A POST to /graphql must say its body is JSON: forms cannot, and a body Express did not parse
 * would otherwise reach Apollo as nothing at all.
 */
export function jsonPostsOnly(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'POST' || isJson(req)) return next();
  res.status(415).json({
    errors: [
      {
        message: 'A POST to /graphql must have Content-Type: application/json',
        extensions: { code: 'BAD_REQUEST', requestId: req.id },
      },
    ],
  });
}
