import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type IdentifierType = 'wallet' | 'node_id' | 'operator' | 'validator';

/** A tracked Gonka identifier (usually a `gonka1…` host address). VM specs live in the cloud's API. */
@Entity({ name: 'nodes' })
export class NodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  identifier: string;

  @Column({ name: 'identifier_type', type: 'text' })
  identifierType: IdentifierType;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  @Column({ name: 'gpu_type', type: 'text', nullable: true })
  gpuType: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'gcore_instance_id', type: 'text', nullable: true })
  gcoreInstanceId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
