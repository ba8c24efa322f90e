import { BadUserInput } from '../../common/domain-error.js';
import type { ProfitRangeInput } from './dto/profit.model.js';

export const PROFIT_RANGE_MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export interface ProfitRange {
  /** [from, to) */
  from: Date;
  to: Date;
  /** The range is exactly one calendar month (then the month, YYYY-MM). */
  month: string | null;
}

export function monthStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

export function nextMonth(start: Date): Date {
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** A 'YYYY-MM' month's [start, next start), or a BAD_USER_INPUT naming `field` (malformed, or after the current month). */
export function parseMonth(month: string, field: string, now = new Date()): ProfitRange {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const m = match ? Number(match[2]) : 0;
  if (!match || m < 1 || m > 12 || Number(match[1]) < 1) throw new BadUserInput(field, `${field} must be a month, YYYY-MM`, 'NOT_MONTH');
  const from = new Date(Date.UTC(Number(match[1]), m - 1, 1));
  if (from > now) throw new BadUserInput(field, `${field} must not be in the future`, 'IN_FUTURE');
  return { from, to: nextMonth(from), month };
}

function parseDay(day: string, field: string, now: Date): ProfitRange {
  const from = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(from.getTime()) || from.toISOString().slice(0, 10) !== day)
    throw new BadUserInput(field, `${field} must be a real date, YYYY-MM-DD`, 'NOT_DATE');
  if (from > now) throw new BadUserInput(field, `${field} must not be in the future`, 'IN_FUTURE');
  return { from, to: new Date(from.getTime() + DAY_MS), month: null };
}

/** One of day, month or from/to; default the current month. Bad input is BAD_USER_INPUT naming the field. */
export function resolveProfitRange(input: ProfitRangeInput | undefined, field = 'range', now = new Date()): ProfitRange {
  const forms = [input?.day != null, input?.month != null, input?.from != null || input?.to != null].filter(Boolean).length;
  if (forms > 1) throw new BadUserInput(field, `${field} takes one of day, month or from/to`);
  if (input?.day != null) return parseDay(input.day, `${field}.day`, now);
  if (input?.month != null) return parseMonth(input.month, `${field}.month`, now);
  if (input?.from == null && input?.to == null) {
    const from = monthStart(now);
    return { from, to: nextMonth(from), month: from.toISOString().slice(0, 7) };
  }
  if (input.from == null) throw new BadUserInput(`${field}.from`, `${field}.from is required with ${field}.to`, 'REQUIRED');
  if (input.to == null) throw new BadUserInput(`${field}.to`, `${field}.to is required with ${field}.from`, 'REQUIRED');
  const { from, to } = input;
  if (from > to) throw new BadUserInput(`${field}.from`, `${field}.from must not be after ${field}.to`, 'RANGE_REVERSED');
  if (from > now) throw new BadUserInput(`${field}.from`, `${field}.from must not be in the future`, 'IN_FUTURE');
  if (to.getTime() - from.getTime() > PROFIT_RANGE_MAX_DAYS * DAY_MS)
    throw new BadUserInput(`${field}.to`, `${field} may span at most ${PROFIT_RANGE_MAX_DAYS} days`, 'RANGE_TOO_LONG', { days: PROFIT_RANGE_MAX_DAYS });
  return { from, to, month: null };
}
