import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard, Roles, RolesGuard } from '../auth/index.js';
import { SystemStats } from './dto/system-stats.model.js';
import { SystemStatsService } from './system-stats.service.js';

@Resolver()
@UseGuards(GqlAuthGuard, RolesGuard)
export class AdminResolver {
  constructor(private readonly system: SystemStatsService) {}

  @Roles('admin')
  @Query(() => SystemStats, { description: 'Users, nodes, upstream health, cache hit rate and the last refresh. Admins only.' })
  systemStats(): Promise<SystemStats> {
    return this.system.stats();
  }
}
