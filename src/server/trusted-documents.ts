// Trusted documents (TRUSTED_DOCUMENTS=path): in production, only the operations listed in a
// manifest run, so that no one can send the server a query its own clients never send. APQ
// (automatic persisted queries, which Apollo answers by default) is no such guard: any client
// may register any query.
//
// The manifest is Apollo's persisted-query manifest format (what
// @apollo/generate-persisted-query-manifest writes), or graphql-codegen's persisted documents
// (`{ "<sha256>": "<document>" }`): ids are SHA-256 hashes of the document text. This server's own
// is trusted-documents.json, generated from the explorer's operations and GraphiQL's examples
// (`npm run trusted-documents`). A request names a document by its text (as the explorer and
// GraphiQL send it), by APQ's `extensions.persistedQuery.sha256Hash`, or by `documentId`
// (`sha256:<hash>`, the GraphQL-over-HTTP persisted-documents proposal); a hash alone is replaced
// with its text before Apollo sees the request. Anything else is refused with FORBIDDEN (403)
// before it is parsed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { ErrorCode } from '../graph/errors.js';

export const documentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface Manifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

const apolloManifest = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(z.object({ id: z.string().min(1), body: z.string().min(1) }).loose()),
});
const codegenManifest = z.record(z.string().min(1), z.string().min(1));

export class TrustedDocuments {
  private readonly byId = new Map<string, string>();
  private readonly bodyHashes = new Set<string>();

  constructor(documents: { id: string; body: string }[]) {
    for (const { id, body } of documents) {
      this.byId.set(id, body);
      this.bodyHashes.add(documentHash(body));
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** Reads a manifest; throws an Error that says what is wrong with it. */
  static load(path: string): TrustedDocuments {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`TRUSTED_DOCUMENTS: cannot read ${path} as JSON (${(error as Error).message})`);
    }
    const apollo = apolloManifest.safeParse(json);
    if (apollo.success) return new TrustedDocuments(apollo.data.operations);
    const codegen = codegenManifest.safeParse(json);
    if (codegen.success) return new TrustedDocuments(Object.entries(codegen.data).map(([id, body]) => ({ id, body })));
    throw new Error(`TRUSTED_DOCUMENTS: ${path} is neither an Apollo persisted-query manifest nor a { "<hash>": "<document>" } map`);
  }

  /** The document's text: the one given if it is trusted, the one a trusted id names, else null. */
  resolve(query: unknown, hash: unknown): string | null {
    if (typeof query === 'string') return this.bodyHashes.has(documentHash(query)) ? query : null;
    if (typeof hash === 'string') return this.byId.get(hash.replace(/^sha256:/, '')) ?? null;
    return null;
  }

  /** Express middleware for /graphql, after the body parser. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (req.method === 'POST' && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
        const body = req.body as Record<string, unknown>;
        const text = this.resolve(body.query, body.documentId ?? persistedHash(body.extensions));
        if (text !== null) {
          req.body = { ...withoutPersistedQuery(body), query: text };
          return next();
        }
      } else if (req.method === 'GET') {
        const url = new URL(req.url, 'http://localhost');
        const params = url.searchParams;
        const text = this.resolve(params.get('query') ?? undefined, params.get('documentId') ?? persistedHash(parseJson(params.get('extensions'))));
        if (text !== null) {
          params.set('query', text);
          params.delete('documentId');
          params.delete('extensions');
          req.url = `${url.pathname}?${params.toString()}`;
          return next();
        }
      } else {
        // Anything else (a batch, a preflight that reached here): Apollo refuses it with its own error.
        return next();
      }
      res.status(403).json({
        errors: [
          {
            message: 'This server runs only its trusted documents (TRUSTED_DOCUMENTS), and this operation is not one of them.',
            extensions: { code: ErrorCode.FORBIDDEN, requestId: req.id },
          },
        ],
      });
    };
  }
}

function persistedHash(extensions: unknown): unknown {
  if (!extensions || typeof extensions !== 'object') return undefined;
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery;
  return persisted?.sha256Hash;
}

function withoutPersistedQuery(body: Record<string, unknown>): Record<string, unknown> {
  const { documentId: _id, extensions, ...rest } = body;
  if (!extensions || typeof extensions !== 'object') return rest;
  const { persistedQuery: _pq, ...others } = extensions as Record<string, unknown>;
  return Object.keys(others).length > 0 ? { ...rest, extensions: others } : rest;
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A manifest of these documents, in Apollo's format, each under its operation's name and type. */
export function manifestOf(documents: { name: string; body: string }[]): Manifest {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: documents.map(({ name, body }) => ({
      id: documentHash(body),
      name,
      type: /^\s*mutation\b/.test(body) ? 'mutation' : /^\s*subscription\b/.test(body) ? 'subscription' : 'query',
      body,
    })),
  };
}
