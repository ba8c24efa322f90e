/** What every route builder needs: the network and the public base URL (for inference_url). */
import type { NetworkState } from '../network-state.js';

export interface SimContext {
  state: NetworkState;
  baseUrl: string;
}

export function inferenceUrl(ctx: SimContext, address: string): string {
  return `${ctx.baseUrl}/hosts/${address}`;
}
