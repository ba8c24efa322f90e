import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';

// A previous run stopping (Ctrl+C, then `npm start` again) still holds the data folder while it
// drains requests and jobs: its grace (SHUTDOWN_GRACE_SECONDS, default 10) plus a margin.
const WAIT_FOR_PREVIOUS_MS = 30_000;
const POLL_MS = 250;

/** The PID of a live PostgreSQL holding `dir` (its postmaster.pid), or null when none does. */
export function dataDirHolder(dir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return null; // gone: a stale file PostgreSQL removes itself
  }
  try {
    // A reused PID of some other program is not a holder (Linux names processes in /proc).
    if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) return null;
  } catch {
    // no /proc (macOS): trust the signal check
  }
  return pid;
}

/**
 * Waits while another PostgreSQL holds the data folder — most often the previous run still
 * shutting down — and fails with what to do if it does not let go. Without this the package's
 * start rejected with no reason at all ("failed to start: undefined").
 */
export async function waitForDataDir(dir: string, log: Logger, waitMs = WAIT_FOR_PREVIOUS_MS): Promise<void> {
  let pid = dataDirHolder(dir);
  if (pid === null) return;
  log.info({ dir, pid }, `the embedded PostgreSQL data folder is in use (pid ${pid}): waiting up to ${waitMs / 1000} s for a previous run to stop`);
  const deadline = Date.now() + waitMs;
  while (pid !== null && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    pid = dataDirHolder(dir);
  }
  if (pid !== null) {
    throw new Error(
      `the embedded PostgreSQL data folder ${dir} is in use by PostgreSQL (pid ${pid}): is MineGNK already running here? ` +
        'Stop it first, or give this copy its own EMBEDDED_PG_DIR and EMBEDDED_PG_PORT (or a DATABASE_URL).',
    );
  }
}

/** The last lines PostgreSQL printed, kept to explain a start that failed. */
export class RecentLines {
  private readonly lines: string[] = [];
  constructor(private readonly keep = 6) {}
  add(text: string): void {
    for (const line of text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      this.lines.push(line);
      if (this.lines.length > this.keep) this.lines.shift();
    }
  }
  toString(): string {
    return this.lines.join(' | ');
  }
}
