import { Decimal as BaseDecimal } from 'decimal.js';

/**
 * Exact money arithmetic. GNK comes from integer ngonka; fiat is a decimal rounded once, at the
 * edge, half-even to the currency's minor unit. No JS number ever carries an amount: inputs and
 * outputs are bigint or decimal strings.
 *
 * A private Decimal clone, so nobody's global `Decimal.set` changes our precision or rounding.
 * 60 significant digits hold any GNK supply (~1e18 ngonka) times any price with room to spare.
 */
export const Decimal = BaseDecimal.clone({ precision: 60, rounding: BaseDecimal.ROUND_HALF_EVEN, toExpNeg: -60, toExpPos: 60 });
export type Decimal = BaseDecimal;

export type Fiat = 'USD' | 'EUR';
export const FIATS: readonly Fiat[] = ['USD', 'EUR'];

/** Digits after the decimal point of each currency's minor unit (cents). */
export const FIAT_MINOR_UNITS: Readonly<Record<Fiat, number>> = { USD: 2, EUR: 2 };

export const NGONKA_PER_GNK = 1_000_000_000n;

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

export function isFiat(value: string): value is Fiat {
  return (FIATS as readonly string[]).includes(value);
}

/** 1 GNK = 10^9 ngonka; exact (a bigint or an integer string, never a float). */
export function ngonkaToGnk(ngonka: bigint | string): Decimal {
  const text = typeof ngonka === 'bigint' ? ngonka.toString() : ngonka.trim();
  if (!INTEGER.test(text)) throw new RangeError(`ngonka must be an integer, got "${ngonka}"`);
  return new Decimal(text).div(NGONKA_PER_GNK.toString());
}

/** A plain decimal string (no exponent, no NaN/Infinity) as a Decimal; anything else is a RangeError. */
export function parseDecimal(value: string): Decimal {
  const text = value.trim();
  if (!DECIMAL.test(text)) throw new RangeError(`not a decimal number: "${value}"`);
  return new Decimal(text);
}

/** The value of `ngonka` at `pricePerGnk` (a decimal string), unrounded: round once, later. */
export function ngonkaValue(ngonka: bigint | string, pricePerGnk: string): Decimal {
  return ngonkaToGnk(ngonka).mul(parseDecimal(pricePerGnk));
}

/** Half-even to the currency's minor unit, with exactly that many decimals ("12.30", "-0.05"). */
export function roundFiat(value: Decimal, currency: Fiat): string {
  const places = FIAT_MINOR_UNITS[currency];
  const rounded = new Decimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
  // Decimal keeps the sign of a negative zero ("-0.00"); a rounded-away amount is plain zero.
  return (rounded.isZero() ? new Decimal(0) : rounded).toFixed(places);
}

/**
 * The exact sum of decimal strings, shown at the currency's minor unit. Lines already rounded to
 * that unit sum without any further rounding, so a total always equals the sum of its shown lines.
 */
export function sumFiat(amounts: readonly string[], currency: Fiat): string {
  let total = new Decimal(0);
  for (const amount of amounts) total = total.plus(parseDecimal(amount));
  return roundFiat(total, currency);
}
