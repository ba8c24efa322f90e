import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, type Repository } from 'typeorm';
import { NotFound } from '../../common/domain-error.js';
import { type ConnectionResult, paginate } from '../../graphql/connection.js';
import { toUser } from './dto/user.mapper.js';
import type { User } from './dto/user.model.js';
import type { UpdateProfileInput } from './dto/update-profile.input.js';
import type { UsersArgs } from './dto/users.args.js';
import { UserEntity, type UserRole } from './entities/user.entity.js';
import { normalizeEmail } from './email.js';
import { EmailTaken } from './users.errors.js';

export interface NewUser {
  email: string;
  passwordHash: string;
  role?: UserRole;
}

const UNIQUE_VIOLATION = '23505';

/** Escapes LIKE wildcards so a search for "a_b" matches only that text. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async getById(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFound('User');
    return user;
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
  }

  /** With the password hash (hidden from every other query). */
  findForSignIn(where: { email: string } | { id: string }): Promise<(UserEntity & { passwordHash: string }) | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where(where)
      .getOne() as Promise<(UserEntity & { passwordHash: string }) | null>;
  }

  /** Creates an account; a taken email (checked by the unique index, race-free) is CONFLICT. */
  async create({ email, passwordHash, role = 'user' }: NewUser): Promise<UserEntity> {
    try {
      const saved = await this.users.insert({ email, passwordHash, role });
      return this.getById(saved.identifiers[0].id as string);
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === UNIQUE_VIOLATION) throw new EmailTaken();
      throw e;
    }
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.users.update({ id }, { passwordHash });
  }

  async setRole(id: string, role: UserRole): Promise<void> {
    await this.users.update({ id }, { role });
  }

  async adminExists(): Promise<boolean> {
    return this.users.exists({ where: { role: 'admin' } });
  }

  /**
   * One UPDATE naming only the given columns, with preferences merged into the stored ones in SQL
   * (`||` on jsonb): parallel partial updates never read-modify-write, so none is lost.
   */
  async updateProfile(id: string, input: UpdateProfileInput): Promise<User> {
    const changes: Record<string, unknown> = {};
    if (input.displayName !== undefined) changes.displayName = input.displayName;
    if (input.telegram !== undefined) changes.telegram = input.telegram;
    if (input.discord !== undefined) changes.discord = input.discord;
    if (input.currencyPreference != null) changes.currencyPreference = input.currencyPreference;
    const prefs = Object.fromEntries(Object.entries(input.notificationPreferences ?? {}).filter(([, value]) => typeof value === 'boolean'));
    if (Object.keys(prefs).length) changes.notificationPrefs = () => `notification_prefs || CAST(:prefs AS jsonb)`;
    if (Object.keys(changes).length) {
      const result = await this.users
        .createQueryBuilder()
        .update(UserEntity)
        .set(changes)
        .where('id = :id', { id, prefs: JSON.stringify(prefs) })
        .execute();
      if (!result.affected) throw new NotFound('User');
    }
    return toUser(await this.getById(id));
  }

  list(args: UsersArgs): Promise<ConnectionResult<User>> {
    const qb = this.users.createQueryBuilder('u');
    if (args.search) qb.where(`u.email LIKE :pattern`, { pattern: likePattern(normalizeEmail(args.search)) });
    return paginate(qb, args, 'u', { map: toUser });
  }
}
