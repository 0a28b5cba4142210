// GraphQL enums built from the graph's fixed vocabulary (src/graph/vocabulary.ts), so the API,
// the seeds and the Cypher allow-lists can never disagree.
import { registerEnumType } from 'type-graphql';
import {
  ACTOR_KINDS,
  CERTAINTIES,
  MODALITIES,
  PLACE_KINDS,
  QUANTITY_QUALIFIERS,
  RELATIONSHIP_FAMILIES,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_TYPES,
  type ActorKind,
  type Certainty,
  type Modality,
  type PlaceKind,
  type QuantityQualifier,
  type RelationshipFamily,
  type RelationshipKind,
  type RelationshipType,
} from '../../graph/vocabulary.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ActorKindEnum = asEnum<ActorKind>(ACTOR_KINDS);
export const RelationshipTypeEnum = asEnum<RelationshipType>(RELATIONSHIP_TYPES);
export const RelationshipKindEnum = asEnum<RelationshipKind>(RELATIONSHIP_KINDS);
export const ModalityEnum = asEnum<Modality>(MODALITIES);
export const CertaintyEnum = asEnum<Certainty>(CERTAINTIES);
export const QuantityQualifierEnum = asEnum<QuantityQualifier>(QUANTITY_QUALIFIERS);
export const PlaceKindEnum = asEnum<PlaceKind>(PLACE_KINDS);
export const RelationshipFamilyEnum = asEnum<RelationshipFamily>(RELATIONSHIP_FAMILIES);
export const StandingEnum = { HOLDS: 'HOLDS', HAPPENED: 'HAPPENED', UNCERTAIN: 'UNCERTAIN' } as const;
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
registerEnumType(RelationshipKindEnum, {
  name: 'RelationshipKind',
  description: 'EVENT: happens on its date and is history afterwards. STATE: holds from its start until its end.',
});
registerEnumType(ModalityEnum, {
  name: 'Modality',
  description: 'Whether it happened (ACTUAL) or was only agreed, intended, demanded or refused.',
});
registerEnumType(CertaintyEnum, {
  name: 'Certainty',
  description:
    "How the sources stand behind it: CONFIRMED (an article's own voice, or a party's own statement), REPORTED (attributed " +
    'to a named report), CLAIMED (asserted by an interested party), HINTED (implied, not stated), UNCONFIRMED (said to be unverified).',
});
registerEnumType(QuantityQualifierEnum, { name: 'QuantityQualifier', description: 'The hedge on an amount: about, more than, ...' });
registerEnumType(PlaceKindEnum, { name: 'PlaceKind', description: 'What kind of place: a city, an air base, a building, ...' });
registerEnumType(RelationshipFamilyEnum, {
  name: 'RelationshipFamily',
  description: 'The broad group of a relationship type (the explorer colours by it).',
});
registerEnumType(StandingEnum, {
  name: 'Standing',
  description:
    'How a relationship stands on the asOf date: HOLDS (a state the articles support then), HAPPENED (an event on or ' +
    'before it: history), UNCERTAIN (the sources leave it open: an unknown start before its lower bound, or a date ' +
    'known only to the month or year that has not surely come or gone).',
});
