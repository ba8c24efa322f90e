import 'reflect-metadata';
import { isEmail } from 'class-validator';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError } from '../config/app-config.js';
import { resolveDatabase } from '../database/database.js';
import { Db } from '../database/db.js';
import { initializeMigrated } from '../database/migrate-under-lock.js';
import { typeormOptions } from '../database/typeorm-options.js';
import { hashPassword } from '../modules/auth/password-hasher.js';
import { RefreshTokensRepository } from '../modules/auth/refresh-tokens.repository.js';
import { normalizeEmail } from '../modules/users/email.js';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../modules/users/users.constants.js';
import { UsersRepository } from '../modules/users/users.repository.js';
import { UsersService } from '../modules/users/users.service.js';

const USAGE = 'usage: npm run create-admin -- <email> <password>';

/** Checks the arguments; returns an error message or undefined. */
function problem(email: string | undefined, password: string | undefined): string | undefined {
  if (!email || !password) return USAGE;
  if (!isEmail(email) || email.length > EMAIL_MAX_LENGTH) return `not a valid email address: ${email}`;
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return `the password must be ${PASSWORD_MIN_LENGTH}-${PASSWORD_MAX_LENGTH} characters`;
  }
  return undefined;
}

/**
 * Creates an admin account, or makes an existing account an admin with the given password (and signs
 * out its sessions).
 * Uses the same database as the server (DATABASE_URL, else the embedded one — stop the server first).
 */
async function main(): Promise<void> {
  const [rawEmail, password] = process.argv.slice(2);
  const email = rawEmail === undefined ? undefined : normalizeEmail(rawEmail);
  const error = problem(email, password);
  if (error || !email) {
    console.error(error);
    process.exit(2);
  }
  const config = new AppConfig();
  const log = pino({ level: 'warn' });
  const database = await resolveDatabase(config, log);
  const dataSource = new DataSource(typeormOptions(database.url));
  try {
    await initializeMigrated(dataSource);
    const db = new Db(dataSource);
    const users = new UsersService(new UsersRepository(db));
    const passwordHash = await hashPassword(password);
    const existing = await users.findForSignIn({ email });
    if (existing) {
      await users.setPasswordHash(existing.id, passwordHash);
      await users.setRole(existing.id, 'admin');
      // A new password ends the account's sign-ins, as changePassword does (access tokens still run
      // out their ACCESS_TOKEN_TTL_SECONDS: this process cannot reach the server's memory).
      await new RefreshTokensRepository(db).revokeAllForUser(existing.id);
      console.log(`${email} is now an admin (password updated, its sessions signed out)`);
    } else {
      await users.create({ email, passwordHash, role: 'admin' });
      console.log(`created admin ${email}`);
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `create-admin failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
