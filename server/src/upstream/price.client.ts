import { UpstreamHttp } from './http/upstream-http.js';
import { marketChartResponse, simplePriceResponse } from './schemas/price.schema.js';
import type { UpstreamOptions } from './upstream-options.js';

export const PRICE_ROUTES = {
  simplePrice: 'GET /simple/price',
  marketChart: 'GET /coins/{id}/market_chart',
} as const;

/** One coin's price in USD and EUR (decimal strings as the source sent them) and the source's time of it. */
export interface SpotPrice {
  usd: string | null;
  eur: string | null;
  /** When the source last updated the price; null when it did not say. */
  updatedAt: Date | null;
}

/** One point of a daily chart: the UTC day, the price at its first point (00:00 UTC), and that time. */
export interface DailyPricePoint {
  day: string;
  price: string;
  at: Date;
}

export type PriceCurrency = 'usd' | 'eur';

/**
 * A CoinGecko-compatible price API (`PRICE_API_URL` is the API root, e.g.
 * https://api.coingecko.com/api/v3). The key, when set, goes in CoinGecko's header for the plan the
 * host serves: `x-cg-pro-api-key` on pro-api.coingecko.com, `x-cg-demo-api-key` elsewhere.
 */
export class PriceClient {
  private readonly http: UpstreamHttp;
  /** The API's host, shown to users as the price's source. */
  readonly sourceHost: string;

  constructor(
    baseUrl: string,
    readonly coinId: string,
    apiKey: string | undefined,
    opts: UpstreamOptions,
  ) {
    const root = baseUrl.trim().replace(/\/+$/, '');
    const url = new URL(root);
    this.sourceHost = url.host;
    const headers = apiKey ? { [url.hostname.startsWith('pro-api.') ? 'x-cg-pro-api-key' : 'x-cg-demo-api-key']: apiKey } : undefined;
    this.http = new UpstreamHttp('price', [root], { ...opts, headers });
  }

  async spot(): Promise<SpotPrice> {
    const id = encodeURIComponent(this.coinId);
    const path = `/simple/price?ids=${id}&vs_currencies=usd,eur&include_last_updated_at=true`;
    const body = await this.http.getJson(PRICE_ROUTES.simplePrice, path, simplePriceResponse);
    const quote = body[this.coinId];
    return { usd: quote?.usd ?? null, eur: quote?.eur ?? null, updatedAt: quote?.last_updated_at ?? null };
  }

  /** Daily prices over the last `days` days (1..365), one per UTC day, oldest first. */
  async daily(currency: PriceCurrency, days: number): Promise<DailyPricePoint[]> {
    if (!Number.isInteger(days) || days < 1 || days > 365) throw new RangeError(`days must be an integer in 1..365, got ${days}`);
    const path = `/coins/${encodeURIComponent(this.coinId)}/market_chart?vs_currency=${currency}&days=${days}&interval=daily`;
    const body = await this.http.getJson(PRICE_ROUTES.marketChart, path, marketChartResponse);
    const byDay = new Map<string, DailyPricePoint>();
    for (const [ms, price] of body.prices) {
      if (price === null) continue;
      const at = new Date(ms);
      const day = at.toISOString().slice(0, 10);
      // The day's first point (00:00 UTC); the chart's last point is "now", kept only for a day with no other.
      const seen = byDay.get(day);
      if (!seen || at < seen.at) byDay.set(day, { day, price, at });
    }
    return [...byDay.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  breakerStates(): Record<string, string> {
    return this.http.breakerStates();
  }
}
