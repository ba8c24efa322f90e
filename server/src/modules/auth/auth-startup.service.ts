import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { normalizeEmail } from '../users/email.js';
import { EmailTaken } from '../users/users.errors.js';
import { UsersService } from '../users/users.service.js';
import { hashPassword, verifyPassword } from './password-hasher.js';

/** Start-up duties: warn about a generated JWT secret; make sure the ADMIN_EMAIL admin exists. */
@Injectable()
export class AuthStartupService implements OnApplicationBootstrap {
  private readonly log = new Logger('Auth');

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jwtSecretGenerated) {
      this.log.warn('JWT_SECRET is not set: using a random one, so sign-ins will not survive a restart');
    }
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config.env;
    if (ADMIN_EMAIL && ADMIN_PASSWORD) await this.ensureAdmin(normalizeEmail(ADMIN_EMAIL), ADMIN_PASSWORD);
  }

  /**
   * Whoever sets ADMIN_EMAIL expects to sign in with it, whatever other admins exist (the demo admin,
   * say): the account is created when it does not exist. An existing account's password is never
   * changed from the environment, and a customer account becomes admin only when ADMIN_PASSWORD is
   * already its password (emails are not verified, so anyone could have registered that address).
   */
  private async ensureAdmin(email: string, password: string): Promise<void> {
    if (!(await this.users.findForSignIn({ email }))) {
      try {
        await this.users.create({ email, passwordHash: await hashPassword(password), role: 'admin' });
        this.log.log(`created admin account ${email} (ADMIN_EMAIL)`);
        return;
      } catch (e) {
        if (!(e instanceof EmailTaken)) throw e; // another replica starting at the same moment
      }
    }
    const existing = (await this.users.findForSignIn({ email }))!;
    const passwordMatches = await verifyPassword(existing.passwordHash, password);
    if (existing.role === 'admin') {
      if (!passwordMatches) {
        this.log.warn(
          `ADMIN_EMAIL ${email} already has an account: its password was NOT changed to ADMIN_PASSWORD (sign in with the current one, or reset it with npm run create-admin)`,
        );
      }
    } else if (passwordMatches) {
      await this.users.setRole(existing.id, 'admin');
      this.log.warn(`made the existing account ${email} an admin (ADMIN_EMAIL; ADMIN_PASSWORD is its password)`);
    } else {
      this.log.warn(
        `ADMIN_EMAIL ${email} belongs to a customer account with another password: NOT made an admin, and its password was NOT changed (use npm run create-admin)`,
      );
    }
  }
}
