import { Module } from '@nestjs/common';
import { NodesModule } from '../nodes/nodes.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [NodesModule, UsersModule, NotificationsModule], providers: [DemoSeedService] })
export class DemoModule {}
