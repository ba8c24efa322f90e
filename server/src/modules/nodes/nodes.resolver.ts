import { UseGuards } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import { CurrentUser, GqlAuthGuard, type AuthUser } from '../auth/index.js';
import { Node, NodeConnection } from './dto/node.model.js';
import { NodesService } from './nodes.service.js';

@Resolver(() => Node)
@UseGuards(GqlAuthGuard)
export class NodesResolver {
  constructor(private readonly nodes: NodesService) {}

  @Query(() => NodeConnection, { description: 'The signed-in customer\'s nodes.' })
  myNodes(@CurrentUser() user: AuthUser, @Args() args: ConnectionArgs) {
    return this.nodes.myNodes(user, args);
  }

  @Query(() => Node, { description: 'One node, for its owner or an admin (NOT_FOUND otherwise).' })
  node(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.nodes.nodeFor(user, id);
  }
}
