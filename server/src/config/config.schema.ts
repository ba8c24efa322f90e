import { z } from 'zod';
import { trustProxySetting } from './trust-proxy.js';
import { DEFAULT_SHARED_DIR } from '../database/embedded-postgres.js';

/** Accepts "true/false/on/off/1/0" so env files stay readable. */
const flag = z
  .enum(['true', 'false', 'on', 'off', '1', '0'], { message: 'expected true/false/on/off/1/0' })
  .transform((v) => v === 'true' || v === 'on' || v === '1');

const postgresUrl = z.string().refine(
  (v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  },
  { message: 'expected a URL like postgres://user:pass@host:5432/db' },
);

const redisUrl = z.string().refine(
  (v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'redis:' || u.protocol === 'rediss:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  },
  { message: 'expected a URL like redis://host:6379' },
);

const httpUrl = z.string().refine(
  (v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  },
  { message: 'expected an http(s) URL' },
);

/** A link template for a node's page on a public explorer/tracker; `{address}` becomes the node's identifier. */
const addressUrlTemplate = httpUrl.refine((v) => v.includes('{address}'), { message: 'expected an http(s) URL containing {address}' });

/** Comma-separated list of http(s) URLs (e.g. several Gonka nodes to rotate across). */
const urlList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
  )
  .pipe(z.array(httpUrl).min(1, { message: 'expected at least one http(s) URL' }));

/** SMTP server to send email through: smtp:// (STARTTLS when offered) or smtps:// (TLS from the start). */
const smtpUrl = z.string().refine(
  (v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'smtp:' || u.protocol === 'smtps:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  },
  { message: 'expected a URL like smtp://user:pass@host:587 or smtps://host:465' },
);

const port = z.coerce.number({ message: 'expected a port number' }).int().min(1).max(65535);

/** Every environment variable the server knows. `.env.example` lists exactly these. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/pg'),
  EMBEDDED_PG_PORT: port.default(54329),
  EMBEDDED_PG_SHARED_DIR: z.string().min(1).default(DEFAULT_SHARED_DIR),
  REDIS_URL: redisUrl.optional(),
  CACHE_NAMESPACE: z
    .string()
    .regex(/^[\w.-]{1,64}$/, { message: 'expected 1-64 letters, digits, _ . -' })
    .default('minegnk'),
  CACHE_TTL_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(60).max(300).default(120),
  GRAPHQL_PLAYGROUND: flag.optional(),
  GONKA_NODE_URLS: urlList.optional(),
  HYPERFUSION_URL: httpUrl.optional(),
  HASHIRO_URL: httpUrl.optional(),
  NODE_EXPLORER_URL: addressUrlTemplate.optional(),
  SIMULATOR: z.enum(['auto', 'on', 'off'], { message: 'expected auto, on or off' }).default('auto'),
  SIMULATOR_PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(0),
  SIMULATOR_SEED: z.coerce.number({ message: 'expected an integer' }).int().default(42),
  SIMULATOR_PARTICIPANTS: z.coerce.number({ message: 'expected an integer' }).int().min(10).max(20000).default(300),
  SIMULATOR_EPOCH_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(5).max(86400).default(180),
  SIMULATOR_RATE_LIMIT: flag.default(false),
  JWT_SECRET: z.string().min(32, { message: 'expected at least 32 characters' }).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(60).max(900).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number({ message: 'expected days' }).int().min(1).max(365).default(30),
  ADMIN_EMAIL: z.email({ message: 'expected an email address' }).optional(),
  ADMIN_PASSWORD: z.string().min(10, { message: 'expected at least 10 characters' }).max(128).optional(),
  GRAPHQL_INTROSPECTION: z.enum(['off', 'admins', 'on'], { message: 'expected off, admins or on' }).optional(),
  TRUST_PROXY: trustProxySetting.default(false),
  METRICS_TOKEN: z.string().min(16, { message: 'expected at least 16 characters' }).max(256).optional(),
  METRICS_PORT: port.optional(),
  // Graceful shutdown (issue #17): how long a stopping process lets in-flight requests and jobs finish.
  SHUTDOWN_GRACE_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(1).max(300).default(10),
  SERVE_CLIENT: flag.default(true),
  CLIENT_DIST_DIR: z.string().min(1).default('client/dist'),
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: z.string().min(3).max(256).default('MineGNK <alerts@minegnk.local>'),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, { message: 'expected a Bot API token like 123456:ABC-DEF… (from @BotFather)' })
    .optional(),
  TELEGRAM_API_URL: httpUrl.default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: httpUrl.optional(),
  NOTIFY_ALLOW_PRIVATE_TARGETS: flag.default(false),
  PUBLIC_URL: httpUrl.optional(),
  // Notification deliveries (issue #14): attempts per delivery before it is FAILED, and the first retry's delay (doubling after).
  NOTIFY_MAX_ATTEMPTS: z.coerce.number({ message: 'expected an integer' }).int().min(1).max(20).default(5),
  // Personal API tokens (issue #15): requests per token per minute, beyond which RATE_LIMITED.
  API_TOKEN_RATE_LIMIT_PER_MINUTE: z.coerce.number({ message: 'expected an integer' }).int().min(1).max(100000).default(600),
  NOTIFY_RETRY_DELAY_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(1).max(3600).default(10),
  // GNK price (issue #16): a CoinGecko-compatible API root (…/api/v3), the coin's id there, and an optional API key.
  PRICE_API_URL: httpUrl.optional(),
  PRICE_COIN_ID: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: 'expected a CoinGecko coin id like wrapped-gonka' })
    .default('wrapped-gonka'),
  PRICE_API_KEY: z.string().min(8, { message: 'expected at least 8 characters' }).max(256).optional(),
  // Gcore Cloud API (issue #16): the cloud instance behind a node, read-only.
  GCORE_API_URL: httpUrl.optional(),
  GCORE_API_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{8,512}$/, { message: 'expected a Gcore permanent API token (8-512 printable characters, no spaces)' })
    .optional(),
});

/** Rules spanning several variables; checked after each variable is valid on its own. */
export function crossFieldIssues(env: Env): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    issues.push({ path: 'JWT_SECRET', message: 'required in production (at least 32 random characters)' });
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    issues.push({ path: env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL', message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together' });
  }
  if (env.GCORE_API_URL && !env.GCORE_API_TOKEN) {
    issues.push({ path: 'GCORE_API_TOKEN', message: 'required with GCORE_API_URL (Gcore answers nothing without a token)' });
  }
  if (env.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT) {
    issues.push({ path: 'METRICS_PORT', message: 'must differ from PORT' });
  }
  return issues;
}

export type Env = z.infer<typeof envSchema>;
