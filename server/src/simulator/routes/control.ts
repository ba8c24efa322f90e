/** `/__sim/*`: measurement and control for tests, benchmarks and demos (not counted in stats). */
import { z } from 'zod';
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
  /** Moves simulated time forward by `ms`. */
  advanceTime(ms: number): void;
  /** Stops (or restarts) simulated time following the underlying clock. */
  pauseClock(paused: boolean): void;
  /** Simulated time minus the underlying clock, and whether the clock is paused. */
  clockStatus(): { offsetMs: number; paused: boolean };
}

/** One week at most per call: enough for any benchmark, small enough to catch a unit mix-up. */
const MAX_ADVANCE_MS = 7 * 24 * 3_600_000;
const advanceClockSchema = z.object({ ms: z.number().int().min(0).max(MAX_ADVANCE_MS) }).strict();
const pauseClockSchema = z.object({ paused: z.boolean() }).strict();
const resetSchema = z.object({ hosts: z.boolean().optional() }).strict();

export function controlRoutes(deps: ControlDeps): RouteDef[] {
  const { state, stats, faults } = deps;
  const clearFaults = (): void => {
    faults.clear();
    deps.releaseHungRequests();
  };
  return [
    { method: 'GET', pattern: '/__sim/stats', handle: () => ok(stats.snapshot()) },
    { method: 'GET', pattern: '/__sim/stats/pages', handle: () => ok(stats.pageSnapshot()) },
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
      handle: (req) => {
        // `{"hosts": false}` keeps the host scripts (a test that refreshes between scripted epochs).
        const parsed = resetSchema.safeParse(req.body ?? {});
        if (!parsed.success) return errorReply(req.path, 400, 'expected {"hosts"?: boolean}');
        clearFaults();
        if (parsed.data.hosts !== false) state.clearAllScripts();
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
      method: 'POST',
      pattern: '/__sim/advance-clock',
      handle: (req) => {
        const parsed = advanceClockSchema.safeParse(req.body);
        if (!parsed.success) return errorReply(req.path, 400, `expected {"ms": integer 0..${MAX_ADVANCE_MS}}`);
        const before = state.read().epoch;
        deps.advanceTime(parsed.data.ms);
        const now = state.read();
        const { offsetMs, paused } = deps.clockStatus();
        return ok({ epoch: now.epoch, progress: now.progress, block_height: now.blockHeight, epochs_ended: now.epoch - before, offset_ms: offsetMs, paused });
      },
    },
    {
      method: 'POST',
      pattern: '/__sim/clock',
      handle: (req) => {
        const parsed = pauseClockSchema.safeParse(req.body);
        if (!parsed.success) return errorReply(req.path, 400, 'expected {"paused": boolean}');
        deps.pauseClock(parsed.data.paused);
        const now = state.read();
        const { offsetMs, paused } = deps.clockStatus();
        return ok({ epoch: now.epoch, progress: now.progress, block_height: now.blockHeight, offset_ms: offsetMs, paused });
      },
    },
    {
      method: 'GET',
      pattern: '/__sim/clock',
      handle: () => {
        const now = state.read();
        return ok({
          epoch: now.epoch,
          progress: now.progress,
          block_height: now.blockHeight,
          epoch_duration_ms: state.clock.epochDurationMs,
          // The settled history before the live epochs: its first epoch, when it started, its cadence.
          start_epoch: state.clock.startEpoch,
          earliest_epoch: state.earliestEpoch,
          history_start: new Date(state.historyStartMs).toISOString(),
          history_start_ms: state.historyStartMs,
          history_epoch_ms: state.clock.epochLengthMs(state.earliestEpoch),
        });
      },
    },
  ];
}
