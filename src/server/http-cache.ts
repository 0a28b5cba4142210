// HTTP caching of GraphQL answers: GET queries that anyone may read are cacheable for a short
// while (HTTP_CACHE_MAX_AGE), by browsers and by CDNs in front of the server, and revalidate with
// an ETag (304 Not Modified when it still matches). Everything else is `no-store`: POSTs,
// mutations (POST only anyway), answers with errors, and any request carrying Authorization.
//
// The policy is one per response, set in a plugin from what the request is. Apollo's cache-control
// plugin would give the same answer here (no field sets a hint, so every answer would get its
// default max-age), but it wraps every field's resolver to collect hints: a cost on every field of
// every request, POSTs included, to compute a constant. apollo.ts keeps it disabled. Should some
// field ever need a shorter life than the rest, that plugin (with @cacheControl hints) is the way.
//
// ETags are made only for answers marked cacheable, so no other answer pays for hashing its body
// (which is why Express's own, app-wide ETags stay off).
import type { ApolloServerPlugin } from '@apollo/server';
import etag from 'etag';
import type { NextFunction, Request, Response } from 'express';
import type { Context } from '../schema/context.js';

const NO_STORE = 'no-store';

export function cacheControlPlugin(maxAgeSeconds: number): ApolloServerPlugin<Context> {
  const cacheable = `public, max-age=${maxAgeSeconds}`;
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation }) {
          const read =
            request.http?.method === 'GET' &&
            operation?.operation === 'query' &&
            !request.http.headers.get('authorization') &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length &&
            (response.http.status ?? 200) === 200;
          response.http.headers.set('cache-control', read ? cacheable : NO_STORE);
        },
      };
    },
  };
}

/**
 * Express middleware for /graphql: `no-store` unless the plugin says otherwise (for answers Apollo
 * never sees: a refused mutation over GET, a body that is not JSON), `Vary: Accept` (the answer's
 * media type and status depend on it), and for cacheable answers an ETag, which Express's
 * res.send compares with If-None-Match to answer 304.
 */
export function httpCaching(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('cache-control', NO_STORE);
  if (req.method !== 'GET' && req.method !== 'HEAD') return next();
  res.vary('Accept');
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const policy = String(res.getHeader('cache-control'));
    if (res.statusCode === 200 && policy.startsWith('public') && (typeof body === 'string' || Buffer.isBuffer(body))) {
      res.setHeader('etag', etag(body, { weak: true }));
    }
    return send(body);
  };
  next();
}
