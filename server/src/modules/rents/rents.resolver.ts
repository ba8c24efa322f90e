import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, ResolveField, Resolver, Root } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { CurrentUser, GqlAuthGuard, Roles, RolesGuard, type AuthUser } from '../auth/index.js';
import { Node } from '../nodes/dto/node.model.js';
import { nodeField } from '../nodes/node-fields.js';
import { NodeRent } from './dto/node-rent.model.js';
import { SetNodeRentInput } from './dto/set-node-rent.input.js';
import { visibleRentHistory } from './rent-history.js';
import { RentsService } from './rents.service.js';

/** Node.rents (the Node was already authorized by the query that returned it) and the admins' rent mutations. */
@Resolver(() => Node)
export class RentsResolver {
  constructor(private readonly rents: RentsService) {}

  @ResolveField('rents', () => [NodeRent], {
    description: 'What the node costs its customer, newest first; a customer sees only what is in effect from their assignment on.',
  })
  nodeRents(@Root() node: Node, @Context() ctx: GqlContext): NodeRent[] | Promise<NodeRent[]> {
    return nodeField(ctx.loaders, 'rents', node, (rows) => visibleRentHistory(rows, node.visibleFrom));
  }

  @UseGuards(GqlAuthGuard, RolesGuard)
  @Roles('admin')
  @Mutation(() => [NodeRent], {
    description: 'The same rent for one or more nodes from a date on (earlier entries stay: a history; the same node and date is corrected). Admins only.',
  })
  setNodeRent(@CurrentUser() admin: AuthUser, @Args('input') input: SetNodeRentInput): Promise<NodeRent[]> {
    return this.rents.set(admin, input);
  }

  @UseGuards(GqlAuthGuard, RolesGuard)
  @Roles('admin')
  @Mutation(() => ID, { description: 'Removes one rent entry (a correction); returns its id. Admins only.' })
  removeNodeRent(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.rents.remove(id);
  }
}
