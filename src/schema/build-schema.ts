// Builds the executable GraphQL schema from the type-graphql classes. Resolvers get the request's
// services through a per-request container, and mutations need an API key (authChecker).
//
// Per-field cost matters (an actor's relationships are hundreds of objects of a dozen fields):
// object types declare `simpleResolvers: true`, so plain fields use graphql-js's own property
// read instead of a type-graphql wrapper, and field resolvers type their @Root() as the plain
// records of src/graph/model.ts (interfaces), not as the classes, so that type-graphql passes the
// root through instead of copying it into a new class instance at every call.
import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type ContainerGetter } from 'type-graphql';
import { AppError, ErrorCode } from '../graph/errors.js';
import type { Services } from '../graph/services.js';
import { ActorResolver } from './actor/actor.resolver.js';
import { ArticleResolver } from './article/article.resolver.js';
import type { Context } from './context.js';
import { GraphResolver } from './graph/graph.resolver.js';
import { IngestResolver } from './ingest/ingest.resolver.js';
import { PlaceResolver } from './place/place.resolver.js';
import { EvidenceResolver, RelationshipResolver } from './relationship/relationship.resolver.js';

const RESOLVERS = [
  ActorResolver,
  RelationshipResolver,
  EvidenceResolver,
  ArticleResolver,
  PlaceResolver,
  GraphResolver,
  IngestResolver,
] as const;

type ResolverClass = new (services: Services) => object;
const instances = new WeakMap<Services, Map<ResolverClass, object>>();

/** One instance of each resolver class per request, built around that request's services. */
const container: ContainerGetter<Context> = ({ context }) => ({
  get(cls: ResolverClass) {
    let scope = instances.get(context.services);
    if (!scope) instances.set(context.services, (scope = new Map()));
    let instance = scope.get(cls);
    if (!instance) scope.set(cls, (instance = new cls(context.services)));
    return instance;
  },
});

const authChecker: AuthChecker<Context> = ({ context }) => {
  if (!context.authenticated) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'Mutations need an API key: send the header "Authorization: Bearer <key>".');
  }
  return true;
};

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    container,
    authChecker,
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL committed as schema.graphql. */
export async function schemaSDL(): Promise<string> {
  return `${printSchema(await buildGraphQLSchema())}\n`;
}
