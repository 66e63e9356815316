import { calendarDate } from '../time/calendar-date';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** ISO-8601 date-time with offset, e.g. 2026-03-01T18:00:00Z. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO-8601 date-time with a time zone offset, e.g. 2026-03-01T18:00:00Z.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue(value) {
    return parseDateTime(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('A DateTime must be a string such as "2026-03-01T18:00:00Z".');
    return parseDateTime(ast.value);
  },
});

function parseDateTime(value: unknown): Date {
  const text = String(value);
  const date = new Date(text);
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    text.startsWith('0000') // no year 0 in the calendar Postgres keeps
  ) {
    throw badInput(`"${text}" is not a DateTime: write it like 2026-03-01T18:00:00Z.`);
  }
  return date;
}

/** A calendar date, YYYY-MM-DD. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD, e.g. 2011-09-14.',
  serialize(value) {
    if (value instanceof Date) return calendarDate(value);
    return String(value).slice(0, 10);
  },
  parseValue(value) {
    return parseDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('A Date must be a string such as "2011-09-14".');
    return parseDate(ast.value);
  },
});

function parseDate(value: unknown): string {
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? utcDate(+match[1], +match[2] - 1, +match[3]) : null;
  if (
    typeof value !== 'string' ||
    !match ||
    !date ||
    +match[1] < 1 || // no year 0 in the calendar Postgres keeps
    date.getUTCDate() !== +match[3] ||
    date.getUTCMonth() !== +match[2] - 1
  ) {
    throw badInput(`"${text}" is not a Date: write a real calendar date like 2011-09-14.`);
  }
  return text;
}

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not. */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}
