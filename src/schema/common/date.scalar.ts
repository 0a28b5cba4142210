// `Date`: an ISO 8601 date at year, month or day precision (2023, 2023-07, 2023-07-26), as the
// articles give them. A value that is not a real calendar date is refused with BAD_USER_INPUT.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parsePartialDate } from '../../graph/dates.js';

function parse(value: unknown): string {
  if (typeof value !== 'string') {
    throw new GraphQLError('Date must be a string: YYYY, YYYY-MM or YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') throw new GraphQLError(parsed, { extensions: { code: 'BAD_USER_INPUT' } });
  return parsed.text;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO 8601 date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string: YYYY, YYYY-MM or YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
