import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFound } from '../../common/domain-error.js';
import { UUID } from '../../common/parse-id.pipe.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Node } from './dto/node.model.js';
import type { NodesArgs } from './dto/nodes.args.js';
import { NodeEntity } from './entities/node.entity.js';
import { listNodes, type NodeList, type NodeListOptions } from './node-list.query.js';
import { toNodeModel } from './node.mapper.js';


@Injectable()
export class NodesService {
  constructor(@InjectRepository(NodeEntity) private readonly nodes: Repository<NodeEntity>) {}

  /** The caller's own nodes. */
  myNodes(user: AuthUser, args: NodesArgs, opts?: NodeListOptions): Promise<NodeList> {
    return listNodes(this.nodes.manager, args, user.id, opts);
  }

  /** Every node (admins). */
  allNodes(args: NodesArgs, opts?: NodeListOptions): Promise<NodeList> {
    return listNodes(this.nodes.manager, args, undefined, opts);
  }

  /** Owner or admin only; anyone else gets NOT_FOUND so ids cannot be probed. */
  async nodeFor(user: AuthUser, id: string): Promise<Node> {
    if (!UUID.test(id)) throw new NotFound('Node');
    const qb = this.nodes.createQueryBuilder('node').where('node.id = :id', { id });
    if (user.role !== 'admin') {
      qb.innerJoin('user_nodes', 'un', 'un.node_id = node.id AND un.user_id = :userId', { userId: user.id }).addSelect('un.visible_from', 'visible_from');
    }
    const { entities, raw } = await qb.getRawAndEntities<{ visible_from?: Date | null }>();
    if (!entities[0]) throw new NotFound('Node');
    return { ...toNodeModel(entities[0]), visibleFrom: raw[0]?.visible_from ?? null };
  }
}
