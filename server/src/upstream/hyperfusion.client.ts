import { epochNumber } from './http/path-params.js';
import { UpstreamHttp } from './http/upstream-http.js';
import type { ParticipantInferences } from './hyperfusion-inferences.types.js';
import type { TrackerEpochInference, TrackerParticipantDetails } from './hyperfusion.types.js';
import { participantInferencesResponse } from './schemas/hyperfusion-inferences.schema.js';
import { epochInferenceResponse, participantDetailsResponse } from './schemas/hyperfusion.schema.js';
import type { PortableUpstreamOptions, UpstreamOptions, UpstreamRequestEvent } from './upstream-options.js';

export const HYPERFUSION_ROUTES = {
  inferenceCurrent: 'GET /api/v1/inference/current',
  inferenceEpoch: 'GET /api/v1/inference/epochs/{id}',
  participant: 'GET /api/v1/participants/{address}',
  participantInferences: 'GET /api/v1/participants/{address}/inferences',
} as const;

/**
 * Hyperfusion tracker (https://tracker.gonka.hyperfusion.io, the open-source gonka-tracker API).
 * One call returns every participant of an epoch with derived facts the chain does not give
 * directly (node health, missed/invalidation rates, jail state). Amounts copied from the chain stay
 * exact; the tracker's own reward figure is floored to whole GNK (see TrackerReward).
 */
export class HyperfusionClient {
  private readonly http: UpstreamHttp;

  constructor(baseUrl: string, opts: UpstreamOptions) {
    this.http = new UpstreamHttp('hyperfusion', [baseUrl], opts);
  }

  inferenceCurrent(): Promise<TrackerEpochInference> {
    return this.http.getJson(HYPERFUSION_ROUTES.inferenceCurrent, '/api/v1/inference/current', epochInferenceResponse);
  }

  inferenceEpoch(epochId: number): Promise<TrackerEpochInference> {
    const path = `/api/v1/inference/epochs/${epochNumber(epochId)}`;
    return this.http.getJson(HYPERFUSION_ROUTES.inferenceEpoch, path, epochInferenceResponse);
  }

  /** Details and recent rewards of one host; `epochId` defaults to the tracker's current epoch. */
  participant(address: string, epochId?: number): Promise<TrackerParticipantDetails> {
    if (address.length === 0) throw new RangeError('Empty address');
    const query = epochId === undefined ? '' : `?epoch_id=${epochNumber(epochId)}`;
    const path = `/api/v1/participants/${encodeURIComponent(address)}${query}`;
    return this.http.getJson(HYPERFUSION_ROUTES.participant, path, participantDetailsResponse);
  }

  /** The tracker's sample of one host's recent inference jobs; `epochId` defaults to the current epoch. */
  participantInferences(address: string, epochId?: number): Promise<ParticipantInferences> {
    if (address.length === 0) throw new RangeError('Empty address');
    const query = epochId === undefined ? '' : `?epoch_id=${epochNumber(epochId)}`;
    const path = `/api/v1/participants/${encodeURIComponent(address)}/inferences${query}`;
    return this.http.getJson(HYPERFUSION_ROUTES.participantInferences, path, participantInferencesResponse(address));
  }

  breakerStates(): Record<string, string> {
    return this.http.breakerStates();
  }

  /** What the same client in a worker thread is built from (network/view-worker). */
  portable(): { baseUrl: string; options: PortableUpstreamOptions } {
    const { baseUrls, options } = this.http.portable();
    return { baseUrl: baseUrls[0], options };
  }

  /** An attempt the worker thread's client made: into this client's breaker and metrics. */
  absorb(event: UpstreamRequestEvent): void {
    this.http.absorb(event);
  }
}
