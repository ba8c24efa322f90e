import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { normalizeEmail } from '../users/email.js';
import { EmailTaken } from '../users/users.errors.js';
import { UsersService } from '../users/users.service.js';
import { hashPassword } from './password-hasher.js';

/** Start-up duties: warn about a generated JWT secret; create the ADMIN_EMAIL admin if there is no admin yet. */
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
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD || (await this.users.adminExists())) return;
    const email = normalizeEmail(ADMIN_EMAIL);
    try {
      await this.users.create({ email, passwordHash: await hashPassword(ADMIN_PASSWORD), role: 'admin' });
      this.log.log(`created the first admin account ${email} (ADMIN_EMAIL)`);
    } catch (e) {
      if (!(e instanceof EmailTaken)) throw e;
      // Never promote an existing account from the environment: whoever registered it owns it.
      this.log.warn(`ADMIN_EMAIL ${email} belongs to an existing customer account; no admin created (use npm run create-admin)`);
    }
  }
}
