import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type UserRole = 'user' | 'admin';
export type Currency = 'USD' | 'EUR' | 'GNK';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; uniqueness is enforced by the database. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'text', default: 'user' })
  role: UserRole;

  /** Public name: what customers see of an admin handling their request. */
  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  @Column({ type: 'text', nullable: true })
  telegram: string | null;

  @Column({ type: 'text', nullable: true })
  discord: string | null;

  @Column({ name: 'currency_preference', type: 'text', default: 'USD' })
  currencyPreference: Currency;

  @Column({ name: 'notification_prefs', type: 'jsonb', default: () => `'{}'::jsonb` })
  notificationPrefs: Record<string, boolean>;

  /** Language of messages sent outside the browser (email, Telegram, …); set from the client's choice. */
  @Column({ type: 'text', default: 'EN' })
  language: 'EN' | 'RU';

  /** Overrides of the alert rules (modules/users/alert-rules.ts has the defaults). */
  @Column({ name: 'alert_rules', type: 'jsonb', default: () => `'{}'::jsonb` })
  alertRules: Record<string, number | null>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
