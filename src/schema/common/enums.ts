// GraphQL enums built from the graph's fixed vocabulary (src/graph/vocabulary.ts), so the API,
// the seeds and the Cypher allow-lists can never disagree.
import { registerEnumType } from 'type-graphql';
import { ACTOR_KINDS, RELATIONSHIP_TYPES, type ActorKind, type RelationshipType } from '../../graph/vocabulary.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ActorKindEnum = asEnum<ActorKind>(ACTOR_KINDS);
export const RelationshipTypeEnum = asEnum<RelationshipType>(RELATIONSHIP_TYPES);
export const DirectionEnum = { OUT: 'OUT', IN: 'IN', BOTH: 'BOTH' } as const;

registerEnumType(ActorKindEnum, { name: 'ActorKind', description: 'What kind of actor: a state, a person, a broadcaster, ...' });
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'What the source actor did to, or is to, the target actor.',
});
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'OUT: the actor is the source; IN: the target; BOTH: either.',
});
