import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS } from './example-operations';

// The playground opens these as tabs; the committed schema is what the server serves, so an
// operation that stops validating here would open broken in the playground.
const schema = buildSchema(readFileSync(join(import.meta.dirname, '..', '..', '..', 'schema.graphql'), 'utf8'));

describe('playground example operations', () => {
  it('covers the README examples, each tab with its own operation name', () => {
    const names = EXAMPLE_OPERATIONS.map(({ query }) => /query (\w+)/.exec(query)?.[1]);
    expect(names).toEqual(['Me', 'SummaryCards', 'EarningsChart', 'NodeTable', 'NodeDetails', 'ActivityFeed', 'EpochGuard', 'NeedsAttention']);
  });

  it.each(EXAMPLE_OPERATIONS)('$title parses and validates against schema.graphql', ({ query, variables }) => {
    const document = parse(query);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    if (variables) expect(Object.keys(JSON.parse(variables))).toEqual(['id']);
  });
});
