import type { Repository, SelectQueryBuilder } from 'typeorm';
import { PAGE_SIZE_DEFAULT, type ConnectionResult } from '../../graphql/connection.js';
import type { Node } from './dto/node.model.js';
import { NodeOrderField, OrderDirection, type NodesArgs } from './dto/nodes.args.js';
import type { NodeEntity } from './entities/node.entity.js';
import { toNodeModel } from './node.mapper.js';
import { pageFromRows, pageStart } from './offset-page.js';

const STATUS_RANK = `CASE c.status WHEN 'healthy' THEN 0 WHEN 'unhealthy' THEN 1 WHEN 'jailed' THEN 2 WHEN 'offline' THEN 3 ELSE 4 END`;
const EARNINGS_TOTAL = `(SELECT COALESCE(sum(h.earnings_gnk), 0) FROM earnings_history h WHERE h.node_id = node.id)`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Filters, orders and pages nodes; `ownerId` restricts to one customer's nodes. */
export async function listNodes(repo: Repository<NodeEntity>, args: NodesArgs, ownerId?: string): Promise<ConnectionResult<Node>> {
  const qb = repo.createQueryBuilder('node').leftJoin('node_stats_cache', 'c', 'c.node_id = node.id');
  if (ownerId) qb.innerJoin('user_nodes', 'un', 'un.node_id = node.id AND un.user_id = :ownerId', { ownerId });
  applyFilter(qb, args);
  const totalCount = await qb.clone().getCount();
  const offset = pageStart(args);
  applyOrder(qb, args);
  const rows = await qb.offset(offset).limit((args.first ?? PAGE_SIZE_DEFAULT) + 1).getMany();
  return pageFromRows(rows.map(toNodeModel), offset, args, totalCount);
}

function applyFilter(qb: SelectQueryBuilder<NodeEntity>, { filter }: NodesArgs): void {
  if (filter?.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: filter.status.map((s) => s.toLowerCase()) });
  if (filter?.gpuType) qb.andWhere(`node.gpu_type ILIKE :gpu ESCAPE '\\'`, { gpu: `%${escapeLike(filter.gpuType)}%` });
  if (filter?.search) {
    qb.andWhere(`(node.identifier ILIKE :q ESCAPE '\\' OR node.display_name ILIKE :q ESCAPE '\\')`, { q: `%${escapeLike(filter.search)}%` });
  }
}

function applyOrder(qb: SelectQueryBuilder<NodeEntity>, { orderBy }: NodesArgs): void {
  const dir = orderBy?.direction === OrderDirection.DESC ? 'DESC' : 'ASC';
  switch (orderBy?.field) {
    case NodeOrderField.NAME:
      qb.orderBy('COALESCE(node.display_name, node.identifier)', dir);
      break;
    case NodeOrderField.STATUS:
      qb.orderBy(STATUS_RANK, dir);
      break;
    case NodeOrderField.EARNINGS_TOTAL:
      qb.orderBy(EARNINGS_TOTAL, dir);
      break;
    default:
      qb.orderBy('node.created_at', orderBy ? dir : 'DESC');
  }
  qb.addOrderBy('node.id', 'ASC');
}
