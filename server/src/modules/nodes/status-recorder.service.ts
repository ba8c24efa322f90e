import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TrackedNode } from '../earnings/earnings-sync.service.js';
import type { NetworkView, NodeHardwareView } from '../../network/network-view.types.js';
import { liveToSnapshot, reportedGpuModels } from './stats-snapshot.js';

/**
 * Stores each tracked node's latest snapshot and, when its status changed, one status event
 * (time, old → new, reason) — the source of uptime % and the health timeline.
 */
@Injectable()
export class StatusRecorderService {
  constructor(private readonly db: DataSource) {}

  /** `hardware` null: the hardware list failed; each node keeps the GPU models stored before. */
  async record(view: NetworkView, tracked: TrackedNode[], hardware: Record<string, NodeHardwareView> | null = null): Promise<number> {
    if (tracked.length === 0) return 0;
    const snaps = tracked.map((t) => ({ id: t.id, ...liveToSnapshot(view.nodes[t.identifier]), gpuModels: reportedGpuModels(hardware, t.identifier) }));
    return this.db.transaction(async (tx) => {
      // Old statuses first (locked), so two refreshers can't both record the same transition.
      const before: { node_id: string; status: string }[] = await tx.query(
        `SELECT node_id, status FROM node_stats_cache WHERE node_id = ANY($1::uuid[]) FOR UPDATE`,
        [snaps.map((s) => s.id)],
      );
      const old = new Map(before.map((r) => [r.node_id, r.status]));
      await tx.query(
        `INSERT INTO node_stats_cache (node_id, status, status_rule, status_reason, tokens_per_sec, jobs_day, active_model, voting_weight, gpu_models, source, fetched_at, last_error)
         SELECT * , 'gonka_api', now(), NULL FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::int[], $7::text[], $8::bigint[], $9::text[])
         ON CONFLICT (node_id) DO UPDATE SET status = EXCLUDED.status, status_rule = EXCLUDED.status_rule,
           status_reason = EXCLUDED.status_reason, tokens_per_sec = EXCLUDED.tokens_per_sec, jobs_day = EXCLUDED.jobs_day,
           active_model = EXCLUDED.active_model, voting_weight = EXCLUDED.voting_weight,
           gpu_models = COALESCE(EXCLUDED.gpu_models, node_stats_cache.gpu_models), source = EXCLUDED.source,
           fetched_at = EXCLUDED.fetched_at, last_error = NULL`,
        [
          snaps.map((s) => s.id),
          snaps.map((s) => s.status),
          snaps.map((s) => s.statusRule),
          snaps.map((s) => s.statusReason),
          snaps.map((s) => s.tokensPerSec),
          snaps.map((s) => s.jobsDay),
          snaps.map((s) => s.activeModel),
          snaps.map((s) => s.votingWeight),
          snaps.map((s) => s.gpuModels),
        ],
      );
      const changed = snaps.filter((s) => old.get(s.id) !== s.status);
      if (changed.length === 0) return 0;
      await tx.query(
        `INSERT INTO node_status_events (node_id, at, old_status, new_status, reason)
         SELECT u.id, now(), u.old, u.new, u.reason FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, old, new, reason)`,
        [changed.map((s) => s.id), changed.map((s) => old.get(s.id) ?? null), changed.map((s) => s.status), changed.map((s) => s.statusReason)],
      );
      // Owners' activity feed: real transitions only, not a node's first observation.
      const transitions = changed.filter((s) => old.has(s.id));
      if (transitions.length) {
        await tx.query(
          `INSERT INTO activity_events (user_id, kind, node_id, message)
           SELECT un.user_id, 'status_change', n.id,
                  left(COALESCE(n.display_name, n.identifier) || ': ' || u.old || ' → ' || u.new || ' (' || u.reason || ')', 500)
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, old, new, reason)
           JOIN nodes n ON n.id = u.id JOIN user_nodes un ON un.node_id = n.id`,
          [transitions.map((s) => s.id), transitions.map((s) => old.get(s.id)), transitions.map((s) => s.status), transitions.map((s) => s.statusReason)],
        );
      }
      return changed.length;
    });
  }
}
