// The operations this repository's own clients send: the explorer's (web/explorer/api.ts) and
// GraphiQL's examples. They make up trusted-documents.json.
import { OPERATIONS } from '../../web/explorer/api.js';
import { EXAMPLES } from './examples.js';

export function shippedDocuments(): { name: string; body: string }[] {
  const examples = EXAMPLES.map((e) => ({ name: /^\s*(?:query|mutation)\s+(\w+)/.exec(e.query)?.[1] ?? e.title, body: e.query }));
  return [...Object.entries(OPERATIONS).map(([name, body]) => ({ name, body })), ...examples];
}
