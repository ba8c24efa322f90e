import type { Interval } from '../rents/rent-accrual.rules.js';
import type { ProfitScope } from './dto/profit.model.js';
import type { ProfitSubject } from './profit.service.js';

/** Total length (ms) of non-overlapping intervals. */
export const lengthOf = (intervals: readonly Interval[]) => intervals.reduce((s, i) => s + (i.to.getTime() - i.from.getTime()), 0);

/** The parts of `intervals` inside [from, to). */
export function clip(intervals: readonly Interval[], from: Date, to: Date): Interval[] {
  return intervals.map((i) => ({ from: i.from > from ? i.from : from, to: i.to < to ? i.to : to })).filter((i) => i.from < i.to);
}

/** What a Profit's lazy fields compute over: a node as its viewer sees it, or a customer's nodes. */
export function subjectOf(scope: ProfitScope): ProfitSubject {
  return scope.nodeId ? { nodeId: scope.nodeId, visibleFrom: scope.visibleFrom ?? null } : { userId: scope.userId as string };
}
