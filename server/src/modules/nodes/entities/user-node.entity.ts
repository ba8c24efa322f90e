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

  /** From when the owner sees the node's history; null: all of it (the node's first owner). */
  @Column({ name: 'visible_from', type: 'timestamptz', nullable: true })
  visibleFrom: Date | null;
}
