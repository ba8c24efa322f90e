import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ActivityParamsData } from '../activity-params.js';

export type ActivityKind = 'status_change' | 'assignment' | 'request_update';

/** One line of a user's activity feed (node status changes, node assignments, support request updates). */
@Entity({ name: 'activity_events' })
export class ActivityEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** Whose feed the event appears in. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  kind: ActivityKind;

  @Column({ name: 'node_id', type: 'uuid', nullable: true })
  nodeId: string | null;

  @Column({ name: 'support_request_id', type: 'uuid', nullable: true })
  supportRequestId: string | null;

  @Column({ type: 'text' })
  message: string;

  /** What `message` is worded from; null on lines written before the column existed. */
  @Column({ type: 'jsonb', nullable: true })
  params: ActivityParamsData | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
