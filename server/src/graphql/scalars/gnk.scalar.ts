import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const GNK_PATTERN = /^\d{1,21}(\.\d{1,9})?$/;
/** Already in the output form: what PostgreSQL's numeric(…, 9)::text gives for every stored amount. */
const GNK_NORMAL = /^\d{1,21}\.\d{9}$/;

/** Normalizes a numeric string to exactly 9 decimals without going through floating point. */
export function toGnkString(value: string): string {
  const [whole, frac = ''] = value.split('.');
  return `${whole}.${frac.padEnd(9, '0').slice(0, 9)}`;
}

/**
 * GNK amounts as exact decimal strings with 9 places (1 GNK = 1e9 ngonka), e.g. "48552.031736571".
 * Never a JSON number: amounts exceed what a float holds exactly.
 */
export const GnkScalar = new GraphQLScalarType({
  name: 'GNK',
  description: 'An exact GNK amount as a decimal string with 9 places (1 GNK = 1e9 ngonka), e.g. "48552.031736571".',
  serialize(value) {
    const s = String(value);
    if (GNK_NORMAL.test(s)) return s; // the common case: one test instead of split, pad and join
    if (!GNK_PATTERN.test(s)) throw new GraphQLError('GNK amount is not a non-negative decimal');
    return toGnkString(s);
  },
  parseValue(value) {
    if (typeof value !== 'string' || !GNK_PATTERN.test(value)) throw new GraphQLError('GNK must be a decimal string like "12.5"');
    return toGnkString(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !GNK_PATTERN.test(ast.value)) throw new GraphQLError('GNK must be a decimal string like "12.5"');
    return toGnkString(ast.value);
  },
});
