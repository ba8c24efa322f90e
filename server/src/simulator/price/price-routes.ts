/**
 * A CoinGecko-compatible price API (the routes and JSON of api.coingecko.com/api/v3) for one coin,
 * `wrapped-gonka`, from a deterministic walk: the demo and the tests have prices offline. History
 * starts on the day of the simulator's first epoch, as if the coin was listed then.
 */
import { errorReply, ok, type Reply, type RequestContext, type RouteDef } from '../http/types.js';
import type { SimContext } from '../views/context.js';
import { DAY_MS, PriceWalk } from './price-walk.js';

export const PRICE_PREFIX = '/coingecko';
export const SIMULATED_COIN_ID = 'wrapped-gonka';
const CURRENCIES = ['usd', 'eur'] as const;
type Currency = (typeof CURRENCIES)[number];
const MAX_DAYS = 365;

export function priceRoutes(ctx: SimContext): RouteDef[] {
  const { state } = ctx;
  const walk = new PriceWalk(state.seed);
  const now = () => state.read().wallMs;
  // The first epoch's start on the simulator's own clock (it moves with the epoch plan, not hard-coded).
  const firstDay = () => Math.floor(state.clock.wallTimeAt(state.earliestEpoch) / DAY_MS);
  const base = `${PRICE_PREFIX}/api/v3`;

  const chart = (currency: Currency, fromMs: number, toMs: number): Reply => {
    const nowMs = now();
    const to = Math.min(toMs, nowMs);
    const prices: [number, number][] = [];
    for (let day = Math.max(firstDay(), Math.ceil(fromMs / DAY_MS)); day * DAY_MS <= to; day++) {
      prices.push([day * DAY_MS, walk.dailyPrice(day, currency)]);
    }
    // Like CoinGecko, a chart up to now ends with the latest price, stamped now.
    if (toMs >= nowMs && prices.length > 0 && prices[prices.length - 1][0] < nowMs) prices.push([nowMs, walk.priceAt(nowMs, currency)]);
    const companion = (factor: number) => prices.map(([t, p]): [number, number] => [t, Math.round(p * factor)]);
    return ok({ prices, market_caps: companion(250_000_000), total_volumes: companion(1_500_000) });
  };

  return [
    { method: 'GET', pattern: `${base}/ping`, handle: () => ok({ gecko_says: '(V3) To the Moon!' }) },
    {
      method: 'GET',
      pattern: `${base}/simple/price`,
      handle: (req) => {
        const ids = list(req.query.get('ids'));
        const currencies = list(req.query.get('vs_currencies'));
        if (ids.length === 0 || currencies.length === 0) return errorReply(req.path, 400, 'Missing parameter ids or vs_currencies');
        // Quotes change once a minute, like the aggregator's cache.
        const at = Math.floor(now() / 60_000) * 60_000;
        const body: Record<string, Record<string, number>> = {};
        if (ids.includes(SIMULATED_COIN_ID)) {
          const quote: Record<string, number> = {};
          for (const c of currencies) if (isCurrency(c)) quote[c] = walk.priceAt(at, c);
          if (req.query.get('include_last_updated_at') === 'true') quote.last_updated_at = at / 1000;
          body[SIMULATED_COIN_ID] = quote;
        }
        return ok(body);
      },
    },
    {
      method: 'GET',
      pattern: `${base}/coins/{id}/market_chart`,
      handle: (req) => {
        const currency = coinCurrency(req);
        if (typeof currency !== 'string') return currency;
        const daysParam = req.query.get('days') ?? '';
        const days = daysParam === 'max' ? MAX_DAYS * 10 : Number(daysParam);
        if (!Number.isFinite(days) || days <= 0) return errorReply(req.path, 400, 'invalid days');
        const nowMs = now();
        return chart(currency, nowMs - Math.min(days, MAX_DAYS * 10) * DAY_MS, nowMs);
      },
    },
    {
      method: 'GET',
      pattern: `${base}/coins/{id}/market_chart/range`,
      handle: (req) => {
        const currency = coinCurrency(req);
        if (typeof currency !== 'string') return currency;
        const from = Number(req.query.get('from'));
        const to = Number(req.query.get('to'));
        if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) return errorReply(req.path, 400, 'invalid from/to');
        return chart(currency, from * 1000, to * 1000);
      },
    },
  ];
}

/** The coin and currency of a chart request, or the error CoinGecko answers. */
function coinCurrency(req: RequestContext): Currency | Reply {
  if (req.params.id !== SIMULATED_COIN_ID) return { status: 404, body: { error: 'coin not found' } };
  const currency = (req.query.get('vs_currency') ?? '').toLowerCase();
  if (!isCurrency(currency)) return errorReply(req.path, 400, 'invalid vs_currency');
  return currency;
}

function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}
