/** `/__sim/hosts/{address}`: script one host's facts (demos, tests); see host-scripts.ts for the semantics. */
import { hostScriptSchema } from '../host-scripts.js';
import { errorReply, ok, type Reply, type RequestContext, type RouteDef } from '../http/types.js';
import type { NetworkState } from '../network-state.js';

export function hostScriptRoutes(state: NetworkState): RouteDef[] {
  const withHost = (req: RequestContext, then: (host: number) => Reply): Reply => {
    const host = state.hostIndex(req.params.address);
    return host === undefined ? errorReply(req.path, 404, `unknown participant ${req.params.address}`) : then(host);
  };
  return [
    {
      method: 'GET',
      pattern: '/__sim/hosts/{address}',
      handle: (req) => withHost(req, (host) => ok({ address: req.params.address, script: state.hostScript(host)?.script ?? null })),
    },
    {
      method: 'POST',
      pattern: '/__sim/hosts/{address}',
      handle: (req) =>
        withHost(req, (host) => {
          const parsed = hostScriptSchema.safeParse(req.body ?? {});
          if (!parsed.success) return { status: 400, body: { error: 'invalid host script', issues: parsed.error.issues } };
          return ok({ address: req.params.address, script: state.scriptHost(host, parsed.data).script });
        }),
    },
    {
      method: 'DELETE',
      pattern: '/__sim/hosts/{address}',
      handle: (req) =>
        withHost(req, (host) => {
          state.clearHost(host);
          return ok({ address: req.params.address, script: null });
        }),
    },
  ];
}
