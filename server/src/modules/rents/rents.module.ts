import { Module } from '@nestjs/common';
import { NodeLookupsModule } from '../nodes/node-lookups.module.js';
import { RentsRepository } from './rents.repository.js';
import { RentsResolver } from './rents.resolver.js';
import { RentsService } from './rents.service.js';

/** Owns node_rents. Profit and statements read rents through RentsService; the nodes loaders through RentsRepository (Node.rents). */
@Module({
  imports: [NodeLookupsModule],
  providers: [RentsRepository, RentsService, RentsResolver],
  exports: [RentsService, RentsRepository, NodeLookupsModule],
})
export class RentsModule {}
