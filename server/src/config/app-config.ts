import { isAbsolute, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { crossFieldIssues, envSchema, type Env } from './config.schema.js';

/** Repository root: server/dist/src/config → four levels up. */
export const REPO_ROOT = resolve(__dirname, '../../../..');

export class ConfigError extends Error {}

/** Typed, validated configuration; the only reader of process.env in the server. */
export class AppConfig {
  readonly env: Env;

  constructor(source: NodeJS.ProcessEnv = process.env) {
    // Empty strings in an env file mean "unset", as in most dotenv tools.
    const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
    const parsed = envSchema.safeParse(cleaned);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
      throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
    }
    const crossIssues = crossFieldIssues(parsed.data);
    if (crossIssues.length) {
      throw new ConfigError(`Invalid configuration:\n${crossIssues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    }
    this.env = parsed.data;
    // Outside production an unset secret is generated once per process (sessions end on restart).
    this.jwtSecretGenerated = !this.env.JWT_SECRET;
    this.jwtSecret = this.env.JWT_SECRET ?? randomBytes(48).toString('base64url');
  }

  /** HS256 key for access tokens; `jwtSecretGenerated` says it was made up at start (logged as a warning). */
  readonly jwtSecret: string;
  readonly jwtSecretGenerated: boolean;

  /** Who may introspect the schema: everyone in development, signed-in admins in production, unless set. */
  get introspection(): 'off' | 'admins' | 'on' {
    return this.env.GRAPHQL_INTROSPECTION ?? (this.isProduction ? 'admins' : 'on');
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  /** Playground/landing page: on unless production, unless set explicitly. */
  get playgroundEnabled(): boolean {
    return this.env.GRAPHQL_PLAYGROUND ?? !this.isProduction;
  }

  /**
   * /metrics on the public port: open outside production; with METRICS_TOKEN, only to that bearer;
   * never when METRICS_PORT moves it to its own loopback port, nor in production without a token.
   */
  get metricsOnPublicPort(): boolean {
    if (this.env.METRICS_PORT !== undefined) return false;
    return this.env.METRICS_TOKEN !== undefined || !this.isProduction;
  }

  get usesEmbeddedPostgres(): boolean {
    return this.env.DATABASE_URL === undefined;
  }

  /** Demo mode: the built-in simulator stands in for the Gonka network when no upstream is set. */
  get usesSimulator(): boolean {
    const { SIMULATOR, GONKA_NODE_URLS, HYPERFUSION_URL, HASHIRO_URL } = this.env;
    if (SIMULATOR !== 'auto') return SIMULATOR === 'on';
    return !GONKA_NODE_URLS && !HYPERFUSION_URL && !HASHIRO_URL;
  }

  /** Base of links in alert messages (email, Telegram, …): PUBLIC_URL, else this server on localhost. */
  get publicUrl(): string {
    return (this.env.PUBLIC_URL ?? `http://localhost:${this.env.PORT}`).replace(/\/+$/, '');
  }

  /** Outbound notification targets on loopback/private addresses: refused in production unless allowed (SSRF). */
  get allowPrivateTargets(): boolean {
    return this.env.NOTIFY_ALLOW_PRIVATE_TARGETS || !this.isProduction;
  }

  fromRoot(path: string): string {
    return isAbsolute(path) ? path : resolve(REPO_ROOT, path);
  }
}
