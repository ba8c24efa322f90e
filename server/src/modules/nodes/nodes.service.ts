import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFound } from '../../common/domain-error.js';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Node } from './dto/node.model.js';
import { NodeEntity } from './entities/node.entity.js';
import { toNodeModel } from './node.mapper.js';

@Injectable()
export class NodesService {
  constructor(@InjectRepository(NodeEntity) private readonly nodes: Repository<NodeEntity>) {}

  /** The caller's own nodes, newest assignment first. */
  myNodes(user: AuthUser, args: ConnectionArgs): Promise<ConnectionResult<Node>> {
    const qb = this.nodes
      .createQueryBuilder('node')
      .innerJoin('user_nodes', 'un', 'un.node_id = node.id AND un.user_id = :userId', { userId: user.id });
    return paginate(qb, args, 'node', { map: toNodeModel });
  }

  /** Owner or admin only; anyone else gets NOT_FOUND so ids cannot be probed. */
  async nodeFor(user: AuthUser, id: string): Promise<Node> {
    const qb = this.nodes.createQueryBuilder('node').where('node.id = :id', { id });
    if (user.role !== 'admin') {
      qb.innerJoin('user_nodes', 'un', 'un.node_id = node.id AND un.user_id = :userId', { userId: user.id });
    }
    const node = /^[0-9a-f-]{36}$/i.test(id) ? await qb.getOne() : null;
    if (!node) throw new NotFound('Node');
    return toNodeModel(node);
  }
}
