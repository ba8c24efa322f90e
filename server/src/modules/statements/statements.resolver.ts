import { UseGuards } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, GqlAuthGuard, type AuthUser } from '../auth/index.js';
import { Statement } from './dto/statement.model.js';
import { StatementsService } from './statements.service.js';

@Resolver(() => Statement)
@UseGuards(GqlAuthGuard)
export class StatementsResolver {
  constructor(private readonly statements: StatementsService) {}

  @Query(() => Statement, {
    description:
      "A monthly statement (the printable page; CSV at GET /statements/{YYYY-MM}.csv): the caller's own, or with userId (admins) any customer's. NOT_FOUND for someone else's.",
  })
  statement(
    @CurrentUser() user: AuthUser,
    @Args('month', { description: 'YYYY-MM (UTC), not in the future.' }) month: string,
    @Args('userId', { type: () => ID, nullable: true, description: 'Admins: whose statement.' }) userId?: string,
  ): Promise<Statement> {
    return this.statements.statement(user, month, userId);
  }
}
