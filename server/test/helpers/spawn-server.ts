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

// Below Linux's ephemeral range (32768–60999 here): the OS never hands these out for a port-0 bind.
const PORT_LOW = 20_000;
const PORT_HIGH = 32_767;

function listenOn(port: number): Promise<ReturnType<typeof createServer> | null> {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(null));
    srv.listen(port, () => res(srv));
  });
}

/**
 * `n` distinct free ports for servers a test starts later. Taken below the ephemeral range: a port
 * the OS had picked (port 0) and got back could be handed out again to a port-0 bind inside the
 * spawned server (its simulator) before the server bound it (EADDRINUSE, seen in CI). Each is held
 * until all are found.
 */
export async function freePorts(n: number): Promise<number[]> {
  const held: { port: number; srv: ReturnType<typeof createServer> }[] = [];
  const tried = new Set<number>();
  while (held.length < n) {
    const port = PORT_LOW + Math.floor(Math.random() * (PORT_HIGH - PORT_LOW));
    if (tried.has(port)) continue;
    tried.add(port);
    const srv = await listenOn(port);
    if (srv) held.push({ port, srv });
  }
  await Promise.all(held.map(({ srv }) => new Promise((res) => srv.close(res))));
  return held.map(({ port }) => port);
}

/** A temp dir the `postgres` OS user can enter (embedded PostgreSQL runs as it under root). */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minegnk-'));
  chmodSync(dir, 0o755);
  return dir;
}
