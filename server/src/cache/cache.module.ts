import { Global, Module } from '@nestjs/common';
import { CacheService } from './cache.service.js';
import { CachedResourceService } from './cached-resource.service.js';
import { RateLimiters } from './rate-limiters.service.js';

/** The shared store (Redis or in-memory): the cache, the stale-while-revalidate policy over it, and rate-limit counters. */
@Global()
@Module({ providers: [CacheService, CachedResourceService, RateLimiters], exports: [CacheService, CachedResourceService, RateLimiters] })
export class CacheModule {}
