import dayjs from 'dayjs';

// The GNK scalar is generated as `unknown` (codegen.ts maps only DateTime); these helpers accept
// that and treat anything but a decimal string as missing.

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?$/;

/** A decimal string split into sign and digits, or null for anything else (no exponents). */
function parseDecimal(value: unknown): { negative: boolean; whole: bigint; frac: string } | null {
  if (typeof value !== 'string') return null;
  const match = DECIMAL.exec(value.trim());
  if (!match || (!match[2] && !match[3])) return null;
  return { negative: match[1] === '-', whole: BigInt(match[2] || '0'), frac: match[3] ?? '' };
}

/** Groups the integer part per locale; Intl formats a BigInt without going through a float. */
function joinDecimal(negative: boolean, whole: bigint, frac: string, locale: string): string {
  const format = new Intl.NumberFormat(locale);
  const separator = format.formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const isZero = whole === 0n && !/[1-9]/.test(frac);
  return `${negative && !isZero ? '−' : ''}${format.format(whole)}${frac ? separator + frac : ''}`;
}

/**
 * GNK amounts arrive as exact decimal strings ("48552.031736571"); they are rounded on the string
 * itself (half up, i.e. a dropped 5 rounds away from zero: 0.015 → 0.02, −0.005 → −0.01) and
 * grouped with BigInt, so no amount ever passes through floating point or loses digits.
 */
export function formatGnk(value: unknown, fractionDigits = 2, locale = 'en'): string {
  const parsed = parseDecimal(value);
  if (!parsed) return '—';
  const scale = 10n ** BigInt(fractionDigits);
  const padded = parsed.frac.padEnd(fractionDigits + 1, '0');
  let scaled = parsed.whole * scale + BigInt(padded.slice(0, fractionDigits) || '0');
  if (padded.charAt(fractionDigits) >= '5') scaled += 1n;
  const frac = fractionDigits > 0 ? (scaled % scale).toString().padStart(fractionDigits, '0') : '';
  return joinDecimal(parsed.negative, scaled / scale, frac, locale);
}

/** Every digit the server sent (trailing zeros dropped, at least 2 decimals): for tooltips. */
export function formatGnkExact(value: unknown, locale = 'en'): string {
  const parsed = parseDecimal(value);
  if (!parsed) return '—';
  return joinDecimal(parsed.negative, parsed.whole, parsed.frac.replace(/0+$/, '').padEnd(2, '0'), locale);
}

/** The one date format per language (dayjs 'LL': "March 5, 2026", "5 марта 2026 г."). */
export function formatDate(value: unknown, locale: string = dayjs.locale()): string {
  return formatDay(value, locale, 'LL');
}

/** The one date-and-time format per language (dayjs 'LLL'). */
export function formatDateTime(value: unknown, locale: string = dayjs.locale()): string {
  return formatDay(value, locale, 'LLL');
}

/** A time in the viewer's zone: "14:05" today, the full date and time on another day. */
export function formatClock(value: unknown, locale: string = dayjs.locale()): string {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return '—';
  const day = dayjs(value);
  if (!day.isValid()) return '—';
  return day.isSame(dayjs(), 'day') ? day.format('HH:mm') : formatDateTime(value, locale);
}

/**
 * A unit price (a decimal string): 2 decimals from 1 up, else 4 significant digits (0.004213, not
 * 0.00), trailing zeros dropped down to 2 decimals; rounded on the string like formatGnk.
 */
export function formatUnitPrice(value: unknown, locale = 'en'): string {
  const parsed = parseDecimal(value);
  if (!parsed) return '—';
  const leadingZeros = parsed.whole === 0n ? (/^0*/.exec(parsed.frac)?.[0].length ?? 0) : 0;
  const digits = parsed.whole === 0n ? Math.min(leadingZeros + 4, 12) : 2;
  const rounded = formatGnk(value, digits, locale);
  return digits > 2 ? rounded.replace(/(\d{2}\d*?)0+$/, '$1') : rounded;
}

function formatDay(value: unknown, locale: string, template: string) {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return '—';
  const day = dayjs(value);
  return day.isValid() ? day.locale(locale).format(template) : '—';
}

/** Adds exact GNK decimal strings (9 places). */
export function sumGnk(values: unknown[]): string {
  const total = values.reduce<bigint>((acc, v) => acc + toNgonka(v), 0n);
  const negative = total < 0n;
  const abs = negative ? -total : total;
  const s = abs.toString().padStart(10, '0');
  return `${negative ? '-' : ''}${s.slice(0, -9)}.${s.slice(-9)}`;
}

export function toNgonka(input: unknown): bigint {
  const value = typeof input === 'string' ? input : '0';
  const negative = value.startsWith('-');
  const [i = '0', f = ''] = value.replace(/^[-+]/, '').split('.');
  const n = BigInt(i || '0') * 1_000_000_000n + BigInt(f.padEnd(9, '0').slice(0, 9) || '0');
  return negative ? -n : n;
}

/** For charts only (display), never for sums; anything unreadable plots as 0. */
export function gnkToNumber(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : 0;
}

/**
 * Short axis labels at any magnitude ("172K", "1.25M"; "172 тыс." in Russian). Three significant
 * digits keep neighbouring ticks (1.25M / 1.5M) apart, so labels read in the order of their values.
 */
export function formatCompactNumber(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

export function formatNumber(value: number | null | undefined, locale = 'en', maximumFractionDigits = 1) {
  if (value == null) return '—';
  return value.toLocaleString(locale, { maximumFractionDigits });
}

export function formatPercent(value: number | null | undefined, locale = 'en') {
  if (value == null) return '—';
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
}

export function shortIdentifier(identifier: string) {
  return identifier.length > 20 ? `${identifier.slice(0, 10)}…${identifier.slice(-6)}` : identifier;
}
