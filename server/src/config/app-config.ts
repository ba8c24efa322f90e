import { isAbsolute, resolve } from 'node:path';
import { envSchema, type Env } from './config.schema.js';

/** Repository root: server/dist/src/config → four levels up. */
export const REPO_ROOT = resolve(__dirname, '../../../..');

export class ConfigError extends Error {}

/** Typed, validated configuration; the only reader of process.env in the server. */
export class AppConfig {
  readonly env: Env;

  constructor(source: NodeJS.ProcessEnv = process.env) {
    // Empty strings in an env file mean "unset", as in most dotenv tools.
    const cleaned = Object.fromEntries(
      Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
    );
    const parsed = envSchema.safeParse(cleaned);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
      throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
    }
    this.env = parsed.data;
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  /** Playground/landing page: on unless production, unless set explicitly. */
  get playgroundEnabled(): boolean {
    return this.env.GRAPHQL_PLAYGROUND ?? !this.isProduction;
  }

  get usesEmbeddedPostgres(): boolean {
    return this.env.DATABASE_URL === undefined;
  }

  fromRoot(path: string): string {
    return isAbsolute(path) ? path : resolve(REPO_ROOT, path);
  }
}
