import { Injectable } from '@nestjs/common';
import { PeekableLoader } from '../../common/peekable-loader.js';
import type { Node } from '../nodes/dto/node.model.js';
import { toNodeModel } from '../nodes/node.mapper.js';
import { NodesRepository } from '../nodes/nodes.repository.js';
import { type NodeExpectationRow, SupportRequestNodesRepository } from './support-request-nodes.repository.js';

/** The support domain's per-request loaders (composed in graphql/request-loaders.ts). */
export interface SupportLoaders {
  /** Keyed by request id: the nodes it produced — for a customer only those they own now. */
  supportRequestNodes: PeekableLoader<string, Node[]>;
  /** Keyed by node id: the expectation of the request it came from (for a customer, their own request); null: none. */
  nodeExpectations: PeekableLoader<string, NodeExpectationRow | null>;
}

@Injectable()
export class SupportLoadersFactory {
  constructor(
    private readonly links: SupportRequestNodesRepository,
    private readonly nodes: NodesRepository,
  ) {}

  /**
   * `customerId`: the caller when a customer. A node linked to their request may since have gone to
   * someone else; from then on it is that owner's, so the link no longer shows it.
   */
  create(customerId?: string): SupportLoaders {
    return {
      supportRequestNodes: new PeekableLoader(async (requestIds) => {
        const links = await this.links.nodeIdsOf(requestIds);
        const nodeIds = [...new Set(links.map((l) => l.node_id))];
        const byId = new Map(nodeIds.length ? (await this.nodes.byIds(nodeIds, customerId)).map((n) => [n.id, toNodeModel(n)]) : []);
        const byRequest = new Map<string, Node[]>(requestIds.map((id) => [id, []]));
        for (const l of links) {
          const node = byId.get(l.node_id);
          if (node) byRequest.get(l.request_id)?.push(node);
        }
        return requestIds.map((id) => byRequest.get(id) ?? []);
      }),
      nodeExpectations: new PeekableLoader(async (nodeIds) => {
        const byNode = new Map((await this.links.expectationsOf(nodeIds, customerId)).map((r) => [r.node_id, r]));
        return nodeIds.map((id) => byNode.get(id) ?? null);
      }),
    };
  }
}
