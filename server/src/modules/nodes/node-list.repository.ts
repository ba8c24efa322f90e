/**
 * The node lists (`myNodes`, `nodes`): nodes, user_nodes, node_stats_cache and node_count. Raw SQL
 * through `Db.rows` (database/db.ts): this is the hottest query of the portal, a named prepared
 * statement whose text holds no values. Read-joins: `node_earnings_totals` and `earnings_history`
 * (the earnings domain's, through node-metrics.repository.ts) to read or order by earnings.
 */
import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.js';
import { RAW_TIMESTAMPS } from '../../database/sql.js';
import { decodeCursor, encodeCursor, PAGE_SIZE_DEFAULT, type ConnectionResult } from '../../graphql/connection.js';
import { NodeStatus } from '../../network/node-status.js';
import type { Node } from './dto/node.model.js';
import { NodeOrderField, OrderDirection, type NodesArgs } from './dto/nodes.args.js';
import type { NodeEarningsSums } from './loaders/node-metrics.loader.js';
import { type NodeRow, toNode } from './listed-node.js';
import { earningsColumns, visibleTotal } from './node-metrics.repository.js';
import { storedStatus } from './node-status.repository.js';
import { pageFromRows, pageStart } from './offset-page.js';

// Ordered by status: healthy first, never observed last.
const RANKED = [NodeStatus.HEALTHY, NodeStatus.UNHEALTHY, NodeStatus.JAILED, NodeStatus.OFFLINE];
const STATUS_RANK = `CASE c.status ${RANKED.map((s, i) => `WHEN '${storedStatus(s)}' THEN ${i}`).join(' ')} ELSE ${RANKED.length} END`;
// created_at comes back as PostgreSQL's text (RAW_TIMESTAMPS): it is the keyset cursor as is, and a
// Date is made from it only when a client reads createdAt.
const COLUMNS = 'n.id, n.identifier, n.identifier_type, n.display_name, n.gpu_type, n.region, n.created_at';

export interface NodeListOptions {
  /** Read earningsDay/earningsTotal in the same query (the client selected them). */
  withEarnings?: boolean;
  /** Count in the same query (the client selected totalCount). */
  withCount?: boolean;
}

export interface NodeList {
  page: ConnectionResult<Node>;
  /** By node id, when `withEarnings`. */
  earnings?: Map<string, NodeEarningsSums>;
}

/** Parameters of one statement, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** FROM + filter conditions; each join only when a filter or the order needs it. */
function fromAndFilters(args: NodesArgs, ownerId: string | undefined, p: Params, withEarnings = false, forCount = false): { from: string; where: string[] } {
  const field = forCount ? undefined : args.orderBy?.field;
  let from = 'FROM nodes n';
  if (ownerId) from += ` JOIN user_nodes un ON un.node_id = n.id AND un.user_id = ${p.add(ownerId)}`;
  if (args.filter?.status?.length || args.filter?.gpuType || field === NodeOrderField.STATUS) from += ' LEFT JOIN node_stats_cache c ON c.node_id = n.id';
  if (field === NodeOrderField.EARNINGS_TOTAL || withEarnings) from += ' LEFT JOIN node_earnings_totals t ON t.node_id = n.id';
  const where: string[] = [];
  const { filter } = args;
  if (filter?.status?.length) {
    const known = `c.status = ANY(${p.add(filter.status.map(storedStatus))}::text[])`;
    // UNKNOWN: nothing stored for the node yet.
    where.push(filter.status.includes(NodeStatus.UNKNOWN) ? `(${known} OR c.status IS NULL)` : known);
  }
  // The GPU models the node reports (its snapshot's gpu_models, trigram-indexed), as the table shows.
  if (filter?.gpuType) where.push(`c.gpu_models ILIKE ${p.add(`%${escapeLike(filter.gpuType)}%`)} ESCAPE '\\'`);
  if (filter?.search) {
    const q = p.add(`%${escapeLike(filter.search)}%`);
    where.push(`(n.identifier ILIKE ${q} ESCAPE '\\' OR n.display_name ILIKE ${q} ESCAPE '\\')`);
  }
  // An admin's filter by current owner: a condition only, so each node reads as in the unfiltered
  // admin list (not as that owner's own view, which `ownerId` above gives myNodes).
  if (filter?.ownerId) where.push(`EXISTS (SELECT 1 FROM user_nodes o WHERE o.node_id = n.id AND o.user_id = ${p.add(filter.ownerId)}::uuid)`);
  return { from, where };
}

/** ORDER BY with the tie-breaker in the same direction, so (created_at, id) reads straight off its index. */
function orderBy({ orderBy }: NodesArgs, ownerId: string | undefined): string {
  const dir = orderBy?.direction === OrderDirection.DESC ? 'DESC' : 'ASC';
  switch (orderBy?.field) {
    case NodeOrderField.NAME:
      return `COALESCE(n.display_name, n.identifier) ${dir}, n.id ${dir}`;
    case NodeOrderField.STATUS:
      return `${STATUS_RANK} ${dir}, n.id ${dir}`;
    case NodeOrderField.EARNINGS_TOTAL:
      // An owner's list orders by the total they see (their own period of a node passed on to them).
      return `${visibleTotal('n.id', 't', ownerId && 'un.visible_from')} ${dir}, n.id ${dir}`;
    default: {
      const d = orderBy ? dir : 'DESC'; // newest first unless asked otherwise
      return `n.created_at ${d}, n.id ${d}`;
    }
  }
}

const whereSql = (where: string[]) => (where.length ? ` WHERE ${where.join(' AND ')}` : '');

/**
 * `SELECT count(*) …` for the list's filters. Without filters it reads what is already counted:
 * every node (`node_count`, kept by triggers) or the owner's links (no join to `nodes`: a link
 * always has its node). A count over 100k nodes was most of an admin page's time (bench/scale.mjs).
 */
function countSql(args: NodesArgs, ownerId: string | undefined, p: Params): string {
  const { status, gpuType, search, ownerId: owner } = args.filter ?? {};
  if (!status?.length && !gpuType && !search && !owner) {
    return ownerId ? `SELECT count(*)::int FROM user_nodes un WHERE un.user_id = ${p.add(ownerId)}` : 'SELECT n::int FROM node_count';
  }
  const c = fromAndFilters(args, ownerId, p, false, true);
  return `SELECT count(*)::int ${c.from}${whereSql(c.where)}`;
}

@Injectable()
export class NodeListRepository {
  constructor(private readonly db: Db) {}

  /**
   * Filters, orders and pages nodes; `ownerId` restricts to one customer's nodes. By creation time
   * (the default) pages are keyset pages, as cheap deep in a 100k-node list as on its first page; by
   * name, status or earnings they are offset pages. `totalCount` is counted only when the client asks.
   */
  async list(args: NodesArgs, ownerId?: string, opts: NodeListOptions = {}): Promise<NodeList> {
    const first = args.first ?? PAGE_SIZE_DEFAULT;
    const p = new Params();
    const { from, where } = fromAndFilters(args, ownerId, p, opts.withEarnings);
    // Earnings in the page query: one database round trip per node table instead of two. An owner's
    // list also reads from when they see each node's history (ownership periods).
    const visibleFrom = ownerId ? 'un.visible_from' : undefined;
    let columns = ownerId ? `${COLUMNS}, un.visible_from` : COLUMNS;
    if (opts.withEarnings) columns += `, ${earningsColumns('n.id', 't', visibleFrom)}`;
    if (opts.withCount) {
      // The count rides along as a one-off subquery (its own joins and filters, no cursor, no order):
      // every database round trip costs the server a socket write and a wake-up of PostgreSQL.
      columns += `, (${countSql(args, ownerId, p)}) AS total_count`;
    }
    const withEarnings = (rows: NodeRow[], page: ConnectionResult<Node>): NodeList =>
      opts.withEarnings ? { page, earnings: new Map(rows.map((r) => [r.id, { day: r.day!, total: r.total! }])) } : { page };
    // An empty page carries no count column: counted apart then (only past the end of a list).
    const count = (rows: NodeRow[]): number | Promise<number> => {
      if (rows[0]?.total_count !== undefined) return Number(rows[0].total_count);
      const cp = new Params();
      return this.db.rows<{ n: number }>(`SELECT (${countSql(args, ownerId, cp)}) AS n`, cp.values).then((r) => Number(r[0].n));
    };
    const byCreation = !args.orderBy || args.orderBy.field === NodeOrderField.CREATED_AT;
    if (!byCreation) {
      const offset = pageStart(args);
      const rows = await this.db.rows<NodeRow>(
        `SELECT ${columns} ${from}${whereSql(where)} ORDER BY ${orderBy(args, ownerId)} LIMIT ${p.add(first + 1)} OFFSET ${p.add(offset)}`,
        p.values,
        RAW_TIMESTAMPS,
      );
      return withEarnings(
        rows,
        pageFromRows(rows.map(toNode), offset, args, async () => count(rows)),
      );
    }
    const descending = !args.orderBy || args.orderBy.direction === OrderDirection.DESC;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 'uuid');
      where.push(`(n.created_at, n.id) ${descending ? '<' : '>'} (${p.add(at)}::timestamptz, ${p.add(id)}::uuid)`);
    }
    const rows = await this.db.rows<NodeRow>(
      `SELECT ${columns} ${from}${whereSql(where)} ORDER BY ${orderBy(args, ownerId)} LIMIT ${p.add(first + 1)}`,
      p.values,
      RAW_TIMESTAMPS,
    );
    const pageRows = rows.slice(0, first);
    const nodes = pageRows.map(toNode);
    const cursor = (i: number) => (pageRows[i] ? encodeCursor(pageRows[i].created_at, pageRows[i].id) : null);
    let edges: ConnectionResult<Node>['edges'] | undefined;
    return withEarnings(rows, {
      // Cursors are encoded only when the client selects edges (a node table asks for nodes).
      get edges() {
        edges ??= nodes.map((node, i) => ({ cursor: cursor(i)!, node }));
        return edges;
      },
      nodes,
      get totalCount() {
        return count(rows);
      },
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(args.after),
        startCursor: cursor(0),
        endCursor: cursor(pageRows.length - 1),
      },
    });
  }
}
