/**
 * A fiat amount for display: the server's decimal string (already rounded to the minor unit) in the
 * reader's locale, "—" when absent. The Number here only draws digits; no arithmetic is done on it.
 */
export function formatFiat(amount: string | null | undefined, currency: string, locale: string): string {
  if (amount == null) return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(Number(amount));
}

/** A percentage string from the server ("23.45") in the reader's locale. */
export function formatPercent(value: string | null | undefined, locale: string): string {
  if (value == null) return '—';
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(value))} %`;
}
