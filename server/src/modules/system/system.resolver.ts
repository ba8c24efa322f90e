import { Query, Resolver } from '@nestjs/graphql';
import { ServerInfo } from './dto/server-info.model.js';
import { SystemService } from './system.service.js';

@Resolver(() => ServerInfo)
export class SystemResolver {
  constructor(private readonly system: SystemService) {}

  @Query(() => ServerInfo, { description: 'Server name, version and time. Needs no sign-in.' })
  serverInfo(): ServerInfo {
    return this.system.info();
  }
}
