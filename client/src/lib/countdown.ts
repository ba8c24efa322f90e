import { useEffect, useState } from 'react';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "in 26 hours" / "через 26 часов" (or "2 days ago" once passed): hours up to two days, as a
 * deadline tomorrow morning is not the same as one tomorrow night.
 */
export function formatCountdown(deadline: string, now: number, lang: string): string {
  const ms = Date.parse(deadline) - now;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  const abs = Math.abs(ms);
  if (abs >= 2 * DAY) return format.format(Math.trunc(ms / DAY), 'day');
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
