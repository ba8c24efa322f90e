import { UpstreamHttp } from './http/upstream-http.js';
import type { GcoreInstance, GcoreInstanceRef } from './gcore.types.js';
import { gcoreInstanceResponse } from './schemas/gcore-instance.schema.js';
import type { UpstreamOptions } from './upstream-options.js';

export const GCORE_ROUTES = {
  instance: 'GET /cloud/v1/instances/{project_id}/{region_id}/{instance_id}',
} as const;

/** Gcore's public API origin (the SDKs' default base URL). */
export const GCORE_DEFAULT_API_URL = 'https://api.gcore.com';

/** A Gcore instance id is a UUID (gcore-python: `instance_id: str`, shown and accepted as a UUID). */
export const GCORE_INSTANCE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Gcore Cloud API, read-only: one instance by project, region and id. Authenticated with a permanent
 * API token sent as `Authorization: APIKey <token>` (as Gcore's own SDKs send it). A 404 means the
 * instance is unknown there (deleted, or another project): UpstreamNotFoundError.
 */
export class GcoreClient {
  private readonly http: UpstreamHttp;

  constructor(baseUrl: string, token: string, opts: UpstreamOptions) {
    this.http = new UpstreamHttp('gcore', [baseUrl.replace(/\/+$/, '')], { ...opts, headers: { ...opts.headers, authorization: `APIKey ${token}` } });
  }

  instance(ref: GcoreInstanceRef): Promise<GcoreInstance> {
    if (!GCORE_INSTANCE_ID.test(ref.instanceId)) throw new RangeError('Invalid Gcore instance id');
    const path = `/cloud/v1/instances/${positive(ref.projectId)}/${positive(ref.regionId)}/${ref.instanceId.toLowerCase()}`;
    return this.http.getJson(GCORE_ROUTES.instance, path, gcoreInstanceResponse);
  }

  breakerStates(): Record<string, string> {
    return this.http.breakerStates();
  }
}

function positive(id: number): number {
  if (!Number.isSafeInteger(id) || id <= 0) throw new RangeError(`Invalid Gcore project/region id: ${id}`);
  return id;
}
