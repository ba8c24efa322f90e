import { Injectable } from '@nestjs/common';
import { PeekableLoader } from '../../common/peekable-loader.js';
import { CloudInstancesService } from './cloud-instances.service.js';
import type { CloudInstance } from './dto/cloud-instance.model.js';

/** The cloud domain's Node loader (composed into NodeLoaders; Node.cloudInstance in node-fields.ts). */
export interface CloudLoaders {
  /** Keyed by node id: its cloud instance, null when unlinked or unknown. */
  nodeCloudInstance: PeekableLoader<string, CloudInstance | null>;
}

@Injectable()
export class CloudLoadersFactory {
  constructor(private readonly instances: CloudInstancesService) {}

  create(): CloudLoaders {
    return { nodeCloudInstance: new PeekableLoader((ids) => this.instances.instancesOf(ids)) };
  }
}
