import { Module } from '@nestjs/common';
import { NodeLookupsModule } from '../nodes/node-lookups.module.js';
import { CloudInstancesService } from './cloud-instances.service.js';
import { CloudLoadersFactory } from './cloud-loaders.js';
import { CloudRepository } from './cloud.repository.js';
import { CloudResolver } from './cloud.resolver.js';

/**
 * The cloud instance behind a node (issue #16, read-only Gcore). Owns the nodes.gcore_* columns.
 * Imported by NodesModule (its loader is one of the Node loaders), so of nodes' it imports only the
 * lookups module.
 */
@Module({
  imports: [NodeLookupsModule],
  providers: [CloudRepository, CloudInstancesService, CloudLoadersFactory, CloudResolver],
  exports: [CloudInstancesService, CloudLoadersFactory],
})
export class CloudModule {}
