import { Global, Module } from '@nestjs/common';
import { CacheService } from './cache.service.js';
import { CachedResourceService } from './cached-resource.service.js';

/** The shared cache (Redis or in-memory) and the stale-while-revalidate policy over it. */
@Global()
@Module({ providers: [CacheService, CachedResourceService], exports: [CacheService, CachedResourceService] })
export class CacheModule {}
