import { Injectable } from '@nestjs/common';
import { NotFound } from '../../common/domain-error.js';
import type { ConnectionResult } from '../../graphql/connection.js';
import { toUser } from './dto/user.mapper.js';
import type { User } from './dto/user.model.js';
import type { UpdateProfileInput } from './dto/update-profile.input.js';
import type { UsersArgs } from './dto/users.args.js';
import type { UserEntity, UserRole } from './entities/user.entity.js';
import { normalizeEmail } from './email.js';
import { EmailTaken } from './users.errors.js';
import { type ProfileColumns, UsersRepository, type UserWithPasswordHash } from './users.repository.js';

export interface NewUser {
  email: string;
  passwordHash: string;
  role?: UserRole;
}

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  async getById(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFound('User');
    return user;
  }

  /** With the password hash (hidden from every other query). */
  findForSignIn(where: { email: string } | { id: string }): Promise<UserWithPasswordHash | null> {
    return this.users.findForSignIn(where);
  }

  /** Creates an account; a taken email (checked by the unique index, race-free) is CONFLICT. */
  async create({ email, passwordHash, role = 'user' }: NewUser): Promise<UserEntity> {
    const id = await this.users.insert({ email, passwordHash, role });
    if (id === null) throw new EmailTaken();
    return this.getById(id);
  }

  setPasswordHash(id: string, passwordHash: string): Promise<void> {
    return this.users.setPasswordHash(id, passwordHash);
  }

  setRole(id: string, role: UserRole): Promise<void> {
    return this.users.setRole(id, role);
  }

  /**
   * Only the fields the input names change (null clears a handle; a null currency is ignored), and
   * only boolean preferences and numeric alert rules are merged: parallel partial updates each keep
   * the others' changes.
   */
  async updateProfile(id: string, input: UpdateProfileInput): Promise<User> {
    const columns: ProfileColumns = {};
    if (input.displayName !== undefined) columns.displayName = input.displayName;
    if (input.telegram !== undefined) columns.telegram = input.telegram;
    if (input.discord !== undefined) columns.discord = input.discord;
    if (input.currencyPreference != null) columns.currencyPreference = input.currencyPreference;
    if (input.language != null) columns.language = input.language;
    const prefs = Object.fromEntries(Object.entries(input.notificationPreferences ?? {}).filter(([, value]) => typeof value === 'boolean'));
    // A null rule keeps its value, except reminderMinutes, where null means "no reminders".
    const rules = Object.fromEntries(
      Object.entries(input.alertRules ?? {}).filter(([key, value]) => typeof value === 'number' || (key === 'reminderMinutes' && value === null)),
    ) as Record<string, number | null>;
    if (Object.keys(columns).length || Object.keys(prefs).length || Object.keys(rules).length) {
      if (!(await this.users.updateProfile(id, columns, prefs, rules))) throw new NotFound('User');
    }
    return toUser(await this.getById(id));
  }

  list(args: UsersArgs): Promise<ConnectionResult<User>> {
    return this.users.page(args, args.search ? normalizeEmail(args.search) : undefined, toUser);
  }
}
