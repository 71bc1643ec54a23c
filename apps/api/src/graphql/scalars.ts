import { isIsoDate } from '@waypoint/shared';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Date must be a calendar day written as YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar day as 'YYYY-MM-DD', never an instant, so it cannot shift between time zones. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, as an ISO 8601 date: 2026-03-14.',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : null),
});
