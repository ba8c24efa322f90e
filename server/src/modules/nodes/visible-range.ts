import type { Node } from './dto/node.model.js';

export interface DateRange {
  from: Date;
  to: Date;
}

/** The range cut to the viewer's ownership period (a node passed on shows its new owner only theirs). */
export function visibleRange(range: DateRange, node: Pick<Node, 'visibleFrom'>): DateRange {
  const since = node.visibleFrom;
  return since && since > range.from ? { from: since, to: range.to } : range;
}
