import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { CurrentUser, GqlAuthGuard, Roles, RolesGuard, type AuthUser } from '../auth/index.js';
import { AssignNodeInput, UnassignNodeInput } from './dto/assign-node.input.js';
import { AssignNodesInput } from './dto/assign-nodes.input.js';
import { AssignNodesResult } from './dto/assign-nodes.result.js';
import { Node, NodeConnection } from './dto/node.model.js';
import { NodesArgs } from './dto/nodes.args.js';
import { NodeAssignmentService } from './node-assignment.service.js';
import { nodeListPlan, prefetchNodeFields } from './node-prefetch.js';
import { NodesService } from './nodes.service.js';

@Resolver(() => Node)
@UseGuards(GqlAuthGuard, RolesGuard)
export class NodesResolver {
  constructor(
    private readonly service: NodesService,
    private readonly assignment: NodeAssignmentService,
  ) {}

  @Query(() => NodeConnection, { description: "The signed-in customer's nodes: filter by status, GPU, text; order by name, status or earnings." })
  async myNodes(@CurrentUser() user: AuthUser, @Args() args: NodesArgs, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    const { selected, options } = nodeListPlan(info);
    const list = await this.service.myNodes(user, args, options);
    await prefetchNodeFields(ctx, selected, list);
    return list.page;
  }

  @Query(() => Node, { description: 'One node, for its owner or an admin (NOT_FOUND otherwise).' })
  node(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.nodeFor(user, id);
  }

  @Roles('admin')
  @Query(() => NodeConnection, { description: 'Every tracked node. Admins only.' })
  async nodes(@Args() args: NodesArgs, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    const { selected, options } = nodeListPlan(info);
    const list = await this.service.allNodes(args, options);
    await prefetchNodeFields(ctx, selected, list);
    return list.page;
  }

  @Roles('admin')
  @Mutation(() => Node, { description: 'Link an identifier to a customer (creates the node if new). CONFLICT if it already has an owner. Admins only.' })
  assignNode(@CurrentUser() admin: AuthUser, @Args('input') input: AssignNodeInput) {
    return this.assignment.assign(admin, input);
  }

  @Roles('admin')
  @Mutation(() => AssignNodesResult, {
    description: 'Assign a pasted list of identifiers to one customer in one transaction, with a result per line; allOrNothing: all or none. Admins only.',
  })
  assignNodes(@CurrentUser() admin: AuthUser, @Args('input') input: AssignNodesInput) {
    return this.assignment.assignMany(admin, input);
  }

  @Roles('admin')
  @Mutation(() => Node, { description: 'Remove a node from its customer; its history stays. Admins only.' })
  unassignNode(@CurrentUser() admin: AuthUser, @Args('input') input: UnassignNodeInput) {
    return this.assignment.unassign(admin, input);
  }
}
