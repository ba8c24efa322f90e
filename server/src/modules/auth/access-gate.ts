import { Injectable } from '@nestjs/common';
import type { UserEntity } from '../users/entities/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import type { AuthUser } from './auth-user.js';
import { SessionRevocations } from './session-revocations.js';

export type Admission = { user: AuthUser; sessionId: string } | { error: 'revoked' };

/**
 * What a verified access token still proves at this request: its session must not have ended
 * (logout, password change, refresh-token reuse), and an admin claim must still be true.
 */
@Injectable()
export class AccessGate {
  constructor(
    private readonly sessions: SessionRevocations,
    private readonly users: UsersRepository,
  ) {}

  async admit(access: { user: AuthUser; sessionId: string }): Promise<Admission> {
    if (await this.sessions.isRevoked(access.sessionId)) return { error: 'revoked' };
    return access.user.role === 'admin' ? this.confirmAdmin(access) : access;
  }

  /**
   * Roles change outside the API (SQL, npm run create-admin), so admin claims are checked against
   * the account on every request: one primary-key read, only for the few admin callers; a
   * customer's request (the dashboard's hot path) never pays it. A demoted admin carries on as the
   * customer the account now is; a deleted account is signed out.
   */
  private async confirmAdmin(access: { user: AuthUser; sessionId: string }): Promise<Admission> {
    let current: UserEntity | undefined;
    try {
      [current] = await this.users.findByIds([access.user.id]);
    } catch {
      // PostgreSQL unreachable: everything an admin claim opens needs it too and fails on its own.
      return access;
    }
    if (!current) return { error: 'revoked' };
    if (current.role === 'admin') return access;
    return { user: Object.freeze({ ...access.user, role: current.role }), sessionId: access.sessionId };
  }
}
