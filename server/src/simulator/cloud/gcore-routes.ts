/**
 * Gcore Cloud API routes, served under `${url}/gcore` (so the adapter's base URL is that prefix and it
 * appends `/cloud/v1/...` exactly as for https://api.gcore.com). Like Gcore, every request needs an
 * `Authorization: APIKey <token>` header (401 without one); an unknown instance is a 404.
 */
import { errorReply, ok, type RouteDef } from '../http/types.js';
import type { SimContext } from '../views/context.js';
import { simulatedInstanceBody, simulatedInstanceRef } from './gcore-instances.js';

export const GCORE_PREFIX = '/gcore';
/** The token the portal sends to the simulator in demo mode (any APIKey token is accepted). */
export const SIMULATOR_GCORE_TOKEN = 'simulator';

export function gcoreRoutes(ctx: SimContext): RouteDef[] {
  const { state } = ctx;
  // instance id → host index, built on first use (the pool does not change while the simulator runs).
  let byInstance: Map<string, number> | null = null;
  const hostOf = (instanceId: string): number | undefined => {
    byInstance ??= new Map(state.hosts.map((h) => [simulatedInstanceRef(h.address).instanceId, h.index]));
    return byInstance.get(instanceId.toLowerCase());
  };
  return [
    {
      method: 'GET',
      pattern: `${GCORE_PREFIX}/cloud/v1/instances/{project_id}/{region_id}/{instance_id}`,
      handle: (req) => {
        if (!/^APIKey \S+$/.test(String(req.headers?.authorization ?? ''))) return errorReply(req.path, 401, 'Authentication credentials were not provided.');
        const host = hostOf(req.params.instance_id);
        const ref = host === undefined ? undefined : simulatedInstanceRef(state.hosts[host].address);
        if (host === undefined || !ref || String(ref.projectId) !== req.params.project_id || String(ref.regionId) !== req.params.region_id) {
          return errorReply(req.path, 404, `Instance ${req.params.instance_id} not found`);
        }
        // Created when the host joined (a month or more back); a month before now when that block is not on the clock.
        const created = state.clock.blockTimeMs(state.hosts[host].joinHeight) ?? state.read().wallMs - 30 * 86_400_000;
        return ok(simulatedInstanceBody(state.hosts[host], created));
      },
    },
  ];
}
