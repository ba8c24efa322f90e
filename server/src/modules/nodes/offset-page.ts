import { BadUserInput } from '../../common/domain-error.js';
import { PAGE_SIZE_DEFAULT, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection.js';

/**
 * Opaque offset cursors, for lists ordered by computed values (node status, earnings) or held in
 * memory (a bounded upstream sample), where keyset cursors don't fit. A cursor names an item's index.
 */
const CURSOR_PATTERN = /^o:(\d{1,7})$/;

function encodeOffset(index: number): string {
  return Buffer.from(`o:${index}`).toString('base64url');
}

/** Where a page after `after` starts (0 without a cursor); a tampered cursor is BAD_USER_INPUT. */
export function pageStart(args: ConnectionArgs): number {
  if (!args.after) return 0;
  const match = CURSOR_PATTERN.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInput('after', 'after is not a valid cursor');
  return Number(match[1]) + 1;
}

/** A Relay page from `rows` read at `start`: up to first + 1 rows (the extra one tells hasNextPage). */
export function pageFromRows<T>(rows: readonly T[], start: number, args: ConnectionArgs, totalCount: number | (() => Promise<number>)): ConnectionResult<T> {
  const first = args.first ?? PAGE_SIZE_DEFAULT;
  const nodes = rows.slice(0, first);
  let edges: ConnectionResult<T>['edges'] | undefined;
  return {
    // Cursors are encoded only when the client selects edges.
    get edges() {
      edges ??= nodes.map((node, i) => ({ cursor: encodeOffset(start + i), node }));
      return edges;
    },
    nodes,
    // Read (and so counted) only when the client selects totalCount.
    get totalCount() {
      return typeof totalCount === 'function' ? totalCount() : totalCount;
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: start > 0,
      startCursor: nodes.length ? encodeOffset(start) : null,
      endCursor: nodes.length ? encodeOffset(start + nodes.length - 1) : null,
    },
  };
}

/** A Relay page of an already ordered in-memory list. */
export function offsetPage<T>(items: readonly T[], args: ConnectionArgs): ConnectionResult<T> {
  const start = pageStart(args);
  const first = args.first ?? PAGE_SIZE_DEFAULT;
  return pageFromRows(items.slice(start, start + first + 1), start, args, items.length);
}
