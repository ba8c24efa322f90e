import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type DocumentNode, Kind, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS } from './example-operations';

// The playground opens these as tabs; the committed schema is what the server serves, so an
// operation that stops validating here would open broken in the playground.
const schema = buildSchema(readFileSync(join(import.meta.dirname, '..', '..', '..', 'schema.graphql'), 'utf8'));

/** The README's widget examples: its graphql block that starts with "# Summary cards", one per top-level comment. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
  const block = /```graphql\n(# Summary cards[\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README: the widget examples block is gone');
  return block.split(/^(?=# )/m).map((example) => example.trim());
}

/** An operation without its name and comments, printed the one graphql-js way. */
function body(source: string): string {
  const document = parse(source) as DocumentNode & { definitions: Array<{ kind: string; name?: unknown }> };
  const definitions = document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? { ...d, name: undefined } : d));
  return print({ ...document, definitions } as DocumentNode);
}

describe('playground example operations', () => {
  it('are the README examples (same selections), after a "Me" tab, each tab with its own operation name', () => {
    const names = EXAMPLE_OPERATIONS.map(({ query }) => /query (\w+)/.exec(query)?.[1]);
    expect(names).toEqual(['Me', 'SummaryCards', 'EarningsChart', 'NodeTable', 'NodeDetails', 'ActivityFeed', 'EpochGuard', 'NeedsAttention']);
    expect(EXAMPLE_OPERATIONS.slice(1).map(({ query }) => body(query))).toEqual(readmeExamples().map(body));
  });

  it.each(EXAMPLE_OPERATIONS)('$title parses and validates against schema.graphql', ({ query, variables }) => {
    const document = parse(query);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    if (variables) expect(Object.keys(JSON.parse(variables))).toEqual(['id']);
  });
});
