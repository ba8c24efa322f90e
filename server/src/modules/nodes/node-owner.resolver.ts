import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { User } from '../users/dto/user.model.js';
import { toUser } from '../users/dto/user.mapper.js';
import { Node } from './dto/node.model.js';
import { nodeField } from './node-fields.js';

/**
 * Node.owner: another account's private fields, so admins only. A customer only ever reaches their
 * own nodes, yet gets null rather than themselves: one rule, no per-node check of who is asking.
 */
@Resolver(() => Node)
export class NodeOwnerResolver {
  @ResolveField(() => User, {
    nullable: true,
    description:
      'The customer the node is assigned to, for admins; null when unassigned, and always null for a customer (they read their own account from `me`).',
  })
  // (parent, args, context) without decorators: bound directly by @nestjs/graphql, no per-row pipes.
  async owner(node: Node, _args: unknown, ctx: GqlContext): Promise<User | null> {
    if (ctx.user?.role !== 'admin') return null;
    const ownerId = await nodeField(ctx.loaders, 'owner', node, (id) => id);
    if (!ownerId) return null;
    const user = await ctx.loaders.users.load(ownerId);
    return user && toUser(user);
  }
}
