import { Injectable, Logger } from '@nestjs/common';
import { CachedResourceService } from '../../cache/cached-resource.service.js';
import { AppConfig } from '../../config/app-config.js';
import { NetworkViewService } from '../../network/network-view.service.js';
import { EarningsService } from '../earnings/earnings.service.js';
import { EarningsSyncService } from '../earnings/earnings-sync.service.js';
import { ExpectedEarningsUnavailableReason as Unavailable, type ExpectationResult } from './expected-earnings.types.js';
import { gpuModelKey } from './gpu-model.js';
import { averageEpochSeconds, type PerGpuRewards, perGpuRewards, projectReward } from './reward-per-gpu.rules.js';

/** How many settled epochs the network median is taken over (about a week of ~23 h epochs). */
export const EXPECTATION_EPOCHS = 7;

/**
 * Expected earnings of GPUs of one model (issue #16): the network median settled reward per GPU of
 * hosts with only that model, over the last EXPECTATION_EPOCHS settled epochs, × the quantity.
 * Read from what the portal already fetches: the settled epochs' bulk summaries (shared with the
 * earnings sync, one read per epoch ever) and the network's hardware list (the shared network view).
 * Each epoch's per-GPU rewards of every model are computed once and cached; a call then only takes
 * the median. Hardware is the hosts' current report: the chain keeps no history of it.
 */
@Injectable()
export class ExpectedEarningsService {
  private readonly log = new Logger(ExpectedEarningsService.name);
  private readonly ttlMs: number;
  /** Epochs found not settled on chain yet, until when they are not asked again (this replica). */
  private readonly unsettledUntil = new Map<number, number>();
  /** The window read for the current epoch, shared by concurrent and later asks until `until`. */
  private readonly windows = new Map<number, { window: Promise<EpochWindow>; until: number }>();

  constructor(
    private readonly view: NetworkViewService,
    private readonly resources: CachedResourceService,
    private readonly sync: EarningsSyncService,
    private readonly earnings: EarningsService,
    config: AppConfig,
  ) {
    this.ttlMs = config.env.CACHE_TTL_SECONDS * 1000;
  }

  async expect(gpuText: string, quantity: number): Promise<ExpectationResult> {
    const model = gpuModelKey(gpuText);
    if (!model) return unavailable(Unavailable.UNKNOWN_GPU_MODEL);
    let current: number;
    let viewEpochSeconds: number | null;
    try {
      const { value } = await this.view.status();
      current = value.chainClock?.epochIndex ?? value.epochId;
      // blocks × average block time: whole seconds are precision enough for a per-day figure.
      viewEpochSeconds = value.epochSeconds === null ? null : Math.round(value.epochSeconds);
    } catch {
      return unavailable(Unavailable.NETWORK_UNAVAILABLE);
    }
    if (current < 1) return unavailable(Unavailable.NO_SETTLED_EPOCHS);

    const { read, failures, epochSeconds: chainEpochSeconds } = await this.window(current);
    if (read.length === 0) return unavailable(failures ? Unavailable.NETWORK_UNAVAILABLE : Unavailable.NO_SETTLED_EPOCHS);
    const fromEpoch = read[read.length - 1].epoch;
    const toEpoch = read[0].epoch;
    const epochSeconds = chainEpochSeconds ?? viewEpochSeconds;
    const projection = projectReward(
      read.map((r) => r.rewards),
      model,
      quantity,
      epochSeconds,
    );
    if (!projection) return unavailable(failures ? Unavailable.NETWORK_UNAVAILABLE : Unavailable.NO_NETWORK_DATA);
    return {
      unavailableReason: null,
      expected: {
        quantity,
        perEpoch: projection.perEpoch,
        perDay: projection.perDay,
        computedAt: new Date(),
        basis: {
          gpuModel: model,
          medianPerGpu: projection.medianPerGpu,
          epochs: projection.epochs,
          fromEpoch,
          toEpoch,
          networkNodes: projection.hosts,
          samples: projection.samples,
          epochSeconds: projection.perDay === null ? null : epochSeconds,
        },
      },
    };
  }

  /**
   * The settled epochs of the window before `current` with their per-GPU rewards, and their length
   * from the chain's dates. Shared for a TTL by every ask in this process while complete (a form
   * being typed in, a burst of requests): one computation, no query per ask.
   */
  private window(current: number): Promise<EpochWindow> {
    const memo = this.windows.get(current);
    if (memo && memo.until > Date.now()) return memo.window;
    const window = this.readWindow(current);
    this.windows.clear();
    this.windows.set(current, { window, until: Date.now() + this.ttlMs });
    const forget = () => this.windows.get(current)?.window === window && this.windows.delete(current);
    window.then((w) => w.failures > 0 && forget(), forget);
    return window;
  }

  private async readWindow(current: number): Promise<EpochWindow> {
    // The newest settled epochs; the last one may not be settled on chain yet (minutes after the epoch moved on).
    const read: { epoch: number; rewards: PerGpuRewards }[] = [];
    let failures = 0;
    for (let epoch = current - 1; epoch >= 0 && epoch >= current - 1 - EXPECTATION_EPOCHS && read.length < EXPECTATION_EPOCHS; epoch--) {
      const rewards = await this.epochPerGpu(epoch).catch((e: Error) => {
        failures++;
        this.log.warn(`expected earnings: epoch ${epoch} not read: ${e.message}`);
        return null;
      });
      if (rewards) read.push({ epoch, rewards });
    }
    if (read.length === 0) return { read, failures, epochSeconds: null };
    const ends = await this.earnings.settledEpochEnds(read[read.length - 1].epoch, read[0].epoch);
    return { read, failures, epochSeconds: averageEpochSeconds([...ends].map(([epoch, at]) => ({ epoch, at }))) };
  }

  /** One settled epoch's per-GPU rewards of every model, cached for good (keyed by the reading of its rewards); null: not settled yet. */
  private async epochPerGpu(epoch: number): Promise<PerGpuRewards | null> {
    if ((this.unsettledUntil.get(epoch) ?? 0) > Date.now()) return null;
    const settled = await this.sync.hostRewards(epoch);
    if (!settled) {
      this.unsettledUntil.set(epoch, Date.now() + this.ttlMs);
      return null;
    }
    this.unsettledUntil.delete(epoch);
    const key = `gonka:per-gpu:v1:${epoch}:${settled.readAt}`;
    const cached = await this.resources.get(key, async () => perGpuRewards(settled.rewards, (await this.view.hardware()).value), Infinity);
    return cached.value;
  }
}

interface EpochWindow {
  read: { epoch: number; rewards: PerGpuRewards }[];
  failures: number;
  epochSeconds: number | null;
}

function unavailable(reason: Unavailable): ExpectationResult {
  return { expected: null, unavailableReason: reason };
}
