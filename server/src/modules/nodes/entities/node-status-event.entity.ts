import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NodeStatus } from './node-stats-cache.entity.js';

/** One status transition; uptime % and the health timeline are computed from these. */
@Entity({ name: 'node_status_events' })
export class NodeStatusEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'node_id', type: 'uuid' })
  nodeId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'old_status', type: 'text', nullable: true })
  oldStatus: NodeStatus | null;

  @Column({ name: 'new_status', type: 'text' })
  newStatus: NodeStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
