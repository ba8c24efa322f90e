// Check (c)'s subscribers: graphql-ws clients waiting for one node's status change, either straight
// on a replica or through the balancer (HAProxy upgrades the socket and keeps it as a tunnel). Which
// replica a balancer socket landed on is read from the upgrade answer's X-Served-By header
// (deploy/haproxy.cfg sets it on every response, the 101 included).
import WebSocket from 'ws';
import { serverRequire } from '../../lib/surface.mjs';

const { createClient } = serverRequire('graphql-ws');
const NODE_STATUS = 'subscription { nodeStatusChanged { node { id } status previousStatus } }';

/**
 * Connects to `baseUrl`'s /graphql (http → ws) and subscribes; `event` resolves with the first
 * change of `nodeId` to `awaited` (the scripted one); changes before it (a late first observation:
 * null → HEALTHY) are kept in `earlier`, not taken for it. `servedBy` is the X-Served-By of the
 * upgrade (undefined on a replica itself).
 */
export async function subscribe(baseUrl, token, nodeId, awaited = 'OFFLINE') {
  let servedBy;
  const earlier = [];
  // graphql-ws builds the socket itself: a subclass hears the 101 answer's headers.
  class Tracked extends WebSocket {
    constructor(...args) {
      super(...args);
      this.on('upgrade', (res) => {
        servedBy = res.headers['x-served-by'];
      });
    }
  }
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: Tracked,
    connectionParams: { token },
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
  });
  await new Promise((res, rej) => {
    client.on('connected', res);
    client.on('closed', (e) => rej(new Error(`socket to ${baseUrl} closed ${e.code}`)));
  });
  const event = new Promise((resolve) => {
    client.subscribe(
      { query: NODE_STATUS },
      {
        next: (m) => {
          const change = m.data?.nodeStatusChanged;
          if (change?.node.id !== nodeId) return;
          const seen = { at: Date.now(), status: change.status, previous: change.previousStatus };
          if (change.status === awaited) resolve(seen);
          else earlier.push(seen);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  });
  return { servedBy, event, earlier, dispose: () => client.dispose() };
}
