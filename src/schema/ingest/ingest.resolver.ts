import { Arg, Authorized, Mutation, Resolver } from 'type-graphql';
import type { Services } from '../../graph/services.js';
import { GraphImportInput, ImportResult } from './ingest.input.js';

@Resolver()
export class IngestResolver {
  constructor(private readonly services: Services) {}

  @Authorized()
  @Mutation(() => ImportResult, { description: 'Writes a batch of actors and relationships in one transaction: all or nothing.' })
  importGraph(@Arg('input', () => GraphImportInput) input: GraphImportInput): Promise<ImportResult> {
    return this.services.ingest.importGraph(input.actors, input.relationships);
  }
}
