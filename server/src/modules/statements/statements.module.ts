import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ProfitModule } from '../profit/profit.module.js';
import { UsersModule } from '../users/users.module.js';
import { StatementsController } from './statements.controller.js';
import { StatementsResolver } from './statements.resolver.js';
import { StatementsService } from './statements.service.js';

/** Monthly statements (GraphQL and CSV), read from the profit ledgers. */
@Module({
  imports: [ProfitModule, UsersModule, AuthModule],
  controllers: [StatementsController],
  providers: [StatementsService, StatementsResolver],
})
export class StatementsModule {}
