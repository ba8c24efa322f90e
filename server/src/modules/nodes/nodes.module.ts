import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityModule } from '../activity/activity.module.js';
import { NodeEntity } from './entities/node.entity.js';
import { NodeLoadersFactory } from './loaders/node-loaders.js';
import { NodeAssignmentService } from './node-assignment.service.js';
import { NodeJobsResolver } from './node-jobs.resolver.js';
import { NodeLiveResolver } from './node-live.resolver.js';
import { NodesResolver } from './nodes.resolver.js';
import { NodesService } from './nodes.service.js';
import { StatusRecorderService } from './status-recorder.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([NodeEntity]), ActivityModule],
  providers: [NodesService, NodeAssignmentService, NodesResolver, NodeLiveResolver, NodeJobsResolver, StatusRecorderService, NodeLoadersFactory],
  exports: [StatusRecorderService, NodeLoadersFactory],
})
export class NodesModule {}
