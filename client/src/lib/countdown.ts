import { useEffect, useState } from 'react';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 3 hours" / "через 3 часа" (or "2 days ago" once passed), in the largest unit that fits. */
export function formatCountdown(deadline: string, now: number, lang: string): string {
  const ms = Date.parse(deadline) - now;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const abs = Math.abs(ms);
  if (abs >= DAY) return format.format(Math.trunc(ms / DAY), 'day');
  if (abs >= HOUR) return format.format(Math.trunc(ms / HOUR), 'hour');
  return format.format(Math.trunc(ms / MINUTE), 'minute');
}

/** The current time, refreshed every `intervalMs`: enough for countdowns counted in minutes. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
