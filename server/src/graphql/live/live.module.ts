import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/index.js';
import { NodesModule } from '../../modules/nodes/nodes.module.js';
import { RequestLoadersModule } from '../request-loaders.js';
import { LiveResolver } from './live.resolver.js';
import { NodeStatusChangeResolver } from './node-status-change.resolver.js';
import { LiveTransport } from './live-transport.service.js';

/** Subscriptions: the graphql-ws transport on /graphql and the node/dashboard subscriptions (LiveEvents is global). */
@Module({
  imports: [AuthModule, NodesModule, RequestLoadersModule],
  providers: [LiveTransport, LiveResolver, NodeStatusChangeResolver],
  exports: [LiveTransport],
})
export class LiveModule {}
