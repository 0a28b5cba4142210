// graphql-js ends some messages with a suggestion drawn from the schema: `Did you mean "actor"?`
// for a field, an argument, a type, an input field or an enum value. Where the schema is not
// public (production: no introspection), suggestions would give it away a guess at a time, so
// they are cut from every error a client gets (formatError sees all of them, including variable
// coercion errors that Apollo's and graphql-armor's validation-time masking never see).
const SUGGESTION = / ?Did you mean .+\?$/s;

export function withoutSuggestion(message: string): string {
  return message.replace(SUGGESTION, '');
}
