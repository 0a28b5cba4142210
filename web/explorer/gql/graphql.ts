/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of actor: a state, a person, a broadcaster, ... */
export type ActorKind =
  | 'ALLIANCE'
  | 'ARMED_FORCE'
  | 'GOVERNMENT_BODY'
  | 'GROUP'
  | 'INTERNATIONAL_ORGANISATION'
  | 'MEDIA'
  | 'MILITARY_GOVERNMENT'
  | 'PARAMILITARY'
  | 'PERSON'
  | 'STATE';

/** The hedge on an amount: about, more than, ... */
export type QuantityQualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACT'
  | 'LESS_THAN'
  | 'MORE_THAN';

/** What the source actor did to, or is to, the target actor. */
export type RelationshipType =
  | 'ALLIED_WITH'
  | 'COOPERATES_WITH'
  | 'DENOUNCED'
  | 'DEPLOYED_TO'
  | 'DEPOSED'
  | 'DISTANCED_FROM'
  | 'DREW_CLOSER_TO'
  | 'EXPELLED'
  | 'GOVERNS'
  | 'LEADS'
  | 'MEMBER_OF'
  | 'OPPOSED'
  | 'PART_OF'
  | 'PRESSED'
  | 'PROTESTED_AGAINST'
  | 'RALLIED_FOR'
  | 'REDUCED_AID_TO'
  | 'REJECTED'
  | 'REPORTED_ON'
  | 'SPOKE_WITH'
  | 'SUPPLIED'
  | 'TERMINATED_AGREEMENT_WITH'
  | 'TOOK_PART_IN'
  | 'TRAINS'
  | 'WITHDREW_FROM';

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> };

export type ExplorerGraphQueryVariables = Exact<{
  actorId: string | number;
  depth: number;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExplorerGraphQuery = { relationshipGraph: { id: string, rootId: string, truncated: boolean, nodes: Array<{ id: string, name: string, kind: ActorKind }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, startDate: string | null, endDate: string | null }> } };

export type ExplorerActorQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerActorQuery = { actor: { id: string, name: string, kind: ActorKind, aliases: Array<string>, description: string | null } | null, timeline: Array<{ id: string, type: RelationshipType, startDate: string | null, endDate: string | null, source: { id: string, name: string }, target: { id: string, name: string } }> };

export type ExplorerRelationshipQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerRelationshipQuery = { relationship: { id: string, type: RelationshipType, startDate: string | null, endDate: string | null, description: string | null, dateBasis: string | null, amount: { value: number, unit: string, qualifier: QuantityQualifier | null } | null, source: { id: string, name: string }, target: { id: string, name: string }, evidence: Array<{ id: string, quote: string, article: { id: string, title: string, publisher: string | null, publishedAt: string | null, url: string | null } }> } | null };

export type ExplorerPathQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  asOf?: string | null | undefined;
  maxLength: number;
}>;


export type ExplorerPathQuery = { shortestPath: { length: number, nodes: Array<{ id: string, name: string, kind: ActorKind }>, relationships: Array<{ id: string, type: RelationshipType, startDate: string | null, endDate: string | null, source: { id: string }, target: { id: string } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) {
    id
    name
    kind
    aliases
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerGraphDocument = new TypedDocumentString(`
    query ExplorerGraph($actorId: ID!, $depth: Int!, $types: [RelationshipType!], $asOf: Date) {
  relationshipGraph(actorId: $actorId, depth: $depth, types: $types, asOf: $asOf) {
    id
    rootId
    truncated
    nodes {
      id
      name
      kind
    }
    edges {
      id
      type
      source
      target
      startDate
      endDate
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerGraphQuery, ExplorerGraphQueryVariables>;
export const ExplorerActorDocument = new TypedDocumentString(`
    query ExplorerActor($id: ID!) {
  actor(id: $id) {
    id
    name
    kind
    aliases
    description
  }
  timeline(actorId: $id) {
    id
    type
    startDate
    endDate
    source {
      id
      name
    }
    target {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerActorQuery, ExplorerActorQueryVariables>;
export const ExplorerRelationshipDocument = new TypedDocumentString(`
    query ExplorerRelationship($id: ID!) {
  relationship(id: $id) {
    id
    type
    startDate
    endDate
    description
    amount {
      value
      unit
      qualifier
    }
    dateBasis
    source {
      id
      name
    }
    target {
      id
      name
    }
    evidence {
      id
      quote
      article {
        id
        title
        publisher
        publishedAt
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerRelationshipQuery, ExplorerRelationshipQueryVariables>;
export const ExplorerPathDocument = new TypedDocumentString(`
    query ExplorerPath($fromId: ID!, $toId: ID!, $types: [RelationshipType!], $asOf: Date, $maxLength: Int!) {
  shortestPath(
    fromId: $fromId
    toId: $toId
    types: $types
    asOf: $asOf
    maxLength: $maxLength
  ) {
    length
    nodes {
      id
      name
      kind
    }
    relationships {
      id
      type
      startDate
      endDate
      source {
        id
      }
      target {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPathQuery, ExplorerPathQueryVariables>;