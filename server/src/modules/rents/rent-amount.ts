import { BadUserInput } from '../../common/domain-error.js';
import { parseDecimal } from '../../common/money.js';

/** Upper bounds of a rent: far above any GPU server's price, so a slip of the keyboard is refused. */
export const RENT_AMOUNT_MAX = { HOUR: '10000', MONTH: '1000000' } as const;
/** Earliest date a rent may start (before the Gonka network). */
export const RENT_VALID_FROM_MIN = '2020-01-01';
/** How far ahead a rent may be set. */
export const RENT_VALID_FROM_AHEAD_DAYS = 366;

/** A rent's amount, checked against its period's bounds; the exact decimal text to store. */
export function checkRentAmount(amount: string, period: 'HOUR' | 'MONTH', field: string): string {
  let value: ReturnType<typeof parseDecimal>;
  try {
    value = parseDecimal(amount);
  } catch {
    throw new BadUserInput(field, `${field} must be a decimal number, e.g. "1.85"`, 'NOT_DECIMAL');
  }
  if (value.lte(0)) throw new BadUserInput(field, `${field} must be greater than 0`, 'NOT_POSITIVE');
  if (value.gt(RENT_AMOUNT_MAX[period]))
    throw new BadUserInput(field, `${field} must be at most ${RENT_AMOUNT_MAX[period]} per ${period.toLowerCase()}`, 'TOO_LARGE', {
      limit: Number(RENT_AMOUNT_MAX[period]),
    });
  return value.toFixed();
}

/** A real calendar day between RENT_VALID_FROM_MIN and a year from `now`. */
export function checkRentValidFrom(day: string, field: string, now = new Date()): string {
  const at = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day)
    throw new BadUserInput(field, `${field} must be a real date, YYYY-MM-DD`, 'NOT_DATE');
  const latest = new Date(now.getTime() + RENT_VALID_FROM_AHEAD_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (day < RENT_VALID_FROM_MIN || day > latest)
    throw new BadUserInput(field, `${field} must be between ${RENT_VALID_FROM_MIN} and ${latest}`, 'INVALID', {
      min: RENT_VALID_FROM_MIN,
      max: latest,
    });
  return day;
}
