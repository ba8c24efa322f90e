import { GraphQLError, GraphQLScalarType } from 'graphql';

/** Plain JSON objects the server sends out (codes and figures, e.g. Alert.params); not accepted as input. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A plain JSON object (codes and figures; clients may word them themselves).',
  serialize: (value) => value,
  parseValue() {
    throw new GraphQLError('JSON is an output type');
  },
  parseLiteral() {
    throw new GraphQLError('JSON is an output type');
  },
});
