import type { ExpectationBasis } from '../../expected-earnings/expected-earnings.types.js';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type SupportRequestType = 'new_node' | 'support' | 'other';
export type SupportRequestStatus = 'pending' | 'in_progress' | 'completed' | 'rejected';

@Entity({ name: 'support_requests' })
export class SupportRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  type: SupportRequestType;

  @Column({ name: 'gpu_type', type: 'text', nullable: true })
  gpuType: string | null;

  @Column({ type: 'integer', default: 1 })
  quantity: number;

  @Column({ type: 'text', nullable: true })
  budget: string | null;

  @Column({ type: 'text', default: 'gonka' })
  network: string;

  @Column({ type: 'text', nullable: true })
  comments: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: SupportRequestStatus;

  @Column({ name: 'admin_notes', type: 'text', nullable: true })
  adminNotes: string | null;

  @Column({ name: 'assigned_to', type: 'uuid', nullable: true })
  assignedTo: string | null;

  /** Expected earnings shown when the request was made (exact GNK text); all four null when none was shown. */
  @Column({ name: 'expected_per_epoch_gnk', type: 'numeric', nullable: true })
  expectedPerEpochGnk: string | null;

  @Column({ name: 'expected_per_day_gnk', type: 'numeric', nullable: true })
  expectedPerDayGnk: string | null;

  @Column({ name: 'expected_basis', type: 'jsonb', nullable: true })
  expectedBasis: ExpectationBasis | null;

  @Column({ name: 'expected_at', type: 'timestamptz', nullable: true })
  expectedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
