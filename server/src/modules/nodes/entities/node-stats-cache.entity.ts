import { Column, Entity, PrimaryColumn } from 'typeorm';

export type NodeStatus = 'healthy' | 'unhealthy' | 'jailed' | 'offline';
export type StatsSource = 'hyperfusion' | 'hashiro' | 'gonka_api';

/** Last good tracker snapshot per node, kept current by the background refresher. */
@Entity({ name: 'node_stats_cache' })
export class NodeStatsCacheEntity {
  @PrimaryColumn({ name: 'node_id', type: 'uuid' })
  nodeId: string;

  @Column({ type: 'text' })
  status: NodeStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  /** GNK with 9 decimals (exact ngonka), kept as string to avoid floating point. */
  @Column({ name: 'status_rule', type: 'text', nullable: true })
  statusRule: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'earnings_day', type: 'numeric', precision: 30, scale: 9, nullable: true })
  earningsDay: string | null;

  @Column({ name: 'earnings_total', type: 'numeric', precision: 30, scale: 9, nullable: true })
  earningsTotal: string | null;

  @Column({ name: 'uptime_percent', type: 'numeric', precision: 5, scale: 2, nullable: true })
  uptimePercent: string | null;

  @Column({ name: 'tokens_per_sec', type: 'double precision', nullable: true })
  tokensPerSec: number | null;

  @Column({ name: 'jobs_day', type: 'integer', nullable: true })
  jobsDay: number | null;

  @Column({ name: 'active_model', type: 'text', nullable: true })
  activeModel: string | null;

  @Column({ name: 'voting_weight', type: 'bigint', nullable: true })
  votingWeight: string | null;

  /** GPU models the host reports (hardware_nodes_all), lower-cased, one per line; null until known. */
  @Column({ name: 'gpu_models', type: 'text', nullable: true })
  gpuModels: string | null;

  @Column({ type: 'text' })
  source: StatsSource;

  @Column({ name: 'fetched_at', type: 'timestamptz' })
  fetchedAt: Date;
}
