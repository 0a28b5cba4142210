// `npm run trusted-documents`: writes trusted-documents.json, the manifest of the operations this
// repository's clients send (shipped-documents.ts), for TRUSTED_DOCUMENTS.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.js';
import { shippedDocuments } from './shipped-documents.js';
import { manifestOf } from './trusted-documents.js';

const target = join(REPO_ROOT, 'trusted-documents.json');
writeFileSync(target, `${JSON.stringify(manifestOf(shippedDocuments()), null, 2)}\n`);
console.log(`Wrote ${target}`);
