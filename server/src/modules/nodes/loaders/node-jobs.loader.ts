import { DomainError } from '../../../common/domain-error.js';
import { UpstreamError, UpstreamNotFoundError, type HyperfusionClient, type InferenceJob as TrackerJob } from '../../../upstream/index.js';
import type { CachedResourceService } from '../../../cache/cached-resource.service.js';
import { InferenceJobStatus, type InferenceJob } from '../dto/inference-job.model.js';

/** Shared-cache key of a node's current-epoch jobs (metrics label: `gonka:jobs:current`). */
export function jobsCacheKey(identifier: string): string {
  return `gonka:jobs:current:${identifier}`;
}

/** What the shared cache holds: JSON-safe, since Redis hands Dates back as strings. */
interface CachedJob extends Omit<TrackerJob, 'startedAt'> {
  startedAtMs: number | null;
}

const UNAVAILABLE = 'Inference job history is unavailable right now; try again shortly';

/**
 * A node's recent inference jobs: the shared cache in front of the Hyperfusion tracker. The
 * request's `nodeJobs` loader (node-loaders.ts) batches over `fetch`, so a query naming the same node
 * several times costs one lookup. Failures are per node: the field fails with UPSTREAM_UNAVAILABLE,
 * the rest of the query resolves.
 */
export class NodeJobsSource {
  constructor(
    private readonly cache: CachedResourceService,
    private readonly client: HyperfusionClient | null,
  ) {}

  /** Per key: the jobs newest first, or that key's field error. */
  batch(identifiers: readonly string[]): Promise<(InferenceJob[] | Error)[]> {
    return Promise.all(identifiers.map((id) => this.fetch(id).catch(asFieldError)));
  }

  private async fetch(identifier: string): Promise<InferenceJob[]> {
    const client = this.client;
    if (!client) throw new DomainError('UPSTREAM_UNAVAILABLE', 'Inference job history needs the Hyperfusion tracker, which is not configured');
    const { value } = await this.cache.get(jobsCacheKey(identifier), () => fetchNewestFirst(client, identifier));
    return value.map(toModel);
  }
}

async function fetchNewestFirst(client: HyperfusionClient, identifier: string): Promise<CachedJob[]> {
  let jobs: TrackerJob[];
  try {
    jobs = (await client.participantInferences(identifier)).jobs;
  } catch (error) {
    // Not a participant of the current epoch: it served nothing this epoch.
    if (error instanceof UpstreamNotFoundError) return [];
    throw error;
  }
  return jobs
    .map(({ startedAt, ...job }) => ({ ...job, startedAtMs: startedAt?.getTime() ?? null }))
    .sort((a, b) => b.startBlockHeight - a.startBlockHeight || (b.startedAtMs ?? 0) - (a.startedAtMs ?? 0) || a.inferenceId.localeCompare(b.inferenceId));
}

function toModel({ startedAtMs, status, ...job }: CachedJob): InferenceJob {
  return { ...job, status: InferenceJobStatus[status], startedAt: startedAtMs === null ? null : new Date(startedAtMs) };
}

/** Upstream failures become this field's UPSTREAM_UNAVAILABLE; anything else stays a bug (INTERNAL_SERVER_ERROR). */
function asFieldError(error: unknown): Error {
  if (error instanceof DomainError) return error;
  if (error instanceof UpstreamError) return new DomainError('UPSTREAM_UNAVAILABLE', UNAVAILABLE);
  return error instanceof Error ? error : new Error(String(error));
}
