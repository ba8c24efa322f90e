import type { TestApp } from './test-app.js';
import { withClient } from './test-db.js';

/** Inserts a customer and links the given identifiers to them (as an admin assignment would). */
export async function seedCustomerWithNodes(app: TestApp, email: string, identifiers: string[]): Promise<{ userId: string; nodeIds: string[] }> {
  return withClient(app.db.url, async (c) => {
    const user = await c.query(`INSERT INTO users (email, password_hash) VALUES ($1, 'x') RETURNING id`, [email]);
    const userId = user.rows[0].id as string;
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
    return { userId, nodeIds };
  });
}
