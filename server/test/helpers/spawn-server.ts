import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MAIN = resolve(__dirname, '../../src/main.js');

export interface SpawnedServer {
  child: ChildProcess;
  output(): string;
  /** Resolves once the server prints its ready banner, or rejects with its output if it exits. */
  ready(timeoutMs?: number): Promise<void>;
  exited(): Promise<number | null>;
  stop(): Promise<number | null>;
}

/**
 * Runs `node dist/src/main.js` as a user would, with only the given environment (no inherited URLs);
 * `main` and `cwd` run another copy of the app from its folder.
 */
export function spawnServer(env: Record<string, string>, { main = MAIN, cwd }: { main?: string; cwd?: string } = {}): SpawnedServer {
  const child = spawn(process.execPath, [main], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exit = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return {
    child,
    output: () => out,
    exited: () => exit,
    ready: (timeoutMs = 90_000) =>
      new Promise((res, rej) => {
        const started = Date.now();
        const tick = setInterval(() => {
          if (out.includes('MineGNK is running')) return done(res);
          if (child.exitCode !== null) return done(() => rej(new Error(`server exited ${child.exitCode}:\n${out}`)));
          if (Date.now() - started > timeoutMs) done(() => rej(new Error(`server not ready in ${timeoutMs} ms:\n${out}`)));
        }, 100);
        const done = (f: () => void) => {
          clearInterval(tick);
          f();
        };
      }),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exit;
    },
  };
}

export async function freePort(): Promise<number> {
  return (await freePorts(1))[0];
}

/**
 * `n` distinct free ports: each is held until all are found (picked one after another, a port just
 * released can come back, and two services then race for it: EADDRINUSE, seen in CI).
 */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<ReturnType<typeof createServer>>((res, rej) => {
          const srv = createServer();
          srv.once('error', rej);
          srv.listen(0, '127.0.0.1', () => res(srv));
        }),
    ),
  );
  const ports = servers.map((srv) => {
    const addr = srv.address();
    if (typeof addr !== 'object' || !addr) throw new Error('no port');
    return addr.port;
  });
  await Promise.all(servers.map((srv) => new Promise((res) => srv.close(res))));
  return ports;
}

/** A temp dir the `postgres` OS user can enter (embedded PostgreSQL runs as it under root). */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minegnk-'));
  chmodSync(dir, 0o755);
  return dir;
}
