import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { Roles } from '../auth/decorators/roles.decorator.js';
import { GqlAuthGuard } from '../auth/guards/gql-auth.guard.js';
import { RolesGuard } from '../auth/guards/roles.guard.js';
import { toUser } from './dto/user.mapper.js';
import { User, UserConnection } from './dto/user.model.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import { UsersArgs } from './dto/users.args.js';
import { UsersService } from './users.service.js';

@Resolver(() => User)
@UseGuards(GqlAuthGuard, RolesGuard)
export class UsersResolver {
  constructor(private readonly accounts: UsersService) {}

  @Query(() => User, { description: 'The signed-in account.' })
  async me(@CurrentUser() caller: AuthUser): Promise<User> {
    return toUser(await this.accounts.getById(caller.id));
  }

  @Mutation(() => User, { description: "Changes the caller's contact handles and preferences." })
  updateProfile(@CurrentUser() caller: AuthUser, @Args('input') input: UpdateProfileInput): Promise<User> {
    return this.accounts.updateProfile(caller.id, input);
  }

  @Roles('admin')
  @Query(() => UserConnection, { description: 'All accounts, newest first. Admins only.' })
  users(@Args() args: UsersArgs): Promise<UserConnection> {
    return this.accounts.list(args);
  }
}
