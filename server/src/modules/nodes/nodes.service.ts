import { Injectable } from '@nestjs/common';
import { BadUserInput, NotFound } from '../../common/domain-error.js';
import { UUID } from '../../common/parse-id.pipe.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Node } from './dto/node.model.js';
import type { NodesArgs } from './dto/nodes.args.js';
import { NodeListCache } from './node-list.cache.js';
import { NodeListRepository, type NodeList, type NodeListOptions } from './node-list.repository.js';
import { toNodeModel } from './node.mapper.js';
import { NodeStatusRepository, type StatusChange } from './node-status.repository.js';
import { NodesRepository } from './nodes.repository.js';
import { type DateRange, visibleRange } from './visible-range.js';

@Injectable()
export class NodesService {
  constructor(
    private readonly nodes: NodesRepository,
    private readonly lists: NodeListRepository,
    private readonly statuses: NodeStatusRepository,
    private readonly listCache: NodeListCache,
  ) {}

  /** The caller's own nodes (a page read within the last few seconds and unchanged since: from memory, node-list.cache.ts). */
  myNodes(user: AuthUser, args: NodesArgs, opts: NodeListOptions = {}): Promise<NodeList> {
    if (args.filter?.ownerId !== undefined && args.filter.ownerId !== null) {
      throw new BadUserInput('filter.ownerId', 'ownerId filters the admins’ node list; myNodes always lists your own nodes');
    }
    return this.listCache.page(user.id, args, opts, () => this.lists.list(args, user.id, opts));
  }

  /** Every node, or one owner's (admins). */
  allNodes(args: NodesArgs, opts?: NodeListOptions): Promise<NodeList> {
    return this.lists.list(args, undefined, opts);
  }

  /** Owner or admin only; anyone else gets NOT_FOUND so ids cannot be probed. */
  async nodeFor(user: AuthUser, id: string): Promise<Node> {
    if (!UUID.test(id)) throw new NotFound('Node');
    const node = user.role === 'admin' ? await this.nodes.byId(id) : await this.nodes.ownedBy(id, user.id);
    if (!node) throw new NotFound('Node');
    return { ...toNodeModel(node), visibleFrom: node.visible_from ?? null };
  }

  /** The node's status transitions in the range, within the viewer's ownership period. */
  statusHistory(node: Node, range: DateRange): Promise<StatusChange[]> {
    return this.statuses.history(node.id, visibleRange(range, node));
  }
}
