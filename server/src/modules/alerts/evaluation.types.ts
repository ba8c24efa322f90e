import type { NetworkView } from '../../network/network-view.types.js';
import type { TrackedNode } from '../nodes/nodes.repository.js';
import type { AlertRulesValue } from '../users/alert-rules.js';

/** What one refresh hands the evaluator: only what it already read or stored (no extra upstream call). */
export interface RefreshFacts {
  startedAt: Date;
  ok: boolean;
  error?: string;
  tracked: readonly TrackedNode[];
  /** The refresh's network view; null when it could not be had. */
  view: NetworkView | null;
  /** The refresh failed because the network view could not be had (the source is down). */
  viewFailed: boolean;
}

/** Who hears about each node, and their rules. */
export interface Recipients {
  ownerOf: ReadonlyMap<string, string>;
  rulesOf(userId: string): AlertRulesValue;
}
