import assert from 'node:assert/strict';
import { RefresherService } from '../../src/jobs/refresher.service.js';
import { simReset } from './sim.js';
import type { TestApp } from './test-app.js';
import { withClient } from './test-db.js';

/** Links the given identifiers to a user (as an admin assignment would); node ids in the same order. */
export async function linkNodes(app: TestApp, userId: string, identifiers: string[]): Promise<string[]> {
  return withClient(app.db.url, async (c) => {
    const nodeIds: string[] = [];
    for (const identifier of identifiers) {
      const node = await c.query(
        `INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet')
         ON CONFLICT (identifier) DO UPDATE SET identifier = EXCLUDED.identifier RETURNING id`,
        [identifier],
      );
      nodeIds.push(node.rows[0].id);
      await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [userId, node.rows[0].id]);
    }
    return nodeIds;
  });
}

/** Inserts a customer and links the given identifiers to them. */
export async function seedCustomerWithNodes(app: TestApp, email: string, identifiers: string[]): Promise<{ userId: string; nodeIds: string[] }> {
  const user = await withClient(app.db.url, (c) => c.query(`INSERT INTO users (email, password_hash) VALUES ($1, 'x') RETURNING id`, [email]));
  const userId = user.rows[0].id as string;
  return { userId, nodeIds: await linkNodes(app, userId, identifiers) };
}

/**
 * One refresher run that must succeed. Production refreshes run a TTL apart; resetting the
 * simulator's stats (and so its rate window) stands for that gap.
 */
export async function refreshOnce(app: TestApp): Promise<void> {
  await simReset(app);
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  assert.equal(report.error, undefined);
}
