import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import { schemaSDL } from '../../src/schema/build-schema.js';

describe('schema.graphql', () => {
  it('matches the type-graphql classes', async () => {
    const committed = readFileSync(join(REPO_ROOT, 'schema.graphql'), 'utf8');
    const current = await schemaSDL();
    expect(current === committed, 'schema.graphql is stale: run `npm run schema:emit` and commit it').toBe(true);
  });

  it('keeps the contract of DESIGN §4', async () => {
    const sdl = await schemaSDL();
    for (const field of [
      'actor(id: ID!): Actor',
      'search(',
      'relationshipGraph(',
      'shortestPath(',
      'timeline(',
      'articles: [Article!]!',
      'article(id: ID!): Article',
      'upsertActor(input: ActorInput!): Actor!',
      'createRelationship(input: RelationshipInput!): Relationship!',
      'deleteRelationship(id: ID!): Boolean!',
    ]) {
      expect(sdl).toContain(field);
    }
  });
});
