/** A user's alert rules (issue #14); stored overrides in users.alert_rules, these defaults otherwise. */
export interface AlertRulesValue {
  /** Consecutive refreshes a status must hold before an alert opens (and before it recovers). */
  holdRefreshes: number;
  /** Warn when an unclaimed reward's claim window closes within this many hours. */
  claimWindowHours: number;
  /** An epoch reward below this share of the node's median over its last 7 paid epochs is a drop. */
  earningsDropShare: number;
  /** Repeat a still-open CRITICAL alert every this many minutes; null = never (the default). */
  reminderMinutes: number | null;
}

export const DEFAULT_ALERT_RULES: AlertRulesValue = { holdRefreshes: 2, claimWindowHours: 6, earningsDropShare: 0.5, reminderMinutes: null };

/** Bounds the profile accepts (validated at the edge, re-checked here for stored values). */
export const ALERT_RULE_BOUNDS = {
  holdRefreshes: { min: 1, max: 10 },
  claimWindowHours: { min: 1, max: 72 },
  earningsDropShare: { min: 0.05, max: 0.95 },
  reminderMinutes: { min: 15, max: 1440 },
} as const;

function within(value: unknown, key: keyof typeof ALERT_RULE_BOUNDS): value is number {
  const b = ALERT_RULE_BOUNDS[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= b.min && value <= b.max;
}

/** Stored overrides merged over the defaults; an out-of-range stored value falls back to the default. */
export function alertRulesOf(stored: Record<string, unknown> | null | undefined): AlertRulesValue {
  return {
    holdRefreshes: within(stored?.holdRefreshes, 'holdRefreshes') ? Math.round(stored.holdRefreshes as number) : DEFAULT_ALERT_RULES.holdRefreshes,
    claimWindowHours: within(stored?.claimWindowHours, 'claimWindowHours')
      ? Math.round(stored.claimWindowHours as number)
      : DEFAULT_ALERT_RULES.claimWindowHours,
    earningsDropShare: within(stored?.earningsDropShare, 'earningsDropShare') ? (stored.earningsDropShare as number) : DEFAULT_ALERT_RULES.earningsDropShare,
    reminderMinutes: within(stored?.reminderMinutes, 'reminderMinutes') ? Math.round(stored.reminderMinutes as number) : null,
  };
}
