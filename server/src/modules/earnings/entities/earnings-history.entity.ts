import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StatsSource } from '../../nodes/node-status.repository.js';

/**
 * One settled epoch's reward for one node. Keyed by (node, epoch) rather than (node, date):
 * epochs are not days (≈23 h on mainnet, minutes in the simulator); daily sums group by `date`.
 * Settled epochs are immutable, so rows are only ever inserted (claimed may flip to true).
 */
@Entity({ name: 'earnings_history' })
export class EarningsHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'node_id', type: 'uuid' })
  nodeId: string;

  @Column({ type: 'integer' })
  epoch: number;

  /** Settlement day (UTC) for daily/weekly charts. */
  @Column({ type: 'date' })
  date: string;

  @Column({ name: 'settled_at', type: 'timestamptz' })
  settledAt: Date;

  /** `rewarded_coins` in GNK with 9 decimals — exact, never a float. */
  @Column({ name: 'earnings_gnk', type: 'numeric', precision: 30, scale: 9 })
  earningsGnk: string;

  @Column({ type: 'boolean', default: false })
  claimed: boolean;

  @Column({ type: 'text' })
  source: StatsSource;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
