// The fixed vocabulary of the graph. Relationship types and kind labels reach Cypher only from
// these lists, never from user input: a value that is not a member is refused before any query.

export const ACTOR_KINDS = [
  'STATE',
  'MILITARY_GOVERNMENT',
  'ARMED_FORCE',
  'PARAMILITARY',
  'INTERNATIONAL_ORGANISATION',
  'ALLIANCE',
  'PERSON',
  'MEDIA',
  'GOVERNMENT_BODY',
  'GROUP',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The extra Neo4j label each kind gets, so analysts can write `MATCH (s:State)`. */
export const KIND_LABELS: Record<ActorKind, string> = {
  STATE: 'State',
  MILITARY_GOVERNMENT: 'MilitaryGovernment',
  ARMED_FORCE: 'ArmedForce',
  PARAMILITARY: 'Paramilitary',
  INTERNATIONAL_ORGANISATION: 'InternationalOrganisation',
  ALLIANCE: 'Alliance',
  PERSON: 'Person',
  MEDIA: 'Media',
  GOVERNMENT_BODY: 'GovernmentBody',
  GROUP: 'Group',
};

export const RELATIONSHIP_TYPES = [
  'EXPELLED',
  'DEPLOYED_TO',
  'ALLIED_WITH',
  'WITHDREW_FROM',
  'TERMINATED_AGREEMENT_WITH',
  'DEPOSED',
  'LEADS',
  'PART_OF',
  'SPOKE_WITH',
  'PROTESTED_AGAINST',
  'DISTANCED_FROM',
  'COOPERATES_WITH',
  'MEMBER_OF',
  'GOVERNS',
  'SUPPLIED',
  'REPORTED_ON',
  'OPPOSED',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
