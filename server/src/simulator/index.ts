/**
 * Built-in Gonka network simulator: serves the Gonka node API (`/v1`), chain REST (`/chain-api`),
 * CometBFT RPC (`/chain-rpc`), per-host `/hosts/{address}/health` and the Hyperfusion tracker API
 * (under `/hyperfusion`) on one loopback port, with the real services' routes and JSON shapes.
 */
import { NetworkState } from './network-state.js';
import { chainCosmosRoutes } from './routes/chain-cosmos.js';
import { chainInferenceRoutes } from './routes/chain-inference.js';
import { controlRoutes } from './routes/control.js';
import { hostScriptRoutes } from './routes/host-script-routes.js';
import { hostScriptSchema, type HostScript } from './host-scripts.js';
import { healthRoutes } from './routes/health.js';
import { hyperfusionRoutes } from './routes/hyperfusion.js';
import { nodeApiRoutes } from './routes/node-api.js';
import { startSimulatorServer } from './server.js';
import { HYPERFUSION_PREFIX, TELEGRAM_PREFIX } from './http/types.js';
import { FakeBotApi } from './telegram/fake-bot-api.js';
import { telegramRoutes } from './telegram/telegram-routes.js';
import { webhookSinkRoutes } from './webhook-sink.js';
import { PRICE_PREFIX, priceRoutes } from './price/price-routes.js';
import { gcoreRoutes } from './cloud/gcore-routes.js';

export type { HostScript } from './host-scripts.js';

export interface SimulatorOptions {
  port?: number; // 0 = random free port (default 0)
  host?: string; // default '127.0.0.1'
  publicUrl?: string; // the base URL clients use (and inference_url points at), when not http://host:port; default none
  seed?: number; // default 42; same seed → same network
  participants?: number; // default 300 (hundreds); must scale to 10_000 for benchmarks
  epochDurationMs?: number; // accelerated epoch length in wall time; default 180_000 (3 min)
  startEpoch?: number; // default 158
  rateLimit?: boolean; // enforce public limits: 429 past 10 req/min per IP on /v1, 20/min on /chain-api; default false
  now?: () => number; // injectable clock for tests (default Date.now)
}

export interface RunningSimulator {
  url: string; // e.g. http://127.0.0.1:40123  (Gonka node API + chain-api + chain-rpc + health live here)
  hyperfusionUrl: string; // `${url}/hyperfusion` — append `/api/v1/...` as for tracker.gonka.hyperfusion.io
  priceApiUrl: string; // `${url}/coingecko/api/v3` — a CoinGecko-compatible price API (wrapped-gonka)
  telegramApiUrl: string; // `${url}/telegram` — a fake Telegram Bot API (append `/bot<token>/<method>`), controls under /__sim/telegram
  addresses(): string[]; // every participant address of the pool (gonka1…), in a stable order
  /**
   * Hosts that are one server (one ML node of 1–8 GPUs) and took part since before the history began,
   * in pool order: what a customer renting servers owns (the demo customer's nodes).
   */
  singleServerHosts(): string[];
  /**
   * The simulator's first epoch: `earliestEpoch` is the oldest settled epoch served, and it started
   * (PoC start block) at `historyStartMs` (wall ms), ~30 days before the start. Epochs from there to
   * the start epoch last the real ~24 h; later ones `epochDurationMs`. Fixed for the run; also on
   * `GET /__sim/clock` (`earliest_epoch`, `history_start`).
   */
  earliestEpoch: number;
  historyStartMs: number;
  /** Whether the public per-IP limits are enforced (option `rateLimit`): clients must then pace themselves. */
  rateLimited: boolean;
  advanceEpoch(): void; // settle the current epoch immediately (tests/benchmarks)
  advanceTime(ms: number): void; // move simulated time forward (epochs end and settle on their own schedule)
  pauseClock(paused: boolean): void; // paused: simulated time moves only by advanceTime / advanceEpoch
  scriptHost(address: string, script: HostScript): void; // as POST /__sim/hosts/{address}; throws on an unknown address or invalid script
  clearHost(address: string): void; // as DELETE /__sim/hosts/{address}: normal again from now on
  close(): Promise<void>;
}

export const SIMULATOR_DEFAULTS = {
  port: 0,
  host: '127.0.0.1',
  seed: 42,
  participants: 300,
  epochDurationMs: 180_000,
  startEpoch: 158,
} as const;

const MAX_PARTICIPANTS = 100_000;

export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  const o = { ...SIMULATOR_DEFAULTS, rateLimit: false, now: Date.now, ...withoutUndefined(opts) };
  assertInteger('participants', o.participants, 1, MAX_PARTICIPANTS);
  assertInteger('startEpoch', o.startEpoch, 1, 1_000_000);
  assertInteger('port', o.port, 0, 65_535);
  if (!(o.epochDurationMs > 0)) throw new RangeError(`simulator option epochDurationMs must be > 0, got ${o.epochDurationMs}`);

  // Simulated time: the injected clock plus what advanceTime / POST /__sim/advance-clock added;
  // while paused, it stands still except for those advances.
  let offsetMs = 0;
  let pausedAt: number | null = null;
  const now = () => pausedAt ?? o.now() + offsetMs;
  const advanceTime = (ms: number): void => {
    if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`advanceTime: ms must be a non-negative integer, got ${ms}`);
    if (pausedAt === null) offsetMs += ms;
    else pausedAt += ms;
  };
  const pauseClock = (paused: boolean): void => {
    if (paused && pausedAt === null) pausedAt = o.now() + offsetMs;
    if (!paused && pausedAt !== null) {
      offsetMs = pausedAt - o.now();
      pausedAt = null;
    }
  };
  const state = new NetworkState({
    seed: o.seed,
    participants: o.participants,
    epochDurationMs: o.epochDurationMs,
    startEpoch: o.startEpoch,
    now,
  });
  // Build the running epoch up front so the first bulk request does not pay for it.
  state.plan(state.read().epoch);
  const telegram = new FakeBotApi(now);
  const server = await startSimulatorServer(state, {
    port: o.port,
    host: o.host,
    publicUrl: o.publicUrl,
    rateLimit: o.rateLimit,
    now,
    buildRoutes: (ctx, control) => [
      ...nodeApiRoutes(ctx),
      ...chainInferenceRoutes(ctx),
      ...chainCosmosRoutes(ctx),
      ...healthRoutes(ctx),
      ...hyperfusionRoutes(ctx),
      ...hostScriptRoutes(state),
      ...telegramRoutes(telegram),
      ...webhookSinkRoutes(),
      ...priceRoutes(ctx),
      ...gcoreRoutes(ctx),
      ...controlRoutes({ state, advanceTime, pauseClock, clockStatus: () => ({ offsetMs: now() - o.now(), paused: pausedAt !== null }), ...control }),
    ],
  });

  const hostOf = (address: string): number => {
    const host = state.hostIndex(address);
    if (host === undefined) throw new RangeError(`simulator: unknown participant ${address}`);
    return host;
  };

  return {
    url: server.url,
    hyperfusionUrl: `${server.url}${HYPERFUSION_PREFIX}`,
    priceApiUrl: `${server.url}${PRICE_PREFIX}/api/v3`,
    telegramApiUrl: `${server.url}${TELEGRAM_PREFIX}`,
    addresses: () => state.hosts.map((h) => h.address),
    singleServerHosts: () => state.hosts.filter((h) => h.mlNodes.length === 1 && h.joinEpoch < state.earliestEpoch).map((h) => h.address),
    earliestEpoch: state.earliestEpoch,
    historyStartMs: state.historyStartMs,
    rateLimited: o.rateLimit,
    advanceEpoch: () => state.clock.advance(),
    advanceTime,
    pauseClock,
    scriptHost: (address, script) => state.scriptHost(hostOf(address), hostScriptSchema.parse(script)),
    clearHost: (address) => state.clearHost(hostOf(address)),
    close: () => {
      telegram.close();
      return server.close();
    },
  };
}

function assertInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`simulator option ${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
}

function withoutUndefined(opts: SimulatorOptions): SimulatorOptions {
  return Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as SimulatorOptions;
}
