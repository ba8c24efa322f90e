import { Decimal } from '../../common/money.js';
import { z } from 'zod';

/**
 * CoinGecko's JSON (api.coingecko.com/api/v3 and compatible APIs). Prices arrive as JSON numbers;
 * each is turned into the shortest decimal text that reads back as the same number (what the source
 * printed, for any price with up to 15 significant digits) and nothing downstream sees a float.
 */
const price = z
  .number()
  .nonnegative()
  .refine(Number.isFinite, { message: 'expected a finite price' })
  .transform((n) => new Decimal(String(n)).toFixed());

/** Unix seconds → Date. */
const unixSeconds = z
  .number()
  .int()
  .positive()
  .transform((s) => new Date(s * 1000));

/** `/simple/price?ids=…&vs_currencies=usd,eur&include_last_updated_at=true`: `{ [coinId]: { usd, eur, last_updated_at } }`. */
export const simplePriceResponse = z.record(
  z.string(),
  z.object({
    usd: price.nullish().transform((v) => v ?? null),
    eur: price.nullish().transform((v) => v ?? null),
    last_updated_at: unixSeconds.nullish().transform((v) => v ?? null),
  }),
);
export type SimplePriceResponse = z.output<typeof simplePriceResponse>;

/** `[unix ms, value]`; CoinGecko sends null for a value it lacks (skipped by the caller). */
const point = z.tuple([z.number().int().nonnegative(), price.nullable()]);

/** `/coins/{id}/market_chart` and `/market_chart/range`: only `prices` is read. */
export const marketChartResponse = z.object({ prices: z.array(point).max(20_000) });
export type MarketChartResponse = z.output<typeof marketChartResponse>;
