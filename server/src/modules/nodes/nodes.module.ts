import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NodeEntity } from './entities/node.entity.js';
import { NodeLiveResolver } from './node-live.resolver.js';
import { NodesResolver } from './nodes.resolver.js';
import { NodesService } from './nodes.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([NodeEntity])],
  providers: [NodesService, NodesResolver, NodeLiveResolver],
})
export class NodesModule {}
