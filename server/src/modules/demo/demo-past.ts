import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../../database/db.js';
import { buildNetworkView, type ViewSources } from '../../network/network-view.builder.js';
import type { NetworkView } from '../../network/network-view.types.js';
import { GONKA_CLIENT, HYPERFUSION_CLIENT } from '../../network/upstream-clients.js';
import type { RunningSimulator } from '../../simulator/index.js';
import type { GonkaNodeClient, HyperfusionClient } from '../../upstream/index.js';
import { ActivityService, type StatusChangeActivity } from '../activity/activity.service.js';
import { EarningsService } from '../earnings/earnings.service.js';
import { NodeEpochSamplesRepository, type EpochSampleInput } from '../nodes/node-epoch-samples.repository.js';
import { NodeLookupsRepository } from '../nodes/node-lookups.repository.js';
import { NodeStatusRepository, storedStatus } from '../nodes/node-status.repository.js';
import { pastTimeline, type PastEpoch } from './demo-past-timeline.js';

/** Past epochs read from the network at once (two bulk routes each). */
const PARALLEL_EPOCHS = 6;

export interface DemoPastReport {
  epochs: number;
  samples: number;
  events: number;
  feedLines: number;
}

/**
 * The demo nodes' settled month as the portal would have watched it (issue #15), so the node page's
 * Metrics tab (throughput, uptime timeline) and the feed show a month and not only what happened
 * since the start. Each past epoch is read back from the network the way a refresh reads the live
 * one — the node API's participants of that epoch (declared throughput, exclusions) and the
 * tracker's record of it (counts, jail, health, rates), merged by the same view builder and status
 * rules — and written through the nodes domain's repositories: a sample per node at the epoch's end,
 * a status event at the start of each epoch whose verdict differs from the last, dated by the
 * earnings domain's stored epoch ends. The past is replaced as a whole (a restart's new network
 * drops the earlier run's); its transitions go into the feed only the first time, as live ones do once.
 */
@Injectable()
export class DemoPastService {
  constructor(
    private readonly db: Db,
    private readonly lookups: NodeLookupsRepository,
    private readonly statuses: NodeStatusRepository,
    private readonly samples: NodeEpochSamplesRepository,
    private readonly activity: ActivityService,
    private readonly earnings: EarningsService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
    @Inject(HYPERFUSION_CLIENT) private readonly tracker: HyperfusionClient | null,
  ) {}

  async seed(sim: RunningSimulator, addresses: readonly string[]): Promise<DemoPastReport> {
    const clock = (await (await fetch(`${sim.url}/__sim/clock`)).json()) as { start_epoch: number; history_epoch_ms: number };
    const first = sim.earliestEpoch;
    const live = clock.start_epoch;
    const ends = await this.earnings.settledEpochEnds(first, live - 1);
    // The chain's stored ends where known; the history's cadence from its start otherwise.
    const endOf = (e: number) => ends.get(e) ?? new Date(sim.historyStartMs + (e - first + 1) * clock.history_epoch_ms);
    const startOf = (e: number) => (e === first ? new Date(sim.historyStartMs) : endOf(e - 1));
    const epochs = Array.from({ length: live - first }, (_, i) => first + i);
    const views = new Map<number, NetworkView>();
    for (let i = 0; i < epochs.length; i += PARALLEL_EPOCHS) {
      const batch = epochs.slice(i, i + PARALLEL_EPOCHS);
      const read = await Promise.all(batch.map((e) => this.viewOf(e)));
      for (const [k, e] of batch.entries()) {
        const view = read[k];
        if (view) views.set(e, view);
      }
    }
    const ids = await this.lookups.idsByIdentifier(addresses);
    const nodes = addresses.flatMap((a) => (ids.has(a) ? [{ address: a, id: ids.get(a)! }] : []));
    const report: DemoPastReport = { epochs: views.size, samples: 0, events: 0, feedLines: 0 };
    await this.db.transaction(async (tx) => {
      const dropped = await this.statuses.dropEventsBefore(
        nodes.map((n) => n.id),
        startOf(live),
        tx,
      );
      const feed: StatusChangeActivity[] = [];
      for (const [epoch, view] of views) {
        const samples: EpochSampleInput[] = nodes.map(({ address, id }) => {
          const n = view.nodes[address];
          return { nodeId: id, tokensPerSec: n?.tokensPerSec ?? null, inferenceCount: n?.inferenceCount ?? null, missedRequests: n?.missedRequests ?? null };
        });
        await this.samples.put(epoch, samples, endOf(epoch), tx);
        report.samples += samples.length;
      }
      for (const { address, id } of nodes) {
        const past: PastEpoch[] = [...views].map(([epoch, view]) => ({ startedAt: startOf(epoch), verdict: view.nodes[address] }));
        const events = pastTimeline(past);
        await this.statuses.addEvents(
          events.map((e) => ({ ...e, nodeId: id })),
          tx,
        );
        report.events += events.length;
        if (dropped.has(id)) continue;
        for (const e of events) {
          if (e.oldStatus === null) continue;
          const params = { fromStatus: e.oldStatus, toStatus: e.newStatus, statusRule: e.rule, statusDetails: e.details };
          feed.push({ nodeId: id, from: storedStatus(e.oldStatus), to: storedStatus(e.newStatus), reason: e.reason ?? '', params, at: e.at });
        }
      }
      if (feed.length) await this.activity.recordStatusChanges(feed, tx);
      report.feedLines = feed.length;
    });
    return report;
  }

  /** The network as a refresh would have seen it at the end of a past epoch; null when neither source answers. */
  private async viewOf(epoch: number): Promise<NetworkView | null> {
    const [participants, tracker] = await Promise.allSettled([this.gonka?.epochParticipants(epoch), this.tracker?.inferenceEpoch(epoch)]);
    const src: ViewSources = {};
    const failed: string[] = [];
    if (participants.status === 'fulfilled' && participants.value) src.participants = participants.value;
    else failed.push('participants');
    if (tracker.status === 'fulfilled' && tracker.value) src.tracker = tracker.value;
    else failed.push('tracker');
    return src.participants || src.tracker ? buildNetworkView(src, failed) : null;
  }
}
