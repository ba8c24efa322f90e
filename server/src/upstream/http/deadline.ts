/** How often a running deadline looks at the clock. */
const TICK_MS = 50;
/** Largest share of one tick charged to the host: a late timer means our event loop was busy. */
const MAX_CHARGE_PER_TICK_MS = 2 * TICK_MS;

/**
 * Calls `onExpire` once the host has had `ms` of time in which this process could have received its
 * answer. Time our own event loop spent blocked (parsing another multi-megabyte body, building the
 * network view, or — in demo mode — the in-process simulator producing a response) is not charged:
 * a timer that fires late counts for at most MAX_CHARGE_PER_TICK_MS. A wall-clock deadline would
 * fail a healthy host over (and spend a retry on it) whenever this process is busy, which is exactly
 * when a bulk refresh of a large network runs. Returns a function that cancels the deadline.
 */
export function startDeadline(ms: number, onExpire: () => void): () => void {
  let left = ms;
  let last = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const tick = (): void => {
    const now = performance.now();
    left -= Math.min(now - last, MAX_CHARGE_PER_TICK_MS);
    last = now;
    if (left <= 0) {
      timer = undefined;
      onExpire();
      return;
    }
    timer = setTimeout(tick, Math.min(TICK_MS, left));
  };
  timer = setTimeout(tick, Math.min(TICK_MS, ms));
  return () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
}
