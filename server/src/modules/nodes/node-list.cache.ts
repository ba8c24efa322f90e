import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { allDashboardsTopic, LiveEvents } from '../../graphql/live/live-events.js';
import type { NodesArgs } from './dto/nodes.args.js';
import type { NodeList, NodeListOptions } from './node-list.repository.js';

// A longer key (a long search text or cursor) is read on its own.
const MAX_KEY_LENGTH = 1_000;

/**
 * Shares one read of a customer's `myNodes` page among that customer's requests for the same page
 * that arrive while it is under way. The list query was the one PostgreSQL round trip of the
 * dashboard's node table: ~18% of the server's CPU samples plus PostgreSQL's own CPU at 20
 * concurrent requests (bench/profile.mjs); shared reads took that to ~2.6% (bench/README.md).
 *
 * Only reads in flight are shared, never kept once answered: a request that starts after a read
 * has finished reads again, so a change made by any means (SQL included) is seen by the next
 * request as before. A read that began before a change the API announces is dropped at once: every
 * `dashboardChanged` (LivePublisher: after an assignment, unassignment or demo ownership change
 * commits, and after each refresh, which writes earnings and statuses) clears the map,
 * synchronously in the publishing process (LiveEvents.onPublished) and through the live pub/sub
 * (Redis with REDIS_URL) on every other replica. Admins' lists are read on their own (few callers).
 *
 * Measured and not kept: keeping answered pages for 5 s (cleared by the same events) saved the
 * remaining ~2.6% but let a change made outside the API (SQL) go unseen for up to 5 s.
 */
@Injectable()
export class NodeListCache implements OnModuleInit, OnModuleDestroy {
  private readonly reads = new Map<string, Promise<NodeList>>();
  private stopLocal?: () => void;
  private remote?: AsyncIterableIterator<unknown>;

  constructor(private readonly events: LiveEvents) {}

  onModuleInit(): void {
    this.stopLocal = this.events.onPublished(allDashboardsTopic, () => this.clear());
    this.remote = this.events.asyncIterator(allDashboardsTopic);
    void this.listen(this.remote);
  }

  onModuleDestroy(): void {
    this.stopLocal?.();
    // Not awaited: with Redis unreachable the unsubscribe waits for a reconnect that may never come
    // (shutdown hung; cache/redis-outage.test.ts). LiveEvents closes the engine's connections itself.
    this.remote?.return?.().catch(() => undefined);
  }

  private async listen(events: AsyncIterableIterator<unknown>): Promise<void> {
    try {
      for await (const _ of events) this.clear();
    } catch {
      // The engine closed (shutdown): nothing more to hear.
    }
  }

  /** Reads under way are not shared any more: requests from now on read anew. */
  clear(): void {
    this.reads.clear();
  }

  /** The owner's page for these arguments: joins a read of it under way, else reads it with `load`. */
  page(ownerId: string, args: NodesArgs, opts: NodeListOptions, load: () => Promise<NodeList>): Promise<NodeList> {
    const key = `${ownerId}|${opts.withEarnings ? 1 : 0}${opts.withCount ? 1 : 0}|${JSON.stringify(args)}`;
    if (key.length > MAX_KEY_LENGTH) return load();
    const under = this.reads.get(key);
    if (under) return under;
    const read = load().then(freezeList);
    this.reads.set(key, read);
    // Answered (or failed): the next request reads anew (unless a clear already let a new read take its place).
    const done = () => {
      if (this.reads.get(key) === read) this.reads.delete(key);
    };
    read.then(done, done);
    return read;
  }
}

/** Requests share the page: its nodes must not be changed by one of them. */
function freezeList(list: NodeList): NodeList {
  for (const node of list.page.nodes) Object.freeze(node);
  Object.freeze(list.page.nodes);
  return list;
}
