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
  'TRAINS',
  'PRESSED',
  'REJECTED',
  'DENOUNCED',
  'REDUCED_AID_TO',
  'DREW_CLOSER_TO',
  'RALLIED_FOR',
  'TOOK_PART_IN',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/** EVENT: happens on its date and is history afterwards. STATE: holds from its start to its end. */
export const RELATIONSHIP_KINDS = ['EVENT', 'STATE'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** Whether the act happened (or holds), or was only agreed, intended, demanded or refused. */
export const MODALITIES = ['ACTUAL', 'AGREED', 'INTENDED', 'DEMANDED', 'REFUSED'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * How the sources stand behind a fact: stated in the article's own voice or by the parties
 * themselves, attributed to a named report, asserted by an interested party, only hinted at,
 * or explicitly unverified.
 */
export const CERTAINTIES = ['CONFIRMED', 'REPORTED', 'CLAIMED', 'HINTED', 'UNCONFIRMED'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** The hedge on an amount: "about 1,000", "more than 3 million". */
export const QUANTITY_QUALIFIERS = ['EXACT', 'ABOUT', 'MORE_THAN', 'LESS_THAN', 'AT_LEAST', 'AT_MOST'] as const;
export type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

export const PLACE_KINDS = ['COUNTRY', 'REGION', 'CITY', 'MILITARY_BASE', 'AIRPORT', 'BUILDING', 'VENUE'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Colour groups for the explorer's palette. */
export const RELATIONSHIP_FAMILIES = ['COOPERATION', 'CONFLICT', 'STRUCTURE', 'REPORTING'] as const;
export type RelationshipFamily = (typeof RELATIONSHIP_FAMILIES)[number];

export interface RelationshipTypeInfo {
  /** How the type reads between two names: "Russia deployed to Niger". */
  label: string;
  /** The kind a relationship of this type has unless its record says otherwise. */
  kind: RelationshipKind;
  family: RelationshipFamily;
  /**
   * The CAMEO event code (codebook 1.1b3) for event types where one fits; null for states,
   * which CAMEO does not code, and for events it has no code for (a coup).
   */
  cameo: string | null;
  description: string;
}

// CAMEO codes checked against the CAMEO 1.1b3 event codes (Schrodt 2012) in GDELT's code table:
// 010 make statement, 040 consult, 051 praise or endorse, 072 provide military aid,
// 100 demand, 111 criticize or denounce, 120 reject, 141 demonstrate or rally,
// 160 reduce relations, 162 reduce or stop aid, 166 expel or withdraw.
export const RELATIONSHIP_TYPE_INFO: Record<RelationshipType, RelationshipTypeInfo> = {
  EXPELLED: {
    label: 'expelled',
    kind: 'EVENT',
    family: 'CONFLICT',
    cameo: '166',
    description: 'Made the target (its troops, staff or envoys) leave the source\'s territory.',
  },
  DEPLOYED_TO: {
    label: 'deployed to',
    kind: 'STATE',
    family: 'COOPERATION',
    cameo: null,
    description: 'Has troops, instructors or other personnel stationed in the target country.',
  },
  ALLIED_WITH: {
    label: 'allied with',
    kind: 'STATE',
    family: 'COOPERATION',
    cameo: null,
    description: 'Is the target\'s ally or partner, as the sources call it.',
  },
  WITHDREW_FROM: {
    label: 'withdrew from',
    kind: 'EVENT',
    family: 'CONFLICT',
    cameo: '166',
    description: 'Pulled its troops or personnel out of the target country.',
  },
  TERMINATED_AGREEMENT_WITH: {
    label: 'terminated an agreement with',
    kind: 'EVENT',
    family: 'CONFLICT',
    cameo: '160',
    description: 'Ended or denounced an agreement it had with the target.',
  },
  DEPOSED: {
    label: 'deposed',
    kind: 'EVENT',
    family: 'CONFLICT',
    cameo: null,
    description: 'Removed the target from office, as in a coup (CAMEO has no code for a coup).',
  },
  LEADS: {
    label: 'leads',
    kind: 'STATE',
    family: 'STRUCTURE',
    cameo: null,
    description: 'Is the head of the target: president, head of a junta, minister of a ministry.',
  },
  PART_OF: {
    label: 'part of',
    kind: 'STATE',
    family: 'STRUCTURE',
    cameo: null,
    description: 'Is a body, channel or force belonging to the target.',
  },
  SPOKE_WITH: {
    label: 'spoke with',
    kind: 'EVENT',
    family: 'COOPERATION',
    cameo: '040',
    description: 'Held a conversation with the target: a call, a meeting (a telephone call is CAMEO 041).',
  },
  PROTESTED_AGAINST: {
    label: 'protested against',
    kind: 'EVENT',
    family: 'CONFLICT',
    cameo: '141',
    description: 'Demonstrated in the street against the target.',
  },
  DISTANCED_FROM: {
    label: 'distanced itself from',
    kind: 'STATE',
    family: 'CONFLICT',
    cameo: null,
    description: 'Is loosening its ties with the target.',
  },
  COOPERATES_WITH: {
    label: 'cooperates with',
    kind: 'STATE',
    family: 'COOPERATION',
    cameo: null,
    description: 'Works with the target, for example on security.',
  },
  MEMBER_OF: {
    label: 'member of',
    kind: 'STATE',
    family: 'STRUCTURE',
    cameo: null,
    description: 'Belongs to the target group, alliance or joint force.',
  },
  GOVERNS: {
    label: 'governs',
    kind: 'STATE',
    family: 'STRUCTURE',
    cameo: null,
    description: 'Is the government ruling the target state.',
  },
  SUPPLIED: {
    label: 'supplied',
    kind: 'EVENT',
    family: 'COOPERATION',
    cameo: '072',
    description: 'Delivered military equipment or materiel to the target.',
  },
  REPORTED_ON: {
    label: 'reported on',
    kind: 'EVENT',
    family: 'REPORTING',
    cameo: '010',
    description: 'Published a report or statement about the target.',
  },
  OPPOSED: {
    label: 'opposes',
    kind: 'STATE',
    family: 'CONFLICT',
    cameo: null,
    description: 'Fights or works against the target, such as an armed group.',
  },
  TRAINS: {
    label: 'trains',
    kind: 'STATE',
    family: 'COOPERATION',
    cameo: null,
    description: 'Trains the target\'s forces (military training is CAMEO 062, cooperate militarily).',
  },
  PRESSED: {
    label: 'pressed',
    kind: 'EVENT',
    family: 'CONFLICT',
    cameo: '100',
    description: 'Put pressure on, or made demands of, the target; the description says to do what.',
  },
  REJECTED: {
    label: 'rejected',
    kind: 'EVENT',
    family: 'CONFLICT',
    cameo: '120',
    description: 'Refused or resisted the target\'s demands or pressure.',
  },
  DENOUNCED: {
    label: 'denounced',
    kind: 'EVENT',
    family: 'CONFLICT',
    cameo: '111',
    description: 'Criticised the target or declared its conduct illegal.',
  },
  REDUCED_AID_TO: {
    label: 'reduced aid to',
    kind: 'EVENT',
    family: 'CONFLICT',
    cameo: '162',
    description: 'Cut or stopped aid to the target.',
  },
  DREW_CLOSER_TO: {
    label: 'drew closer to',
    kind: 'STATE',
    family: 'COOPERATION',
    cameo: null,
    description: 'Is strengthening its ties with the target, short of an alliance (the opposite of DISTANCED_FROM).',
  },
  RALLIED_FOR: {
    label: 'rallied for',
    kind: 'EVENT',
    family: 'COOPERATION',
    cameo: '051',
    description: 'Held a public rally or display in support of the target (CAMEO: praise or endorse).',
  },
  TOOK_PART_IN: {
    label: 'took part in',
    kind: 'EVENT',
    family: 'STRUCTURE',
    cameo: null,
    description: 'Took part in the gathering (a protest, a rally) that the target group stands for.',
  },
};
