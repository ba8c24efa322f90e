import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePorts, spawnServer, tempDataDir } from '../helpers/spawn-server.js';

// Ctrl+C and `npm start` again at once: the new run found the previous run's embedded PostgreSQL
// still holding the data folder (it stops last, after the drain) and died with
// "MineGNK failed to start: undefined". It now waits for the folder, and a second copy started
// beside a running one says what is wrong instead.
const STACK_FRAME = /\n\s+at /;

async function pair() {
  const dataDir = join(tempDataDir(), 'pg');
  const [portA, portB, pgPort, simA, simB] = await freePorts(5);
  const common = { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SERVE_CLIENT: 'false' };
  return {
    dataDir,
    a: spawnServer({ ...common, PORT: String(portA), SIMULATOR_PORT: String(simA) }),
    startB: () => spawnServer({ ...common, PORT: String(portB), SIMULATOR_PORT: String(simB) }),
  };
}

test('a start while the previous run is still stopping waits for it, then starts', { timeout: 240_000 }, async () => {
  const { dataDir, a, startB } = await pair();
  let b: ReturnType<typeof startB> | undefined;
  try {
    await a.ready();
    a.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(a.child.exitCode, null, 'the first run is still stopping');
    b = startB();
    await b.ready();
    assert.equal(await a.exited(), 0);
    assert.match(b.output(), /data folder is in use \(pid \d+\): waiting up to 30 s for a previous run to stop/);
    assert.doesNotMatch(b.output(), /undefined|failed to start/);
  } finally {
    await a.stop();
    await b?.stop();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
});

test('a second copy on the same data folder fails with what to do, not "undefined"', { timeout: 240_000 }, async () => {
  const { dataDir, a, startB } = await pair();
  try {
    await a.ready();
    const b = startB();
    assert.equal(await b.exited(), 1);
    const out = b.output();
    assert.match(out, /MineGNK failed to start: the embedded PostgreSQL data folder .* is in use by PostgreSQL \(pid \d+\): is MineGNK already running here\?/);
    assert.doesNotMatch(out, /failed to start: undefined/);
    assert.doesNotMatch(out, STACK_FRAME, 'no stack trace');
    // The running copy is unharmed.
    assert.equal(a.child.exitCode, null);
  } finally {
    await a.stop();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
});
