// Reads a compact-notation label ("172K", "1.2M", "172 тыс.", "1,2 млн") back into a number, so tests
// can check that axis labels grow with their values.
const MULTIPLIERS: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12, 'тыс.': 1e3, млн: 1e6, млрд: 1e9, трлн: 1e12 };

export function parseCompactNumber(label: string, locale: string): number {
  const text = label.replace(/\s/g, ' ').trim();
  const match = /^(−|-)?([\d.,  ]+?)\s*([^\d\s.,]*\.?)$/.exec(text);
  if (!match) throw new Error(`not a compact number: "${label}"`);
  const [, sign, digits = '', suffix = ''] = match;
  const decimal = locale === 'ru' ? ',' : '.';
  const group = locale === 'ru' ? /[  ]/g : /,/g;
  const mantissa = Number(digits.replace(group, '').replace(decimal, '.'));
  const multiplier = suffix ? MULTIPLIERS[suffix] : 1;
  if (multiplier == null || Number.isNaN(mantissa)) throw new Error(`not a compact number: "${label}"`);
  return (sign ? -1 : 1) * mantissa * multiplier;
}
