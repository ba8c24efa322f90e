import { Injectable } from '@nestjs/common';
import { BadUserInput } from '../../common/domain-error.js';
import { EarningsService } from '../earnings/earnings.service.js';
import type { Node } from './dto/node.model.js';
import type { NodeEpochMetrics } from './dto/node-epoch-metrics.model.js';
import { type EpochSampleRow, NodeEpochSamplesRepository, SAMPLE_EPOCHS_KEPT } from './node-epoch-samples.repository.js';
import { NodeMetricsRepository } from './node-metrics.repository.js';

export const METRICS_HISTORY_DEFAULT_EPOCHS = 30;
export const METRICS_HISTORY_MAX_EPOCHS = SAMPLE_EPOCHS_KEPT;

type Counts = { inferenceCount: number | null; missedRequests: number | null };

/** Requests, misses and their rate from two counts, each null when a count is unknown (absent is not zero). */
function requestFigures(c: Counts | undefined): Pick<NodeEpochMetrics, 'inferenceCount' | 'missedRequests' | 'totalRequests' | 'missRate'> {
  const inferenceCount = c?.inferenceCount ?? null;
  const missedRequests = c?.missedRequests ?? null;
  const totalRequests = inferenceCount === null || missedRequests === null ? null : inferenceCount + missedRequests;
  return { inferenceCount, missedRequests, totalRequests, missRate: totalRequests ? (missedRequests as number) / totalRequests : null };
}

/**
 * Node.metricsHistory: per epoch, the chain's settled request counts (the earnings domain's stored
 * outcomes), the refresher's throughput samples and the running epoch's live counts
 * (node_epoch_samples), and the uptime over the status timeline within the epoch's bounds — all
 * within the viewer's ownership period.
 */
@Injectable()
export class NodeMetricsHistoryService {
  constructor(
    private readonly earnings: EarningsService,
    private readonly samples: NodeEpochSamplesRepository,
    private readonly metrics: NodeMetricsRepository,
  ) {}

  /** The last `epochs` epochs (oldest first), from the first one any source knows. */
  async history(node: Pick<Node, 'id' | 'visibleFrom'>, epochs = METRICS_HISTORY_DEFAULT_EPOCHS): Promise<NodeEpochMetrics[]> {
    if (!Number.isInteger(epochs) || epochs < 1 || epochs > METRICS_HISTORY_MAX_EPOCHS) {
      throw new BadUserInput('epochs', `epochs must be between 1 and ${METRICS_HISTORY_MAX_EPOCHS}`);
    }
    const since = node.visibleFrom ?? null;
    const [settled, sampled] = await Promise.all([this.earnings.latestSettledEpoch(), this.samples.latestEpoch(node.id)]);
    const last = Math.max(settled ?? -1, sampled ?? -1);
    if (last < 0) return [];
    const from = Math.max(0, last - epochs + 1);
    const [counts, samples, ends] = await Promise.all([
      this.earnings.epochCounts(node.id, since, from, last),
      this.samples.range(node.id, from, last, since),
      this.earnings.settledEpochEnds(from - 1, last),
    ]);
    const countsOf = new Map(counts.map((c) => [c.epoch, c]));
    const sampleOf = new Map<number, EpochSampleRow>(samples.map((s) => [s.epoch, s]));
    const known = [...countsOf.keys(), ...sampleOf.keys()];
    if (known.length === 0) return [];
    const points: NodeEpochMetrics[] = [];
    for (let epoch = Math.min(...known); epoch <= last; epoch++) {
      const inProgress = settled === null || epoch > settled;
      const sample = sampleOf.get(epoch);
      // A settled epoch is told by the chain's summary only; a running one by its live counts so far.
      const figures = requestFigures(
        inProgress ? sample && { inferenceCount: sample.inference_count, missedRequests: sample.missed_requests } : countsOf.get(epoch),
      );
      points.push({
        epoch,
        startedAt: ends.get(epoch - 1) ?? null,
        endedAt: inProgress ? null : (ends.get(epoch) ?? null),
        inProgress,
        tokensPerSec: sample?.tokens_per_sec ?? null,
        ...figures,
        uptimePercent: null,
      });
    }
    await this.addUptime(node.id, points, since);
    return points;
  }

  /** Uptime of each epoch whose bounds are known, clamped to the viewer's period and to now. */
  private async addUptime(nodeId: string, points: NodeEpochMetrics[], since: Date | null): Promise<void> {
    const now = new Date();
    const windows = points.flatMap((p) => {
      if (!p.startedAt) return [];
      const from = since && since > p.startedAt ? since : p.startedAt;
      const to = p.endedAt && p.endedAt < now ? p.endedAt : now;
      return from < to ? [{ epoch: p.epoch, from, to }] : [];
    });
    const uptime = await this.metrics.uptimeByEpoch(nodeId, windows);
    for (const p of points) p.uptimePercent = uptime.get(p.epoch) ?? null;
  }
}
