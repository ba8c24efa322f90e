import { Injectable } from '@nestjs/common';
import { BadUserInput } from '../../common/domain-error.js';
import { PAGE_SIZE_DEFAULT, type ConnectionResult } from '../../graphql/connection.js';
import { EpochOutcomesRepository } from '../earnings/epoch-outcomes.repository.js';
import type { Node } from '../nodes/dto/node.model.js';
import type { EpochOutcome } from './dto/epoch-outcome.model.js';
import { EpochClockService } from './epoch-clock.service.js';
import { toEpochOutcome } from './epoch-outcome.mapper.js';

/** Cursor = base64url of "epoch:N": opaque to clients, and a tampered one is BAD_USER_INPUT. */
export function encodeEpochCursor(epoch: number): string {
  return Buffer.from(`epoch:${epoch}`).toString('base64url');
}

export function decodeEpochCursor(cursor: string): number {
  const m = /^epoch:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new BadUserInput('after', 'after is not a valid cursor');
  return Number(m[1]);
}

/** A node's settled epochs (Node.epochs), newest first, within the viewer's ownership period. */
@Injectable()
export class EpochOutcomesService {
  constructor(
    private readonly outcomes: EpochOutcomesRepository,
    private readonly clock: EpochClockService,
  ) {}

  async page(node: Pick<Node, 'id' | 'visibleFrom'>, first = PAGE_SIZE_DEFAULT, after?: string): Promise<ConnectionResult<EpochOutcome>> {
    const before = after ? decodeEpochCursor(after) : null;
    const since = node.visibleFrom ?? null;
    const [rows, clock] = await Promise.all([this.outcomes.outcomes(node.id, since, before, first + 1), this.clock.read()]);
    const edges = rows.slice(0, first).map((r) => ({ cursor: encodeEpochCursor(r.epoch), node: toEpochOutcome(r, clock) }));
    const outcomes = this.outcomes;
    return {
      edges,
      nodes: edges.map((e) => e.node),
      get totalCount() {
        return outcomes.countOutcomes(node.id, since);
      },
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: before !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
