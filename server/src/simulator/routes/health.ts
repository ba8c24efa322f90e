/**
 * Each host's `{inference_url}/health`. inference_url points back here (`/hosts/{address}`), so
 * monitoring code probes hosts exactly as it would on mainnet: 200 when up, 503 when offline.
 */
import { errorReply, type RouteDef } from '../http/types.js';
import type { SimContext } from '../views/context.js';

export function healthRoutes(ctx: SimContext): RouteDef[] {
  const { state } = ctx;
  return [
    {
      method: 'GET',
      pattern: '/hosts/{address}/health',
      handle: (req) => {
        const host = state.hostIndex(req.params.address);
        if (host === undefined) return errorReply(req.path, 404, 'Not Found');
        return state.isHealthy(host, state.read().t) ? { status: 200, body: { status: 'ok' } } : { status: 503, body: { status: 'unavailable' } };
      },
    },
  ];
}
