import { BadUserInput } from '../../common/domain-error.js';
import { PAGE_SIZE_DEFAULT, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection.js';

/** Opaque offset cursors: enough for short in-memory lists (e.g. a bounded upstream sample). */
const CURSOR_PATTERN = /^o:(\d{1,6})$/;

function encodeOffset(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const match = CURSOR_PATTERN.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInput('after', 'after is not a valid cursor');
  return Number(match[1]);
}

/** A Relay page of an already ordered list; the item after `after` comes first. */
export function offsetPage<T>(items: readonly T[], args: ConnectionArgs): ConnectionResult<T> {
  const first = args.first ?? PAGE_SIZE_DEFAULT;
  const start = args.after ? decodeOffset(args.after) + 1 : 0;
  const edges = items.slice(start, start + first).map((node, i) => ({ cursor: encodeOffset(start + i), node }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
