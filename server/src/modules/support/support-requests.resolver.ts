import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Forbidden } from '../../common/domain-error.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import type { GqlContext } from '../../graphql/gql-context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { Roles } from '../auth/decorators/roles.decorator.js';
import { GqlAuthGuard } from '../auth/guards/gql-auth.guard.js';
import { RolesGuard } from '../auth/guards/roles.guard.js';
import { toUser } from '../users/dto/user.mapper.js';
import { User } from '../users/dto/user.model.js';
import { CreateSupportRequestInput } from './dto/create-support-request.input.js';
import { SupportAgent } from './dto/support-agent.model.js';
import { SupportRequest, SupportRequestConnection } from './dto/support-request.model.js';
import { SupportRequestsArgs } from './dto/support-requests.args.js';
import { UpdateSupportRequestInput } from './dto/update-support-request.input.js';
import { SupportRequestsService } from './support-requests.service.js';
import { Node } from '../nodes/dto/node.model.js';

@Resolver(() => SupportRequest)
@UseGuards(GqlAuthGuard, RolesGuard)
export class SupportRequestsResolver {
  constructor(private readonly requests: SupportRequestsService) {}

  @Mutation(() => SupportRequest, { description: 'Asks support for new nodes or help; starts PENDING.' })
  createSupportRequest(@CurrentUser() caller: AuthUser, @Args('input') input: CreateSupportRequestInput): Promise<SupportRequest> {
    return this.requests.create(caller, input);
  }

  @Query(() => SupportRequestConnection, { description: "The caller's own requests, newest first." })
  mySupportRequests(@CurrentUser() caller: AuthUser, @Args() args: SupportRequestsArgs): Promise<SupportRequestConnection> {
    return this.requests.listMine(caller, args);
  }

  @Query(() => SupportRequest, { description: "One request: the caller's own, or any for admins." })
  supportRequest(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<SupportRequest> {
    return this.requests.get(caller, id);
  }

  @Roles('admin')
  @Query(() => SupportRequestConnection, { description: 'Every request, newest first, optionally by status. Admins only.' })
  supportRequests(@Args() args: SupportRequestsArgs): Promise<SupportRequestConnection> {
    return this.requests.listAll(args);
  }

  @Mutation(() => SupportRequest, { description: 'Admins: move through the lifecycle, add notes, assign an admin.' })
  updateSupportRequest(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateSupportRequestInput,
  ): Promise<SupportRequest> {
    return this.requests.update(caller, id, input);
  }

  @ResolveField(() => User)
  // (parent, args, context) without decorators: bound directly by @nestjs/graphql, no per-row pipes.
  async user(request: SupportRequest, _args: unknown, ctx: GqlContext): Promise<User> {
    const user = await ctx.loaders.users.load(request.userId);
    // The owner row cascades with the request, so it always exists.
    return toUser(user!);
  }

  @ResolveField(() => SupportAgent, { nullable: true })
  async assignee(request: SupportRequest, _args: unknown, ctx: GqlContext): Promise<SupportAgent | null> {
    if (!request.assignedToId) return null;
    const user = await ctx.loaders.users.load(request.assignedToId);
    return user && { displayName: user.displayName };
  }

  /** Another account's private fields: admins only, whether or not the request has an assignee. */
  @ResolveField(() => User, { nullable: true })
  async assignedTo(request: SupportRequest, _args: unknown, ctx: GqlContext): Promise<User | null> {
    if (ctx.user?.role !== 'admin') throw new Forbidden("Only admins see the assignee's account; read `assignee` for their public name");
    if (!request.assignedToId) return null;
    const user = await ctx.loaders.users.load(request.assignedToId);
    return user && toUser(user);
  }

  @ResolveField(() => [Node], {
    description: 'The nodes this new-node request produced (linked by support); a customer sees those that are theirs now.',
  })
  nodes(request: SupportRequest, _args: unknown, ctx: GqlContext): Promise<Node[]> {
    return ctx.loaders.supportRequestNodes.load(request.id);
  }
}
