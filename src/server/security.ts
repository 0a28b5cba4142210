// Limits on what one GraphQL request may ask, tuned for this schema: the deepest useful query
// (actors → edges → node → relationships → target → relationships → evidence → article → title)
// is 9 levels, clients need a handful of aliases, and nothing needs many directives. Requests
// over a limit fail validation (HTTP 400) before any resolver, and so before any Cypher, runs.
// What a request costs, counting the lengths of its lists, is limited in cost.ts.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

export const REQUEST_LIMITS = {
  depth: 10,
  aliases: 15,
  directives: 8,
  tokens: 2000,
  /** Apollo's cap on selections visited while validating (fragment cycles, huge documents). */
  recursiveSelections: 10_000,
} as const;

export interface Protection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

/** graphql-armor's protections. */
export function requestProtection(): Protection {
  const armor = new ApolloArmor({
    // Introspection is judged by whether it is allowed at all (off in production), not by these
    // limits: GraphiQL's own introspection query is 15 levels deep.
    maxDepth: { n: REQUEST_LIMITS.depth, ignoreIntrospection: true, flattenFragments: true },
    // An empty allow-list: `__typename` aliases count too (armor exempts them by default).
    maxAliases: { n: REQUEST_LIMITS.aliases, allowList: [] },
    maxDirectives: { n: REQUEST_LIMITS.directives },
    // The token limit is graphql-js's own (parseOptions in apollo.ts): armor's version reports
    // its rejection as an unexpected error, which Apollo turns into a 500.
    maxTokens: { enabled: false },
    // armor's cost counts each field once, whatever the length of its list; cost.ts multiplies.
    costLimit: { enabled: false },
    // Suggestions ("Did you mean …?") are cut in formatError (suggestions.ts), which sees every
    // error; armor's masking sees validation errors only, and leaves "[Suggestion hidden]" behind.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  // graphql-armor is typed against Apollo's CommonJS declarations and we import the ESM ones:
  // the same plugin shape, declared twice.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}
