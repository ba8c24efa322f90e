/**
 * A deterministic GNK price: a daily random walk from the seed (USD, and a EUR/USD rate walking
 * beside it), anchored on a fixed day so any day's price is the same whatever "now" is. Within a
 * day the price moves linearly from that day's 00:00 UTC price to the next day's, so the current
 * price is continuous and changes every minute, like an aggregator's.
 */
import { draw } from '../prng.js';

export const DAY_MS = 86_400_000;
/**
 * Day 0 of the walk (2026-09-01 UTC); days before it walk backwards from the same start. The start
 * and the ±3 % daily steps keep the demo's economics believable: a rented H100 (~$2 an hour) earns
 * about its rent at the demo's rewards, neither a windfall nor a certain loss.
 */
const ANCHOR_DAY = Date.UTC(2026, 8, 1) / DAY_MS;
const START_USD = 1.45;
const START_EUR_PER_USD = 0.92;
/** Topics of this file's draws, far from the simulator's own (prng.ts Topic). */
const TOPIC_USD = 1001;
const TOPIC_FX = 1002;

export class PriceWalk {
  private readonly usdByDay = new Map<number, number>([[ANCHOR_DAY, START_USD]]);
  private readonly fxByDay = new Map<number, number>([[ANCHOR_DAY, START_EUR_PER_USD]]);

  constructor(private readonly seed: number) {}

  /** USD price at 00:00 UTC of `day` (days since 1970-01-01). */
  usdAt(day: number): number {
    return this.walk(this.usdByDay, day, TOPIC_USD, 0.03, 0.02, 50);
  }

  eurPerUsdAt(day: number): number {
    return this.walk(this.fxByDay, day, TOPIC_FX, 0.004, 0.8, 1.1);
  }

  /** The price at wall time `ms`, rounded like an aggregator's quote (6 significant decimals). */
  priceAt(ms: number, currency: 'usd' | 'eur'): number {
    const day = Math.floor(ms / DAY_MS);
    const frac = (ms - day * DAY_MS) / DAY_MS;
    const at = (d: number) => (currency === 'usd' ? this.usdAt(d) : this.usdAt(d) * this.eurPerUsdAt(d));
    return round6(at(day) + (at(day + 1) - at(day)) * frac);
  }

  /** Each day's 00:00 UTC price, rounded as served. */
  dailyPrice(day: number, currency: 'usd' | 'eur'): number {
    return this.priceAt(day * DAY_MS, currency);
  }

  /** Multiplicative steps of at most ±`step`, clamped to [min, max]; memoized outward from the anchor. */
  private walk(memo: Map<number, number>, day: number, topic: number, step: number, min: number, max: number): number {
    const known = memo.get(day);
    if (known !== undefined) return known;
    const dir = day > ANCHOR_DAY ? 1 : -1;
    let d = day;
    while (!memo.has(d)) d -= dir;
    let value = memo.get(d) as number;
    while (d !== day) {
      d += dir;
      // The step into day d (forward) or out of it (backward) is one draw per day, so both directions agree.
      const r = draw(this.seed, topic, dir > 0 ? d : d + 1) * 2 - 1;
      const factor = 1 + r * step;
      value = Math.min(max, Math.max(min, dir > 0 ? value * factor : value / factor));
      memo.set(d, value);
    }
    return value;
  }
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
