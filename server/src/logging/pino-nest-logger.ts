import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

/** Nest's LoggerService on pino: `Logger` calls in services become JSON lines with their context. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]) {
    // Nest passes (message, stack?, context?); an Error object carries its own stack.
    if (message instanceof Error) return this.pino.error({ err: message, context: contextOf(rest) }, message.message);
    const [stack, ...more] = rest;
    const context = contextOf(more);
    if (typeof stack === 'string' && stack.includes('\n')) this.pino.error({ context, stack }, String(message));
    else this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]) {
    const context = contextOf(rest);
    if (message && typeof message === 'object') this.pino[level]({ context, ...message });
    else this.pino[level]({ context }, String(message));
  }
}

/** Nest appends the logger's context (its class name) as the last string argument. */
function contextOf(rest: unknown[]): string | undefined {
  const last = rest.at(-1);
  return typeof last === 'string' ? last : undefined;
}
