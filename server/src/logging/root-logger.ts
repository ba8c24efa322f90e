import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';

/** Paths never written to logs: credentials, tokens, cookies. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.refreshToken',
  '*.accessToken',
];

export function createRootLogger(config: AppConfig): Logger {
  return pino({ level: config.env.LOG_LEVEL, redact: { paths: REDACT_PATHS, censor: '[redacted]' } });
}

/** Honours an incoming X-Request-Id (bounded) so ids can be followed across services. */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  if (typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming)) return incoming;
  return randomUUID();
}
