// Relay-style keyset pagination. A cursor is the sort key of the last row seen, as base64url
// JSON: opaque to clients, stable while rows are added or removed elsewhere in the list.
import { badInput } from './errors.js';

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

export function encodeCursor(key: (string | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * A page from rows fetched with LIMIT first + 1: the extra row only tells there is a next page.
 * `key` gives a row's sort key, which its cursor encodes.
 */
export function toPage<T>(rows: T[], first: number, key: (row: T) => (string | null)[], after: unknown[] | null, totalCount: number): Page<T> {
  return {
    edges: rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor(key(node)) })),
    hasNextPage: rows.length > first,
    hasPreviousPage: after !== null,
    totalCount,
  };
}

/** Decodes a cursor of `length` keys; a cursor that is not ours is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, length: number): (string | null)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((k) => k === null || typeof k === 'string')) {
      return key as (string | null)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`"after" is not a cursor from this list: pass an edge's cursor back as it was given`, {
    argumentName: 'after',
  });
}
