// Example operations, one per question the API answers. GraphiQL opens with one tab each, and a
// test runs every one of them against the seeded graph, so none can rot.
export interface Example {
  title: string;
  description: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Needs an API key. */
  mutation?: boolean;
}

export const EXAMPLES: Example[] = [
  {
    title: 'Search',
    description: 'Full-text over names and aliases, fuzzy, best first: "Tchiani" finds Tiani.',
    query: `query Search($text: String!) {
  search(text: $text, first: 5) { id name kind aliases }
}`,
    variables: { text: 'Tchiani' },
  },
  {
    title: 'Actor',
    description: 'One actor with its relationships, their dates and the quotes that state them.',
    query: `query Actor($id: ID!) {
  actor(id: $id) {
    name kind aliases description
    relationships(direction: OUT) {
      type kind modality certainty target { name } startDate endDate amount { value unit qualifier } place { name }
      evidence { quote article { title } }
    }
    mentionedIn { title publishedAt }
  }
}`,
    variables: { id: 'russia' },
  },
  {
    title: 'Time travel',
    description:
      "What the articles support on a date: try 2023-06 and 2024-05, and includeUncertain: true for what they leave open.",
    query: `query AsOf($asOf: Date!) {
  niger: actor(id: "niger") {
    neighbors(asOf: $asOf) { name }
    relationships(asOf: $asOf) { type source { name } target { name } startDate endDate standing }
  }
  junta: actor(id: "niger-junta") {
    relationships(asOf: $asOf, types: [ALLIED_WITH, COOPERATES_WITH, DREW_CLOSER_TO]) { type modality target { name } startDate standing }
  }
}`,
    variables: { asOf: '2024-05' },
  },
  {
    title: 'Actors',
    description: 'A Relay connection: filter by kind, text and relationship types; page with after.',
    query: `query Actors($after: String) {
  actors(first: 10, after: $after, filter: { kinds: [STATE, MILITARY_GOVERNMENT] }) {
    totalCount
    edges { cursor node { id name kind } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: 'Relationships',
    description: 'Every relationship that matches a filter, in date order.',
    query: `query Relationships {
  relationships(first: 20, filter: { types: [DEPLOYED_TO, EXPELLED, WITHDREW_FROM], from: "2023", to: "2024" }) {
    totalCount
    edges { node { type source { name } target { name } startDate amount { value unit qualifier } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: 'Relationship graph',
    description: 'The neighbourhood of an actor as flat nodes and edges, ready for Cytoscape, vis-network or NVL.',
    query: `query Graph($actorId: ID!, $asOf: Date) {
  relationshipGraph(actorId: $actorId, depth: 2, asOf: $asOf, limit: 50) {
    id truncated
    nodes { id name kind }
    edges { id type source target startDate endDate }
    distances { nodeId distance }
  }
}`,
    variables: { actorId: 'niger-junta', asOf: '2024-05' },
  },
  {
    title: 'Shortest path',
    description: 'How two actors are connected, or null.',
    query: `query Path {
  shortestPath(fromId: "africa-corps", toId: "ecowas", maxLength: 6) {
    length
    nodes { name }
    relationships { type source { name } target { name } }
  }
}`,
  },
  {
    title: 'Timeline',
    description: 'What happened, in date order (undated last), for one actor or all.',
    query: `query Timeline {
  timeline(actorId: "niger-junta", from: "2023-07", to: "2024-12") {
    startDate type source { name } target { name } description
  }
}`,
  },
  {
    title: 'Articles',
    description: 'The source articles and the actors each one mentions.',
    query: `query Articles {
  articles { id title publishedAt actors { name } }
}`,
  },
  {
    title: 'Article',
    description: 'One article and the relationships it is evidence for.',
    query: `query Article($id: ID!) {
  article(id: $id) { title publishedAt actors { id name } }
  relationships(filter: { articleId: $id }) { totalCount edges { node { type source { name } target { name } } } }
}`,
    variables: { id: 'russian-instructors-equipment-arrive-niger-april-2024' },
  },
  {
    title: 'Mutations',
    description: 'Writes need "Authorization: Bearer <key>" (see the Headers tab) with a key from API_KEYS.',
    mutation: true,
    query: `mutation AddWagner {
  upsertActor(input: { id: "wagner-group", name: "Wagner Group", kind: PARAMILITARY, aliases: ["Wagner"] }) { id name }
  upsertRelationship(input: {
    type: COOPERATES_WITH, sourceId: "wagner-group", targetId: "africa-corps", startDate: "2024-04"
    evidence: [{ articleId: "russian-instructors-equipment-arrive-niger-april-2024",
                 quote: "#Russie #AfricaCorps #wagner" }]
  }) { id type startDate }
}`,
  },
];
