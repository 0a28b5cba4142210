// One error for a request over a limit, even when its document is invalid too.
//
// Apollo runs our limit rules (security.ts: depth, aliases, directives, cost) in a second
// validation pass, only once graphql-js's own rules have passed: that is how it orders custom
// rules when maxRecursiveSelections is set. A document that is invalid and over a limit was so
// answered with graphql-js's errors alone, one per offending node: ten unknown directives gave ten
// "Unknown directive" errors, which is what graphql-cop's "Directive Overloading" check flags.
// For an invalid document this plugin runs the limit rules as well, and when they refuse it,
// their refusal is the whole answer (still a 400 validation failure).
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { validate, type GraphQLError, type ValidationRule } from 'graphql';
import type { Context } from '../schema/context.js';

export function limitErrorsFirst(rules: readonly ValidationRule[]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let overLimit: readonly GraphQLError[] = [];
      return {
        async validationDidStart({ schema, document }) {
          return async (errors) => {
            if (errors?.length) overLimit = validate(schema, document, rules);
          };
        },
        async willSendResponse({ response, contextValue }) {
          if (overLimit.length === 0 || response.body.kind !== 'single') return;
          response.body.singleResult.errors = overLimit.map((error) => ({
            message: error.message,
            ...(error.locations ? { locations: error.locations } : {}),
            extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
