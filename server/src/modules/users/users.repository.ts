/**
 * Owns `users`. Reaches it ONE way: TypeORM, with `UserEntity` (entities/user.entity.ts) as the row
 * type, through `Db.dataSource` or the caller's `tx.manager`. Why not raw SQL: the admin list is a
 * Relay connection and `paginate()` (graphql/connection.ts) needs a QueryBuilder; and the entity
 * keeps `password_hash` out of every read that does not ask for it (`select: false`). No hot path
 * reads this table (customers' requests never do; see auth/access-gate.ts).
 */
import { Injectable } from '@nestjs/common';
import { QueryFailedError, type Repository } from 'typeorm';
import { Db, type Tx } from '../../database/db.js';
import { type ConnectionArgs, type ConnectionResult, paginate } from '../../graphql/connection.js';
import { type AlertRulesValue, alertRulesOf } from './alert-rules.js';
import { type Currency, UserEntity, type UserRole } from './entities/user.entity.js';

const UNIQUE_VIOLATION = '23505';

/** Escapes LIKE wildcards so a search for "a_b" matches only that text. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface AlertRecipientSettings {
  userId: string;
  role: UserRole;
  language: 'EN' | 'RU';
  alertRules: AlertRulesValue;
  notificationPrefs: Record<string, boolean>;
}

export type UserWithPasswordHash = UserEntity & { passwordHash: string };

/** The profile columns an update may set; absent keys are left alone. */
export interface ProfileColumns {
  displayName?: string | null;
  telegram?: string | null;
  discord?: string | null;
  currencyPreference?: Currency;
  language?: 'EN' | 'RU';
}

@Injectable()
export class UsersRepository {
  constructor(private readonly db: Db) {}

  private users(tx?: Tx): Repository<UserEntity> {
    return (tx?.manager ?? this.db.dataSource.manager).getRepository(UserEntity);
  }

  findById(id: string, tx?: Tx): Promise<UserEntity | null> {
    return this.users(tx).findOneBy({ id });
  }

  /** One query for any number of ids (the per-request loader's batch); missing ids are simply absent. */
  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users().createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
  }

  /** With the password hash (hidden from every other query). */
  findForSignIn(where: { email: string } | { id: string }): Promise<UserWithPasswordHash | null> {
    return this.users().createQueryBuilder('u').addSelect('u.passwordHash').where(where).getOne() as Promise<UserWithPasswordHash | null>;
  }

  /** The new account's id, or null when the email is taken (the unique index decides, race-free). */
  async insert(user: { email: string; passwordHash: string; role: UserRole }): Promise<string | null> {
    try {
      const saved = await this.users().insert(user);
      return saved.identifiers[0].id as string;
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw e;
    }
  }

  /** The account's id, creating it when the email is free; an existing account is left as it is. */
  async insertOrGetId(user: { email: string; passwordHash: string; role: UserRole }): Promise<string> {
    const result = await this.users().createQueryBuilder().insert().into(UserEntity).values(user).orUpdate(['email'], ['email']).returning('id').execute();
    return (result.raw as Array<{ id: string }>)[0].id;
  }

  async findIdByEmail(email: string): Promise<string | null> {
    const found = await this.users().findOne({ select: { id: true }, where: { email } });
    return found?.id ?? null;
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.users().update({ id }, { passwordHash });
  }

  async setRole(id: string, role: UserRole): Promise<void> {
    await this.users().update({ id }, { role });
  }

  /** All accounts and the admins among them, in one statement (the system stats). */
  async counts(): Promise<{ users: number; admins: number }> {
    const row = await this.users()
      .createQueryBuilder('u')
      .select('count(*)::int', 'users')
      .addSelect(`count(*) FILTER (WHERE u.role = 'admin')::int`, 'admins')
      .getRawOne<{ users: number; admins: number }>();
    return row!;
  }

  /**
   * One UPDATE naming only the given columns, with `prefs` merged into the stored preferences in SQL
   * (`||` on jsonb), and likewise `rules` into the alert rules: parallel partial updates never
   * read-modify-write, so none is lost. False: no such account.
   */
  async updateProfile(id: string, columns: ProfileColumns, prefs: Record<string, boolean>, rules: Record<string, number | null> = {}): Promise<boolean> {
    const changes: Record<string, unknown> = { ...columns };
    if (Object.keys(prefs).length) changes.notificationPrefs = () => `notification_prefs || CAST(:prefs AS jsonb)`;
    if (Object.keys(rules).length) changes.alertRules = () => `alert_rules || CAST(:rules AS jsonb)`;
    const result = await this.users()
      .createQueryBuilder()
      .update(UserEntity)
      .set(changes)
      .where('id = :id', { id, prefs: JSON.stringify(prefs), rules: JSON.stringify(rules) })
      .execute();
    return Boolean(result.affected);
  }

  /** What alerting needs of each recipient (issue #14): language, rules, preferences; missing ids are absent. */
  async alertSettings(ids: readonly string[]): Promise<Map<string, AlertRecipientSettings>> {
    if (ids.length === 0) return new Map();
    const rows = await this.users()
      .createQueryBuilder('u')
      .select(['u.id', 'u.role', 'u.language', 'u.alertRules', 'u.notificationPrefs'])
      .where('u.id IN (:...ids)', { ids })
      .getMany();
    return new Map(
      rows.map((u) => [
        u.id,
        { userId: u.id, role: u.role, language: u.language, alertRules: alertRulesOf(u.alertRules), notificationPrefs: u.notificationPrefs ?? {} },
      ]),
    );
  }

  /** Every admin's id: the recipients of system alerts and of new support requests (`tx`: inside the caller's transaction, holding no second connection). */
  async adminIds(tx?: Tx): Promise<string[]> {
    const rows = await this.users(tx).find({ select: { id: true }, where: { role: 'admin' } });
    return rows.map((r) => r.id);
  }

  /** Newest first; `emailContains` (already normalized) matches a substring of the stored email. */
  page<N>(args: ConnectionArgs, emailContains: string | undefined, map: (user: UserEntity) => N): Promise<ConnectionResult<N>> {
    const qb = this.users().createQueryBuilder('u');
    if (emailContains !== undefined) qb.where(`u.email LIKE :pattern`, { pattern: likePattern(emailContains) });
    return paginate(qb, args, 'u', { map });
  }
}
