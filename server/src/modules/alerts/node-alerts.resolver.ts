import { Args, Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { ConnectionArgs, type ConnectionResult } from '../../graphql/connection.js';
import type { GqlContext } from '../../graphql/gql-context.js';
import { Node } from '../nodes/dto/node.model.js';
import type { AlertRecord } from './alert.types.js';
import { AlertsService } from './alerts.service.js';
import { AlertConnection } from './dto/alert.model.js';
import { requestLoader } from './request-loader.js';

/** Node.mutedUntil and Node.alerts: the viewer's own mute and alerts about the node (the Node was authorized by the query that returned it). */
@Resolver(() => Node)
export class NodeAlertsResolver {
  constructor(private readonly service: AlertsService) {}

  @ResolveField(() => Date, { nullable: true, description: 'Until when you muted deliveries about this node; null when not muted.' })
  async mutedUntil(@Root() node: Node, @Context() ctx: GqlContext): Promise<Date | null> {
    const user = ctx.user;
    if (!user) return null;
    // One query for every node of the page.
    const loader = requestLoader(ctx, 'nodeMutes', async (ids: readonly string[]) => {
      const found = await this.service.mutedUntil(user, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    return loader.load(node.id);
  }

  @ResolveField(() => AlertConnection, { description: 'Your alerts about this node, newest first (its alert history).' })
  async alerts(@Root() node: Node, @Args() args: ConnectionArgs, @Context() ctx: GqlContext): Promise<ConnectionResult<AlertRecord>> {
    if (!ctx.user) return { edges: [], nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
    return this.service.list(ctx.user, { nodeId: node.id }, args.first, args.after);
  }
}
