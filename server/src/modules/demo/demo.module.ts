import { Module } from '@nestjs/common';
import { NodesModule } from '../nodes/nodes.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [NodesModule, UsersModule], providers: [DemoSeedService] })
export class DemoModule {}
