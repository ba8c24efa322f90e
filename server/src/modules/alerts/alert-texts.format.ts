import type { AlertParams, Language } from './alert.types.js';

/** What a dictionary words an alert from: its params, its node's name and local formatting. */
export interface TextContext {
  p: AlertParams;
  node: string;
  /** "12.5 GNK" from an ngonka string param (exact: no floating point). */
  gnk(key: string): string;
  /** A local date and time (UTC) from an ISO string param; '' when absent. */
  date(key: string): string;
  str(key: string): string;
}

export interface Worded {
  title: string;
  message: string;
}

const LOCALES: Record<Language, string> = { EN: 'en-GB', RU: 'ru-RU' };

/** ngonka (integer string) → GNK with the zeros after the point trimmed: "12500000000" → "12.5". */
export function ngonkaText(value: unknown): string {
  const text = String(value ?? '');
  if (!/^\d+$/.test(text)) return text;
  const n = BigInt(text);
  const whole = n / 1_000_000_000n;
  const frac = (n % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

/** GNK decimal text (as stored, "12.500000000") → ngonka integer string, exactly. */
export function gnkToNgonka(gnk: string): string {
  const [whole, frac = ''] = gnk.split('.');
  return BigInt(`${whole}${frac.padEnd(9, '0').slice(0, 9)}`).toString();
}

export function localDate(iso: unknown, language: Language): string {
  const at = typeof iso === 'string' ? new Date(iso) : null;
  if (!at || Number.isNaN(at.getTime())) return '';
  const text = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(at);
  return `${text} UTC`;
}

export function textContext(p: AlertParams, node: string, language: Language): TextContext {
  return {
    p,
    node,
    gnk: (key) => `${ngonkaText(p[key])} GNK`,
    date: (key) => localDate(p[key], language),
    str: (key) => (p[key] === null || p[key] === undefined ? '' : String(p[key])),
  };
}
