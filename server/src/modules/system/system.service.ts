import { Inject, Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../../config/app-config.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from '../../network/upstream-endpoints.js';
import type { ServerInfo } from './dto/server-info.model.js';

const VERSION: string = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')).version ?? '0.0.0';

@Injectable()
export class SystemService {
  constructor(
    @Inject(UPSTREAM_ENDPOINTS) private readonly upstreams: UpstreamEndpoints,
    private readonly config: AppConfig,
  ) {}

  info(): ServerInfo {
    return {
      name: 'MineGNK',
      version: VERSION,
      time: new Date(),
      demoMode: this.upstreams.demo,
      nodeExplorerUrlTemplate: this.config.env.NODE_EXPLORER_URL ?? null,
      cacheTtlSeconds: this.config.env.CACHE_TTL_SECONDS,
    };
  }
}
