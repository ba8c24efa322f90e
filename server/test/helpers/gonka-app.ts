import { after, before, beforeEach } from 'node:test';
import { CacheService } from '../../src/cache/cache.service.js';
import { NodeLoadersFactory } from '../../src/modules/nodes/loaders/node-loaders.js';
import { VIEW_KEY } from '../../src/network/network-view.service.js';
import { simClearFaults, simReset } from './sim.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface GonkaTestContext {
  app: TestApp;
  cache: CacheService;
  loaders: NodeLoadersFactory;
  addrs: string[];
}

/**
 * Registers the hooks of a data-layer test file: one app per file, and before each test no faults,
 * no cached network view and fresh simulator counters. Fields are filled in `before`.
 */
export function useGonkaTestApp(): GonkaTestContext {
  const ctx = {} as GonkaTestContext;
  before(async () => {
    ctx.app = await startTestApp();
    ctx.cache = ctx.app.running.app.get(CacheService);
    ctx.loaders = ctx.app.running.app.get(NodeLoadersFactory);
    ctx.addrs = ctx.app.running.upstreams.simulator!.addresses();
  });
  after(() => ctx.app.close());
  beforeEach(async () => {
    await simClearFaults(ctx.app);
    await ctx.cache.delete(VIEW_KEY);
    await simReset(ctx.app);
  });
  return ctx;
}
