/** `/__sim/*`: measurement and control for tests, benchmarks and demos (not counted in stats). */
import { faultSpecSchema, type FaultInjector } from '../faults.js';
import { errorReply, ok, type RouteDef } from '../http/types.js';
import type { NetworkState } from '../network-state.js';
import type { RateLimiter } from '../rate-limit.js';
import type { RequestStats } from '../stats.js';

export interface ControlDeps {
  state: NetworkState;
  stats: RequestStats;
  faults: FaultInjector;
  rateLimiter: RateLimiter;
  /** Drops requests parked by a `hang` fault. */
  releaseHungRequests(): void;
}

export function controlRoutes(deps: ControlDeps): RouteDef[] {
  const { state, stats, faults } = deps;
  const clearFaults = (): void => {
    faults.clear();
    deps.releaseHungRequests();
  };
  return [
    { method: 'GET', pattern: '/__sim/stats', handle: () => ok(stats.snapshot()) },
    { method: 'GET', pattern: '/__sim/faults', handle: () => ok({ faults: faults.list() }) },
    {
      method: 'POST',
      pattern: '/__sim/faults',
      handle: (req) => {
        const parsed = faultSpecSchema.safeParse(req.body);
        if (!parsed.success) {
          return errorReply(req.path, 400, `invalid fault: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        }
        faults.add(parsed.data);
        return ok({ faults: faults.list() });
      },
    },
    {
      method: 'DELETE',
      pattern: '/__sim/faults',
      handle: () => {
        clearFaults();
        return ok({ faults: [] });
      },
    },
    {
      method: 'POST',
      pattern: '/__sim/reset',
      handle: () => {
        clearFaults();
        stats.reset();
        deps.rateLimiter.reset();
        return ok({ reset: true });
      },
    },
    {
      method: 'POST',
      pattern: '/__sim/advance-epoch',
      handle: () => {
        state.clock.advance();
        const now = state.read();
        return ok({ epoch: now.epoch, block_height: now.blockHeight, settled_epoch: now.epoch - 1 });
      },
    },
    {
      method: 'GET',
      pattern: '/__sim/clock',
      handle: () => {
        const now = state.read();
        return ok({ epoch: now.epoch, progress: now.progress, block_height: now.blockHeight, epoch_duration_ms: state.clock.epochDurationMs });
      },
    },
  ];
}
