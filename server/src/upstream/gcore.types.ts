/** Normalized objects returned by GcoreClient (Gcore Cloud API, read-only). */

/** What GPUs a flavor has, as far as its hardware description says. */
export interface GcoreGpus {
  /** e.g. "Nvidia H100 80GB"; the description's text after the count. */
  model: string;
  /** null when the description gives a model but no count. */
  count: number | null;
}

export interface GcoreFlavor {
  id: string;
  name: string;
  vcpus: number | null;
  /** MiB, as Gcore reports it. */
  ramMib: number | null;
  /** null: not a GPU flavor (or the description does not say). */
  gpus: GcoreGpus | null;
}

export interface GcoreInstance {
  id: string;
  name: string;
  /** Gcore's status code, e.g. ACTIVE, SHUTOFF, BUILD, ERROR (passed through: the client words it). */
  status: string;
  /** Region name, e.g. "Luxembourg-2". */
  region: string;
  regionId: number;
  projectId: number;
  flavor: GcoreFlavor;
  createdAt: Date | null;
}

/** Where an instance lives: Gcore addresses it by project, region and instance id. */
export interface GcoreInstanceRef {
  projectId: number;
  regionId: number;
  instanceId: string;
}
