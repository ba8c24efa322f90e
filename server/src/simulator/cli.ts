/**
 * `npm run sim`: a standalone simulator for the demo and manual testing. The one place the
 * simulator reads process.env: SIMULATOR_PORT, SIMULATOR_SEED, SIMULATOR_PARTICIPANTS,
 * SIMULATOR_EPOCH_SECONDS, and SIMULATOR_HOST (bind address, default 127.0.0.1) with
 * SIMULATOR_PUBLIC_URL (the base URL the portal reaches it by, e.g. http://sim:8000 in a container).
 */
import { SIMULATOR_DEFAULTS, startSimulator } from './index.js';

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    console.error(`${name} must be a number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const sim = await startSimulator({
    port: numberFromEnv('SIMULATOR_PORT', 8000),
    host: process.env.SIMULATOR_HOST || SIMULATOR_DEFAULTS.host,
    publicUrl: process.env.SIMULATOR_PUBLIC_URL || undefined,
    seed: numberFromEnv('SIMULATOR_SEED', SIMULATOR_DEFAULTS.seed),
    participants: numberFromEnv('SIMULATOR_PARTICIPANTS', SIMULATOR_DEFAULTS.participants),
    epochDurationMs: numberFromEnv('SIMULATOR_EPOCH_SECONDS', SIMULATOR_DEFAULTS.epochDurationMs / 1000) * 1000,
  });
  console.log(`Gonka simulator listening
  node API, chain-api, chain-rpc: ${sim.url}
  hyperfusion tracker:           ${sim.hyperfusionUrl}
  host health:                   ${sim.url}/hosts/{address}/health
  control:                       ${sim.url}/__sim/stats, /__sim/faults, /__sim/reset, /__sim/advance-epoch
  settled history:               epochs ${sim.earliestEpoch}… from ${new Date(sim.historyStartMs).toISOString()} (GET /__sim/clock)`);

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    console.log(`${signal} received, closing simulator`);
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
