// The replicas drill's two stacks, started side by side so they live through the same TTL windows:
// `single` (1 replica) and `cluster` (3), each behind its own HAProxy, on its own fresh database,
// Redis namespace and simulator process (same seed: the same network). The replicas migrate the
// fresh database themselves, started together. Customers register and get their nodes assigned by
// an admin through the balancer, as in production.
import { randomBytes } from 'node:crypto';
import { startCluster } from '../../../scripts/cluster.mjs';
import { createBenchDatabase, sql } from '../../lib/database.mjs';
import { dropRedisKeys, gql } from '../../lib/stack.mjs';
import { testing } from '../../lib/surface.mjs';

export const TTL_SECONDS = 60; // the shortest TTL the config allows: one refresh window
export const PASSWORD = 'drill-password-0123';

/** One stack: `{ name, cluster, db, customers: [{ email, token, nodeIds, addresses }], admin, close }`. */
export async function startStack(name, replicas, { customers, nodesEach, participants }) {
  const db = await createBenchDatabase();
  const jwtSecret = randomBytes(32).toString('hex');
  let cluster;
  try {
    cluster = await startCluster({
      replicas,
      databaseUrl: db.url,
      redisUrl: process.env.REDIS_URL,
      // No epoch ends during the drill: both stacks' simulators then serve the same work per window.
      simulator: { participants, epochSeconds: 3600 },
      env: { JWT_SECRET: jwtSecret, CACHE_NAMESPACE: db.name, CACHE_TTL_SECONDS: String(TTL_SECONDS), SERVE_CLIENT: 'false' },
    });
    const { AppConfig, AccessTokens } = testing();
    const tokens = new AccessTokens(new AppConfig({ NODE_ENV: 'production', JWT_SECRET: jwtSecret }));
    const [adminRow] = await sql(db.url, `INSERT INTO users (email, password_hash, role) VALUES ($1, 'x', 'admin') RETURNING id, email, role`, [
      `admin-${name}@drill.test`,
    ]);
    const admin = tokens.sign({ id: adminRow.id, email: adminRow.email, role: 'admin' }, randomBytes(8).toString('hex'));
    const members = await (await fetch(`${cluster.sim.url}/v1/epochs/current/participants`)).json();
    const addresses = members.active_participants.participants.map((p) => p.index);
    const seeded = [];
    for (let i = 0; i < customers; i++) {
      const email = `owner${i}-${name}@drill.test`;
      const reg = await gql(cluster.url, 'mutation ($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }', {
        i: { email, password: PASSWORD },
      });
      if (!reg.data) throw new Error(`register ${email}: ${reg.text}`);
      const mine = addresses.slice(i * nodesEach, (i + 1) * nodesEach);
      const assigned = await gql(
        cluster.url,
        'mutation ($i: AssignNodesInput!) { assignNodes(input: $i) { assignedCount lines { node { id identifier } } } }',
        { i: { userId: reg.data.register.user.id, lines: mine.map((identifier) => ({ identifier })) } },
        admin,
      );
      if (assigned.data?.assignNodes.assignedCount !== mine.length) throw new Error(`assignNodes: ${assigned.text}`);
      const nodeIds = Object.fromEntries(assigned.data.assignNodes.lines.map((l) => [l.node.identifier, l.node.id]));
      seeded.push({ email, token: reg.data.register.accessToken, addresses: mine, nodeIds });
    }
    return {
      name,
      cluster,
      db,
      admin,
      customers: seeded,
      async close() {
        await cluster.stop().catch(() => undefined);
        await db.drop();
        await dropRedisKeys(process.env.REDIS_URL, db.name);
      },
    };
  } catch (e) {
    await cluster?.stop().catch(() => undefined);
    await db.drop();
    throw e;
  }
}

/** Both stacks, started at the same time. */
export async function startWorld(sizes) {
  const [single, cluster] = await Promise.allSettled([startStack('single', 1, sizes), startStack('cluster', 3, sizes)]);
  if (single.status === 'rejected' || cluster.status === 'rejected') {
    for (const s of [single, cluster]) if (s.status === 'fulfilled') await s.value.close();
    throw single.status === 'rejected' ? single.reason : cluster.reason;
  }
  return { single: single.value, cluster: cluster.value, close: () => Promise.all([single.value.close(), cluster.value.close()]) };
}
