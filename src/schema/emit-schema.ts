// `npm run schema:emit`: writes schema.graphql from the type-graphql classes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.js';
import { schemaSDL } from './build-schema.js';

const target = join(REPO_ROOT, 'schema.graphql');
writeFileSync(target, await schemaSDL());
console.log(`Wrote ${target}`);
