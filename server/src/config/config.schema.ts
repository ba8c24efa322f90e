import { z } from 'zod';

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
  REDIS_URL: redisUrl.optional(),
  CACHE_TTL_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(60).max(300).default(120),
  GRAPHQL_PLAYGROUND: flag.optional(),
  SERVE_CLIENT: flag.default(true),
  CLIENT_DIST_DIR: z.string().min(1).default('client/dist'),
});

export type Env = z.infer<typeof envSchema>;
