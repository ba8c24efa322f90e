import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export interface CapturedLog {
  logger: Logger;
  /** Every JSON line written so far, parsed. */
  lines(): Array<Record<string, any>>;
}

/** A real pino logger (the app's own settings) writing into memory, so tests can read its lines. */
export function captureLog(level: pino.Level = 'info'): CapturedLog {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level }, sink);
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}
