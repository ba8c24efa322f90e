// The GNK scalar is generated as `unknown` (codegen.ts maps only DateTime); these helpers accept
// that and treat anything but a decimal string as missing.

/**
 * GNK amounts arrive as exact decimal strings ("48552.031736571"); they are formatted by string
 * and BigInt arithmetic so no amount ever passes through floating point.
 */
export function formatGnk(value: unknown, fractionDigits = 2, locale = 'en'): string {
  if (typeof value !== 'string' || value === '') return '—';
  const negative = value.startsWith('-');
  const [intPart = '0', fracPart = ''] = value.replace(/^[-+]/, '').split('.');
  let whole = BigInt(intPart || '0');
  let frac = fracPart.padEnd(fractionDigits + 1, '0');
  // Round half up on the first dropped digit.
  let kept = BigInt(frac.slice(0, fractionDigits) || '0');
  if (Number(frac[fractionDigits]) >= 5) kept += 1n;
  if (fractionDigits > 0 && kept >= 10n ** BigInt(fractionDigits)) {
    kept -= 10n ** BigInt(fractionDigits);
    whole += 1n;
  } else if (fractionDigits === 0 && kept > 0n) {
    whole += kept;
    kept = 0n;
  }
  const wholeText = whole.toLocaleString(locale);
  const decimalSeparator = (1.5).toLocaleString(locale).charAt(1);
  frac = fractionDigits > 0 ? decimalSeparator + kept.toString().padStart(fractionDigits, '0') : '';
  const isZero = whole === 0n && kept === 0n;
  return `${negative && !isZero ? '−' : ''}${wholeText}${frac}`;
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
