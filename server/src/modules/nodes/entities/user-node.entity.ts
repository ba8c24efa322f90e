import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Ownership link with its audit trail (who assigned, when). A node has at most one owner. */
@Entity({ name: 'user_nodes' })
export class UserNodeEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'node_id', type: 'uuid' })
  nodeId: string;

  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' })
  assignedAt: Date;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy: string | null;
}
