import type { EntityManager } from 'typeorm';
import { sql } from '../../database/sql.js';
import { PAGE_SIZE_DEFAULT, type ConnectionResult } from '../../graphql/connection.js';
import type { IdentifierType, Node } from './dto/node.model.js';
import { NodeOrderField, OrderDirection, type NodesArgs } from './dto/nodes.args.js';
import { pageFromRows, pageStart } from './offset-page.js';

const STATUS_RANK = `CASE c.status WHEN 'healthy' THEN 0 WHEN 'unhealthy' THEN 1 WHEN 'jailed' THEN 2 WHEN 'offline' THEN 3 ELSE 4 END`;
const EARNINGS_TOTAL = `(SELECT COALESCE(sum(h.earnings_gnk), 0) FROM earnings_history h WHERE h.node_id = n.id)`;
const COLUMNS = 'n.id, n.identifier, n.identifier_type, n.display_name, n.gpu_type, n.region, n.created_at';

interface NodeRow {
  id: string;
  identifier: string;
  identifier_type: IdentifierType;
  display_name: string | null;
  gpu_type: string | null;
  region: string | null;
  created_at: Date;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** FROM + WHERE with numbered parameters; the status join only when a status filter or order needs it. */
function fromWhere(args: NodesArgs, ownerId: string | undefined, params: unknown[]): string {
  const p = (value: unknown) => `$${params.push(value)}`;
  const needsStatus = !!args.filter?.status?.length || args.orderBy?.field === NodeOrderField.STATUS;
  let from = 'FROM nodes n';
  if (ownerId) from += ` JOIN user_nodes un ON un.node_id = n.id AND un.user_id = ${p(ownerId)}`;
  if (needsStatus) from += ' LEFT JOIN node_stats_cache c ON c.node_id = n.id';
  const where: string[] = [];
  const { filter } = args;
  if (filter?.status?.length) where.push(`c.status = ANY(${p(filter.status.map((s) => s.toLowerCase()))}::text[])`);
  if (filter?.gpuType) where.push(`n.gpu_type ILIKE ${p(`%${escapeLike(filter.gpuType)}%`)} ESCAPE '\\'`);
  if (filter?.search) {
    const q = p(`%${escapeLike(filter.search)}%`);
    where.push(`(n.identifier ILIKE ${q} ESCAPE '\\' OR n.display_name ILIKE ${q} ESCAPE '\\')`);
  }
  return where.length ? `${from} WHERE ${where.join(' AND ')}` : from;
}

function orderBy({ orderBy }: NodesArgs): string {
  const dir = orderBy?.direction === OrderDirection.DESC ? 'DESC' : 'ASC';
  switch (orderBy?.field) {
    case NodeOrderField.NAME:
      return `COALESCE(n.display_name, n.identifier) ${dir}, n.id`;
    case NodeOrderField.STATUS:
      return `${STATUS_RANK} ${dir}, n.id`;
    case NodeOrderField.EARNINGS_TOTAL:
      return `${EARNINGS_TOTAL} ${dir}, n.id`;
    default:
      return `n.created_at ${orderBy ? dir : 'DESC'}, n.id`;
  }
}

/**
 * Filters, orders and pages nodes; `ownerId` restricts to one customer's nodes. Plain SQL (this is
 * the hottest query of the portal); `totalCount` is counted only when the client asks for it.
 */
export async function listNodes(db: EntityManager, args: NodesArgs, ownerId?: string): Promise<ConnectionResult<Node>> {
  const offset = pageStart(args);
  const first = args.first ?? PAGE_SIZE_DEFAULT;
  const params: unknown[] = [];
  const from = fromWhere(args, ownerId, params);
  const rows = await sql<NodeRow>(
    db,
    
    `SELECT ${COLUMNS} ${from} ORDER BY ${orderBy(args)} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, first + 1, offset],
  );
  const count = async () => Number((await sql<{ n: number }>(db, `SELECT count(*)::int AS n ${from}`, params))[0].n);
  return pageFromRows(rows.map(toNode), offset, args, count);
}

function toNode(r: NodeRow): Node {
  return {
    id: r.id,
    identifier: r.identifier,
    identifierType: r.identifier_type,
    displayName: r.display_name,
    gpuType: r.gpu_type,
    region: r.region,
    createdAt: r.created_at,
  };
}
